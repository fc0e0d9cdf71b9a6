// The wire shape of a picture sent from the app: base64 of the resized image, or null to remove.
import { z } from 'zod';
import { MAX_IMAGE_BASE64 } from './image';

/** `label` names the field in messages ("活动封面太大…"). */
export const imageBase64 = (label: string) =>
  z
    .string({ message: `请选择${label}，或选择不用图片` })
    .min(1, `${label}是空的，请重新选择一张`)
    .max(MAX_IMAGE_BASE64, `${label}太大，请换一张或裁小一些再传`)
    .nullable();

export const coverOutput = z.object({
  /** the picture's display URL (temporary), null when there is none */
  coverUrl: z.string().nullable(),
});
