// The staff record (教职工) as stored, and the branch (分工会) it belongs to.
import { z } from 'zod';
import { roleGrant } from '../account/roles';

export const GENDERS = ['男', '女'] as const;
export const STAFF_STATUSES = ['在职', '退休'] as const;

export const staffDoc = z.object({
  _id: z.string(),
  staffNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).optional(),
  branchId: z.string(),
  phone: z.string(),
  member: z.boolean(),
  status: z.enum(STAFF_STATUSES),
  /** YYYY-MM-DD */
  joinedOn: z.string().optional(),
  /** YYYY-MM or YYYY-MM-DD */
  birth: z.string().optional(),
  /** false once an import marks someone missing from the roster */
  active: z.boolean(),
  openid: z.string().optional(),
  roles: z.array(roleGrant).default([]),
});
export type StaffDoc = z.infer<typeof staffDoc>;

export const branchDoc = z.object({
  _id: z.string(),
  name: z.string(),
  order: z.number().int(),
  active: z.boolean(),
});
export type BranchDoc = z.infer<typeof branchDoc>;

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
