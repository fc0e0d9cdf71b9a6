// What a case looks like to the people allowed to read it: its checklist, what to do next, links.
import type { CaseView, CaseSummary, ProgrammeView } from '../../domain/care/contract';
import {
  PAY_LABELS,
  STATUS_LABELS,
  type CaseDoc,
  type ProgrammeDoc,
} from '../../domain/care/model';
import {
  applyBlock,
  isReview,
  missingItems,
  STEP_ROLE,
  yuan,
  type CaseViewer,
  type ReadRole,
} from '../../domain/care/rules';
import { beijingDay } from '../../domain/time';
import type { StaffDoc } from '../../domain/roster/staff';

/** May this viewer decide at the case's current step? (never on their own case) */
export function canReviewNow(c: CaseDoc, v: CaseViewer): boolean {
  if (c.staffNo === v.staffNo) return false;
  if (c.status === 'approved') return v.admin;
  if (!isReview(c.status)) return false;
  if (v.admin) return true;
  const role = STEP_ROLE[c.status];
  if (role === 'branch_chair') return v.chairs(c.branchId);
  if (role === 'care_committee') return v.committee;
  return false;
}

/** What the reader should do next, in plain words. */
export function nextStep(c: CaseDoc, owner: boolean, reviewNow: boolean): string {
  const amount = c.amount !== null ? `${yuan(c.amount)} 元` : '';
  switch (c.status) {
    case 'draft':
      return owner ? '还没有提交。写好情况、传好材料后，点“提交申请”。' : '申请人还没有提交。';
    case 'branch_review':
    case 'union_review':
    case 'committee_review':
      if (reviewNow) return '请审核：批准、退回补充，或不予批准（都要写明理由）。';
      return `${STATUS_LABELS[c.status]}，请耐心等待，有进展会通知你。`;
    case 'returned':
      return owner
        ? `需要补充：${c.reason}。补好后点“重新提交”。`
        : `已退回申请人补充：${c.reason}`;
    case 'approved':
      return `已批准 ${amount}，等待发放。`;
    case 'paid':
      return c.payment
        ? `已于 ${c.payment.on} 通过${PAY_LABELS[c.payment.method]}发放 ${amount}。`
        : c.kind === 'claim'
          ? `已赔付${c.claimAmount !== null ? ` ${yuan(c.claimAmount)} 元` : ''}。`
          : `已发放 ${amount}。`;
    case 'declined':
      return `未获批准：${c.reason}。如有疑问，请联系所在分工会。`;
    case 'withdrawn':
      return '这份申请已撤回。需要时可以重新申请。';
  }
}

export function caseView(
  c: CaseDoc,
  p: ProgrammeDoc,
  branchName: string,
  role: ReadRole,
  viewer: CaseViewer,
  urls: Map<string, string>,
): CaseView {
  const owner = role === 'applicant' || role === 'filer';
  const reviewNow = canReviewNow(c, viewer);
  const have = new Set(c.attachments.map((a) => a.item));
  return {
    caseId: c._id,
    programmeId: c.programmeId,
    programmeName: p.name,
    kind: c.kind,
    year: c.year,
    staffNo: c.staffNo,
    name: c.name,
    branchId: c.branchId,
    branchName,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status],
    next: nextStep(c, owner, reviewNow),
    story: c.story,
    selfPaid: c.selfPaid,
    suggestedAmount: c.suggestedAmount,
    amount: c.amount,
    reason: c.reason,
    checklist: p.checklist.map((i) => ({ ...i, done: have.has(i.key) })),
    missing: missingItems(p.checklist, c.attachments).map((i) => i.label),
    attachments: c.attachments.map((a) => ({
      fileId: a.fileId,
      type: a.type,
      size: a.size,
      item: a.item,
      url: urls.get(a.fileId) ?? '',
    })),
    history: c.history.map((h) => ({
      at: h.at.toISOString(),
      role: h.role,
      from: h.from,
      to: h.to,
      amount: h.amount,
      reason: h.reason,
    })),
    claimStatus: c.claimStatus,
    claimAmount: c.claimAmount,
    payment: c.payment ? { on: c.payment.on, method: c.payment.method } : null,
    as: role,
    canReview: reviewNow,
    canEdit: owner && (c.status === 'draft' || c.status === 'returned') && !c.purged,
    canPay: viewer.admin && c.status === 'approved' && c.staffNo !== viewer.staffNo,
    purged: c.purged,
  };
}

export function summaryOf(c: CaseDoc, programmeName: string, branchName: string): CaseSummary {
  return {
    caseId: c._id,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status],
    programmeName,
    kind: c.kind,
    name: c.name,
    staffNo: c.staffNo,
    branchName,
    amount: c.amount,
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function programmeView(p: ProgrammeDoc, me: StaffDoc, now: Date): ProgrammeView {
  return {
    programmeId: p._id,
    kind: p.kind,
    name: p.name,
    year: p.year,
    checklist: p.checklist,
    opensOn: p.opensOn,
    closesOn: p.closesOn,
    rule: p.rule,
    publicity: p.publicity,
    blocked: applyBlock(p, me, beijingDay(now)),
  };
}
