// The admins' view of the audit trail (审计日志): filtered pages, the .xlsx export (itself
// audited), and the daily expiry of entries older than AUDIT_RETENTION_DAYS (default 365).
import type { z } from 'zod';
import {
  AUDIT_EXPORT_MAX,
  AUDIT_PAGE_SIZE,
  OUTCOME_LABELS,
  type AuditFilter,
  type auditListInput,
} from '../../domain/audit/contract';
import { beijingDateTime } from '../../domain/time';
import { audit, setting, type AuditDoc, type CallContext, type TimerContext } from '../_kit';
import { toXlsx } from '../_kit/xlsx';
import { findEntries, removeOlderThan } from './audit-repo';

const DAY = 86_400_000;

export function retentionDays(): number {
  const days = Number(setting('AUDIT_RETENTION_DAYS', '365'));
  // never shorter than a month: an investigation needs the trail that led to it
  return Number.isInteger(days) && days >= 30 ? days : 365;
}

const view = (d: AuditDoc & { _id: string }) => ({
  id: d._id,
  at: new Date(d.at).toISOString(),
  staffNo: d.staffNo ?? null,
  role: d.role ?? null,
  action: d.action,
  target: d.target,
  outcome: d.outcome,
  requestId: d.requestId,
});

export async function listAudit(input: z.output<typeof auditListInput>, ctx: CallContext) {
  const docs = await findEntries(ctx.db, input, input.page * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE + 1);
  return {
    entries: docs.slice(0, AUDIT_PAGE_SIZE).map(view),
    page: input.page,
    hasMore: docs.length > AUDIT_PAGE_SIZE,
    retentionDays: retentionDays(),
  };
}

export async function exportAudit(input: AuditFilter, ctx: CallContext) {
  const docs = (await findEntries(ctx.db, input, 0, AUDIT_EXPORT_MAX)).map(view);
  await audit(ctx, { target: 'audit_log', outcome: 'ok' });
  const file = await toXlsx(
    '审计日志.xlsx',
    '审计日志',
    [
      { header: '时间', width: 18, value: (r) => beijingDateTime(r.at) },
      { header: '工号', value: (r) => r.staffNo ?? '' },
      { header: '角色', value: (r) => r.role ?? '' },
      { header: '操作', width: 24, value: (r) => r.action },
      { header: '对象', width: 28, value: (r) => r.target },
      { header: '结果', width: 16, value: (r) => OUTCOME_LABELS[r.outcome] ?? r.outcome },
      { header: '请求编号', width: 38, value: (r) => r.requestId },
    ],
    docs,
  );
  return { filename: file.filename, base64: file.base64, rows: file.rows };
}

/** The account function's timer: entries past their retention go. */
export async function expireAudit(ctx: TimerContext) {
  const before = new Date(ctx.now.getTime() - retentionDays() * DAY);
  const removed = await removeOlderThan(ctx.db, before);
  ctx.log.info('audit.expired', { removed });
  return { removed };
}
