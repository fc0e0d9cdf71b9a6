// The review chain (分工会 → 校工会 → 福利委员会), money (reserve on approval, give back on decline,
// record payment) and the insurance-claim track. Every decision goes to the audit trail.
import type { z } from 'zod';
import type { claimInput, payInput, reviewInput } from '../../domain/care/contract';
import { KIND_LABELS, type CaseDoc } from '../../domain/care/model';
import {
  decideReview,
  isReview,
  passesMemberShare,
  publicUntil,
  purgeAfter,
  STEP_ROLE,
  yuan,
  type ReadRole,
} from '../../domain/care/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { FORBIDDEN_MESSAGE } from '../_kit/context';
import { caseFor, viewerOf } from './access';
import { countHelped, mutateCase } from './case-repo';
import { noticeProgress } from './notices';
import { memberCount } from './other-repo';
import {
  getLedger,
  listProgrammes,
  markPaid,
  release,
  requireProgramme,
  reserve,
} from './programme-repo';
import { canReviewNow } from './views';

type In<S extends z.ZodType> = z.output<S>;

/** The role under which the caller acts at this step (for the history and the audit). */
function actingRole(ctx: CallContext, c: CaseDoc): string {
  if (isReview(c.status)) {
    const role = STEP_ROLE[c.status];
    if (role !== 'admin' && ctx.me().roles.some((g) => g.role === role)) return role;
  }
  return 'admin';
}

function requireReviewer(ctx: CallContext, c: CaseDoc, role: ReadRole): void {
  if (c.staffNo === ctx.me().staffNo)
    throw new VisibleError('care.own_case', '不能审核自己的申请，请由其他负责人处理。');
  if (!canReviewNow(c, viewerOf(ctx))) {
    // they may read it (e.g. the chair after the branch step) but this step is not theirs
    throw new VisibleError(
      'auth.forbidden',
      role === 'applicant' || role === 'filer'
        ? FORBIDDEN_MESSAGE
        : '这一步不由你审核，请等待下一级处理。',
    );
  }
}

async function shareWarning(ctx: CallContext, c: CaseDoc): Promise<string | undefined> {
  const p = await requireProgramme(ctx.db, c.programmeId);
  const hardship = (await listProgrammes(ctx.db, c.year)).filter((x) => x.kind === 'hardship');
  const [helped, members] = await Promise.all([
    countHelped(
      ctx.db,
      c.year,
      hardship.map((x) => x._id),
    ),
    memberCount(ctx.db),
  ]);
  if (!passesMemberShare(helped, members, p.memberShare)) return undefined;
  return `提醒：今年困难帮扶已帮助 ${helped + 1} 人，超过会员人数的 ${Math.round(p.memberShare * 1000) / 10}%（${members} 人）。`;
}

export async function review(input: In<typeof reviewInput>, ctx: CallContext) {
  const me = ctx.me();
  const { doc, role } = await caseFor(ctx, input.caseId);
  const p = await requireProgramme(ctx.db, doc.programmeId);
  let reserved = 0;
  let actedAs = 'admin';
  const attempt = mutateCase(ctx.db, doc, async (c) => {
    // a retry after losing a race: give back what the lost attempt held
    if (reserved > 0) {
      await release(ctx.db, p._id, reserved);
      reserved = 0;
    }
    requireReviewer(ctx, c, role);
    actedAs = actingRole(ctx, c);
    const out = decideReview(c, p, input.decision, input.amount, input.reason);
    if (!out.ok)
      throw new VisibleError(
        out.code,
        out.message,
        out.path ? [{ path: out.path, message: out.message }] : undefined,
      );
    if (out.reserve > 0) {
      if (!(await reserve(ctx.db, p._id, out.reserve))) {
        const l = await getLedger(ctx.db, p._id);
        throw new VisibleError(
          'care.over_budget',
          `“${p.name}”的预算余额不够：还剩 ${yuan(l?.left ?? 0)} 元，不能批准 ${yuan(out.reserve)} 元。可以调低金额，或请校工会调整预算。`,
        );
      }
      reserved = out.reserve;
    }
    const closing = out.to === 'declined';
    return {
      ...c,
      status: out.to,
      amount: out.amount,
      needsCommittee: out.needsCommittee,
      held: out.to === 'approved' ? out.reserve : closing ? 0 : c.held,
      reason:
        out.to === 'approved' || out.to === 'union_review' || out.to === 'committee_review'
          ? ''
          : input.reason,
      returnedFrom: out.to === 'returned' && isReview(c.status) ? c.status : c.returnedFrom,
      approvedAt: out.to === 'approved' ? ctx.now : c.approvedAt,
      publicUntil:
        out.to === 'approved' && p.publicity
          ? publicUntil(ctx.now, p.publicityDays)
          : closing
            ? null
            : c.publicUntil,
      closedAt: closing ? ctx.now : c.closedAt,
      purgeAfter: closing ? purgeAfter(ctx.now, p.retentionYears) : c.purgeAfter,
      updatedAt: ctx.now,
      history: [
        ...c.history,
        {
          at: ctx.now,
          by: me.staffNo,
          role: actedAs,
          from: c.status,
          to: out.to,
          amount: out.amount,
          reason: input.reason,
        },
      ],
    };
  });
  let outcome: Awaited<typeof attempt>;
  try {
    outcome = await attempt;
  } catch (e) {
    // the case was not written (refused, or busy after every retry): nothing may stay held
    if (reserved > 0) await release(ctx.db, p._id, reserved);
    throw e;
  }
  const { before, after } = outcome;
  // declining an approved case: the winner of the transition gives its hold back, once
  if (after.status === 'declined' && before.held > 0) await release(ctx.db, p._id, before.held);
  await audit(ctx, {
    target: doc._id,
    outcome: `${input.decision}:${after.status}`.slice(0, 32),
    role: actedAs,
  });
  await noticeProgress(ctx.db, after, after.version, ctx.now);
  const warning =
    after.status === 'approved' && p.kind === 'hardship'
      ? await shareWarning(ctx, after)
      : undefined;
  return {
    status: after.status,
    ...(after.amount !== null ? { amount: after.amount } : {}),
    ...(warning ? { warning } : {}),
  };
}

export async function pay(input: In<typeof payInput>, ctx: CallContext) {
  const me = ctx.me();
  const { doc } = await caseFor(ctx, input.caseId);
  if (doc.staffNo === me.staffNo)
    throw new VisibleError('care.own_case', '不能为自己的申请登记发放。');
  const p = await requireProgramme(ctx.db, doc.programmeId);
  const { before, after } = await mutateCase(ctx.db, doc, (c) => {
    if (c.status !== 'approved')
      throw new VisibleError('care.wrong_state', '只有已批准的申请才能登记发放。');
    return {
      ...c,
      status: 'paid',
      held: 0,
      payment: { on: input.on, method: input.method, by: me.staffNo },
      closedAt: ctx.now,
      purgeAfter: purgeAfter(ctx.now, p.retentionYears),
      updatedAt: ctx.now,
      history: [
        ...c.history,
        {
          at: ctx.now,
          by: me.staffNo,
          role: 'admin',
          from: c.status,
          to: 'paid',
          amount: c.amount,
          reason: '',
        },
      ],
    };
  });
  if (before.held > 0) await markPaid(ctx.db, p._id, before.held);
  await audit(ctx, { target: doc._id, outcome: 'paid', role: 'admin' });
  await noticeProgress(ctx.db, after, after.version, ctx.now);
  return { status: after.status };
}

/** The claim track of a 理赔协助 case, kept by the branch chair or the union. */
export async function claim(input: In<typeof claimInput>, ctx: CallContext) {
  const me = ctx.me();
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (role !== 'admin' && role !== 'branch_chair' && !(role === 'filer' && doc.filedAs !== 'self'))
    throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
  if (doc.kind !== 'claim')
    throw new VisibleError('care.not_claim', `这是${KIND_LABELS[doc.kind]}申请，没有理赔进度。`);
  if (input.claimStatus === 'paid_out' && input.claimAmount === undefined)
    throw new VisibleError('validation.failed', '已赔付请填写赔付金额', [
      { path: 'claimAmount', message: '请填写赔付金额' },
    ]);
  if (input.claimStatus === 'rejected' && !input.reason)
    throw new VisibleError('validation.failed', '未获赔请写明原因', [
      { path: 'reason', message: '请写明原因' },
    ]);
  const p = await requireProgramme(ctx.db, doc.programmeId);
  const { after } = await mutateCase(ctx.db, doc, (c) => {
    // an approved case holds budget and closes through payment, not through the claim track
    if (
      c.status === 'paid' ||
      c.status === 'declined' ||
      c.status === 'withdrawn' ||
      c.status === 'draft' ||
      c.status === 'approved'
    )
      throw new VisibleError('care.wrong_state', '这份申请现在不能更新理赔进度。');
    const closing = input.claimStatus === 'paid_out' || input.claimStatus === 'rejected';
    const to =
      input.claimStatus === 'paid_out'
        ? 'paid'
        : input.claimStatus === 'rejected'
          ? 'declined'
          : c.status;
    return {
      ...c,
      claimStatus: input.claimStatus,
      claimAmount: input.claimStatus === 'paid_out' ? (input.claimAmount ?? null) : c.claimAmount,
      status: to,
      reason: input.claimStatus === 'rejected' ? input.reason : c.reason,
      closedAt: closing ? ctx.now : c.closedAt,
      purgeAfter: closing ? purgeAfter(ctx.now, p.retentionYears) : c.purgeAfter,
      updatedAt: ctx.now,
      history: [
        ...c.history,
        {
          at: ctx.now,
          by: me.staffNo,
          role,
          from: c.status,
          to,
          amount: input.claimAmount ?? null,
          reason: input.reason,
        },
      ],
    };
  });
  await audit(ctx, { target: doc._id, outcome: `claim:${input.claimStatus}`, role });
  await noticeProgress(ctx.db, after, after.version, ctx.now);
  return { claimStatus: after.claimStatus ?? input.claimStatus, status: after.status };
}
