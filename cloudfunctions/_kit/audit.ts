// The audit trail: one entry per privileged action or sensitive read — who (工号 and role), what
// action, which target id, the outcome, when, and the request id. Never phones, names, tokens or
// free text: callers pass ids and short codes only.
import { COLLECTIONS } from '../../database/collections';
import type { CallContext } from './context';

export interface AuditEntry {
  /** the target's id (an event, a batch, a case, a staff number) */
  target: string;
  /** "ok", "denied", "wrong_code", "rate_limited", "read" … a short code, never free text */
  outcome: string;
  /** the action, when not the call's own (e.g. a timer's step) */
  action?: string;
  /** the role under which the caller acted, when it matters (e.g. "branch_chair") */
  role?: string;
}

export interface AuditDoc {
  _id?: string;
  at: Date;
  staffNo: string | null;
  role: string | null;
  action: string;
  target: string;
  outcome: string;
  requestId: string;
}

type AuditContext = Pick<CallContext, 'db' | 'action' | 'requestId' | 'staff' | 'now' | 'log'>;

/** The role a caller most likely acted under: admin first, else their first grant. */
function primaryRole(staff: AuditContext['staff']): string | null {
  const roles = staff?.roles ?? [];
  if (roles.some((g) => g.role === 'admin')) return 'admin';
  return roles[0]?.role ?? (staff ? 'staff' : null);
}

/** Writes one audit entry. A failed write is logged, never thrown: the action itself stands. */
export async function audit(ctx: AuditContext, entry: AuditEntry): Promise<void> {
  const doc: AuditDoc = {
    at: ctx.now,
    staffNo: ctx.staff?.staffNo ?? null,
    role: entry.role ?? primaryRole(ctx.staff),
    action: entry.action ?? ctx.action,
    target: entry.target.slice(0, 128),
    outcome: entry.outcome.slice(0, 32),
    requestId: ctx.requestId,
  };
  try {
    await ctx.db.collection(COLLECTIONS.auditLog).add(doc);
  } catch (e) {
    ctx.log.error('audit.write_failed', { code: (e as { code?: string }).code });
  }
}

type Run<I, O> = (input: I, ctx: CallContext) => Promise<O>;

/**
 * Wraps a privileged action so each call leaves one entry: "ok", or the refusal's short code
 * ("forbidden", "not_found"…) when it throws a VisibleError. `target` names the id acted on.
 */
export function audited<I, O>(
  run: Run<I, O>,
  target: (input: I, output?: O) => string | undefined,
): Run<I, O> {
  return async (input, ctx) => {
    try {
      const output = await run(input, ctx);
      await audit(ctx, { target: target(input, output) ?? '-', outcome: 'ok' });
      return output;
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      if (e instanceof Error && e.name === 'VisibleError' && typeof code === 'string') {
        await audit(ctx, { target: target(input) ?? '-', outcome: code.split('.').pop() ?? code });
      }
      throw e;
    }
  };
}
