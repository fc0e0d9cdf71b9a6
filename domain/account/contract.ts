// The account function's actions: who am I, and binding my WeChat to my roster entry.
import { z } from 'zod';
import { defineContract, empty } from '../contract';
import { auditActions } from '../audit/contract';
import { officeActions } from './office-contract';
import { homeOutput } from '../home/contract';
import { ACCESS_ROLES, roleGrant } from './roles';

export const bindInput = z.object({
  staffNo: z
    .string({ message: '请填写工号' })
    .trim()
    .min(1, '请填写工号')
    .max(20, '工号太长')
    .regex(/^[A-Za-z0-9-]+$/, '工号只能是字母和数字'),
  name: z.string({ message: '请填写姓名' }).trim().min(1, '请填写姓名').max(30, '姓名太长'),
  phoneLast4: z
    .string({ message: '请填写手机号后四位' })
    .trim()
    .regex(/^\d{4}$/, '手机号后四位应为 4 位数字'),
});

export const meOutput = z.union([
  z.object({ bound: z.literal(false) }),
  z.object({
    bound: z.literal(true),
    staffNo: z.string(),
    name: z.string(),
    gender: z.enum(['男', '女']).optional(),
    /** the branch union's name, e.g. "机关分工会" */
    branch: z.string(),
    branchId: z.string(),
    member: z.boolean(),
    status: z.enum(['在职', '退休']),
    phoneMasked: z.string(),
    /** role names held, "staff" first, e.g. ["staff", "admin"] */
    roles: z.array(z.enum(ACCESS_ROLES)),
    /** the grants behind them, with their scopes */
    grants: z.array(roleGrant),
  }),
]);
export type Me = z.infer<typeof meOutput>;
export type BoundMe = Extract<Me, { bound: true }>;

export const accountContract = defineContract({
  'account.me': { input: empty, output: meOutput },
  'account.bind': { input: bindInput, output: meOutput },
  // the audit trail, for admins (domain/audit/contract.ts)
  ...auditActions,
  /** 首页 "我的近期" (domain/home): everything waiting for me, in one call */
  'account.home': { input: empty, output: homeOutput },
  // the union office's contact: read by anyone, set by admins (./office-contract.ts)
  ...officeActions,
});
