// The union office's contact as an admin setting: anyone may read it (the bind page and error
// screens show it, before anyone is bound); only admins set it.
import { z } from 'zod';
import { empty } from '../contract';

/** The phone as digits: a landline with its area code (0571 88206000) or an 11-digit mobile. */
const LANDLINE = /^0\d{9,11}$/;
const MOBILE = /^1[3-9]\d{9}$/;

/** "0571-88206000" (010 and 02x area codes have 3 digits, others 4); a mobile as it is. */
export function formatPhone(digits: string): string {
  if (!LANDLINE.test(digits)) return digits;
  const area = /^0[12]/.test(digits) ? 3 : 4;
  return `${digits.slice(0, area)}-${digits.slice(area)}`;
}

const phone = z
  .string({ message: '请填写电话' })
  .transform((s) => s.replace(/[\s\u3000\-－—()（）]/g, ''))
  .refine((s) => s.length > 0, '请填写电话')
  .refine(
    (s) => LANDLINE.test(s) || MOBILE.test(s),
    '电话应为带区号的座机（如 0571-88206000）或 11 位手机号',
  )
  .transform(formatPhone);

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`);

export const officeInfo = z.object({
  name: text('名称', 20),
  phone,
  place: text('地点', 40),
  hours: text('时间', 40),
});

export const officeOutput = z.object({
  name: z.string(),
  phone: z.string(),
  place: z.string(),
  hours: z.string(),
  /** false: nobody has set it yet, this is the built-in default */
  configured: z.boolean(),
});
export type OfficeOutput = z.infer<typeof officeOutput>;

export const officeActions = {
  'account.office': { input: empty, output: officeOutput },
  'account.setOffice': { input: officeInfo, output: officeOutput },
};
