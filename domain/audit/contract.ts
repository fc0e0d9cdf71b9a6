// The audit trail's admin actions (served by the account function): read with filters and
// paging, and export to .xlsx. Entries hold ids and short codes only (cloudfunctions/_kit/audit.ts).
import { z } from 'zod';
import { isoInstant } from '../contract';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 5000;

const shortCode = (label: string) =>
  z
    .string()
    .trim()
    .max(64, `${label}太长了`)
    .regex(/^[A-Za-z0-9_.:-]*$/, `${label}只能是字母、数字和 . _ : -`)
    .optional();

export const auditFilter = z.object({
  /** 工号 of who acted */
  staffNo: shortCode('工号'),
  /** an action name, e.g. "welfare.handover" ("action" names the call itself on the wire) */
  actionName: shortCode('操作'),
  /** an outcome, e.g. "wrong_code" */
  outcome: shortCode('结果'),
  target: z.string().trim().max(128, '对象编号太长了').optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});
export type AuditFilter = z.output<typeof auditFilter>;

export const auditListInput = auditFilter.extend({
  page: z.number().int().min(0).max(2000).default(0),
});

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  staffNo: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  target: z.string(),
  outcome: z.string(),
  requestId: z.string(),
});
export type AuditEntryView = z.output<typeof auditEntry>;

export const auditListOutput = z.object({
  entries: z.array(auditEntry),
  page: z.number(),
  hasMore: z.boolean(),
  /** how long entries are kept, in days */
  retentionDays: z.number(),
});

export const auditActions = {
  'account.audit': { input: auditListInput, output: auditListOutput },
  'account.auditExport': {
    input: auditFilter,
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number() }),
  },
};

/** Outcome codes as people read them on the 审计日志 page. */
export const OUTCOME_LABELS: Record<string, string> = {
  ok: '成功',
  ok_code: '成功（输入数字码）',
  ok_manual: '成功（手工）',
  wrong_code: '数字码错误',
  locked: '输错太多，已暂停',
  rate_limited: '暂停中被拒',
  mismatch: '信息不符',
  denied: '被拒绝',
  read: '查看',
  undone: '已撤销',
  expired: '过期清理',
};
