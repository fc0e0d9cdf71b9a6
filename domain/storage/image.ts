// Pure checks of an uploaded picture: what its bytes really are (magic bytes: JPEG, PNG, WebP
// only) and whether it is small enough, with plain Chinese messages that name the field.
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Pictures after the app has resized them are far smaller; 2 MB stops anything unreasonable. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** base64 of MAX_IMAGE_BYTES, with room for padding and a data: prefix */
export const MAX_IMAGE_BASE64 = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 64;

export const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** The image type the bytes really are (JPEG, PNG, WebP), or null. */
export function sniffImage(b: Uint8Array): ImageType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v))
    return 'image/png';
  if (
    b.length >= 12 &&
    String.fromCharCode(b[0], b[1], b[2], b[3]) === 'RIFF' &&
    String.fromCharCode(b[8], b[9], b[10], b[11]) === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

export type ImageCheck =
  | { ok: true; type: ImageType }
  | { ok: false; code: 'storage.image_type' | 'storage.image_size'; message: string };

/** A picture is accepted only if it is a JPEG, PNG or WebP (by its bytes) of at most `max` bytes. */
export function checkImage(bytes: Uint8Array, label: string, max = MAX_IMAGE_BYTES): ImageCheck {
  if (bytes.length === 0)
    return { ok: false, code: 'storage.image_type', message: `${label}是空的，请重新选择一张。` };
  if (bytes.length > max) {
    const mb = Math.round((max / 1024 / 1024) * 10) / 10;
    return {
      ok: false,
      code: 'storage.image_size',
      message: `${label}超过 ${mb} MB，请换一张或裁小一些再传。`,
    };
  }
  const type = sniffImage(bytes);
  if (!type) {
    return {
      ok: false,
      code: 'storage.image_type',
      message: `${label}只能是 JPEG、PNG 或 WebP 格式的图片，请换一张。`,
    };
  }
  return { ok: true, type };
}
