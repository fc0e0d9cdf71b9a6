// Pure decisions of care (关爱帮扶): the illness rule, the review chain, who may read a case, the
// checklist, the members' share, masking for the 公示, attachment types and the retention date.
import { beijing } from '../time';
import type {
  Attachment,
  AttachmentType,
  CaseDoc,
  CaseStatus,
  ChecklistItem,
  IllnessRule,
  ProgrammeDoc,
  ReviewStatus,
} from './model';
import { sniffFile } from '../storage/file';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './model';

/**
 * The illness subsidy suggested for one more case this year:
 * min(cap, max(0, Σ selfPaid this year (this case included) − threshold) × rate) − Σ granted,
 * never below 0, rounded down to the fen.
 */
export function suggestIllness(
  rule: IllnessRule,
  selfPaidThisYear: number,
  grantedThisYear: number,
): number {
  const above = Math.max(0, selfPaidThisYear - rule.threshold);
  const byRate = Math.floor(above * rule.rate + 1e-9);
  return Math.max(0, Math.min(rule.yearlyCap, byRate) - grantedThisYear);
}

/** 张晓芳 → 张*芳, 张芳 → 张*, 欧阳晓芳 → 欧**芳: the 公示 never shows a whole name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return `${chars[0] ?? ''}*`;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** How many members hardship aid may reach in a year (e.g. 2 % of 2,400 = 48). */
export function memberShareLimit(members: number, share: number): number {
  return Math.floor(members * share + 1e-9);
}

/** Would helping one more (not yet counted) person pass the members' share? */
export function passesMemberShare(helped: number, members: number, share: number): boolean {
  return helped + 1 > memberShareLimit(members, share);
}

/** The checklist items that are required and have no attachment yet. */
export function missingItems(
  checklist: readonly ChecklistItem[],
  attachments: readonly Pick<Attachment, 'item'>[],
): ChecklistItem[] {
  const have = new Set(attachments.map((a) => a.item));
  return checklist.filter((c) => c.required && !have.has(c.key));
}

/** The type the bytes really are (JPEG, PNG, PDF), whatever the file's name says, or null. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | null {
  const type = sniffFile(bytes);
  return ATTACHMENT_TYPES.find((t) => t === type) ?? null;
}

export type AttachmentCheck =
  | { ok: true; type: AttachmentType }
  | { ok: false; code: 'care.file_type' | 'care.file_size'; message: string };

export function checkAttachment(bytes: Uint8Array): AttachmentCheck {
  if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES)
    return {
      ok: false,
      code: 'care.file_size',
      message: `材料文件应小于 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请拍得小一些或分页上传。`,
    };
  const type = sniffAttachment(bytes);
  if (!type)
    return {
      ok: false,
      code: 'care.file_type',
      message: '材料只能是照片（JPG、PNG）或 PDF 文件。',
    };
  return { ok: true, type };
}

/** Why this person may not apply to this programme today, or null. */
export function applyBlock(
  p: Pick<ProgrammeDoc, 'active' | 'membersOnly' | 'retirees' | 'opensOn' | 'closesOn'>,
  person: { member: boolean; status: '在职' | '退休' },
  day: string,
): string | null {
  if (!p.active) return '这个项目已停止受理。';
  if (p.opensOn && day < p.opensOn) return `这个项目 ${p.opensOn} 开始受理。`;
  if (p.closesOn && day > p.closesOn) return `这个项目已于 ${p.closesOn} 截止受理。`;
  if (p.membersOnly && !person.member) return '这个项目只面向工会会员。';
  if (!p.retirees && person.status === '退休') return '这个项目不面向退休教职工。';
  return null;
}

/** The role that acts at each step of the chain (an admin may act at any step). */
export const STEP_ROLE: Record<ReviewStatus, 'branch_chair' | 'admin' | 'care_committee'> = {
  branch_review: 'branch_chair',
  union_review: 'admin',
  committee_review: 'care_committee',
};

export function isReview(s: CaseStatus): s is ReviewStatus {
  return s === 'branch_review' || s === 'union_review' || s === 'committee_review';
}

/** Where a submitted case starts: a chair's or admin's filing counts as the branch's approval. */
export function firstStep(filedAs: CaseDoc['filedAs']): ReviewStatus {
  return filedAs === 'self' ? 'branch_review' : 'union_review';
}

export type ReviewDecision = 'approve' | 'return' | 'decline';

export type ReviewOutcome =
  | {
      ok: true;
      to: CaseStatus;
      amount: number | null;
      /** fen to reserve on the ledger now (final approval) */
      reserve: number;
      /** fen to give back to the ledger now (declining an approved case) */
      release: number;
      needsCommittee: boolean;
    }
  | { ok: false; code: string; message: string; path?: string };

/**
 * One reviewer's decision on a case at its current step. `amount` is the one given now (or null);
 * an illness case's amount defaults to the rule's suggestion, and a change needs a reason.
 */
export function decideReview(
  c: Pick<CaseDoc, 'status' | 'amount' | 'suggestedAmount' | 'kind' | 'held' | 'needsCommittee'>,
  p: Pick<ProgrammeDoc, 'committeeAbove'>,
  decision: ReviewDecision,
  amount: number | undefined,
  reason: string,
): ReviewOutcome {
  const fail = (code: string, message: string, path?: string): ReviewOutcome => ({
    ok: false,
    code,
    message,
    path,
  });
  if (decision === 'decline') {
    if (!reason) return fail('validation.failed', '不予批准需要写明理由，申请人会看到', 'reason');
    if (!isReview(c.status) && c.status !== 'approved')
      return fail('care.wrong_state', '这份申请现在不能作这个处理，请刷新后查看。');
    return {
      ok: true,
      to: 'declined',
      amount: c.amount,
      reserve: 0,
      release: c.status === 'approved' ? c.held : 0,
      needsCommittee: c.needsCommittee,
    };
  }
  if (!isReview(c.status))
    return fail('care.wrong_state', '这份申请现在不在审核中，请刷新后查看。');
  if (decision === 'return') {
    if (!reason) return fail('validation.failed', '退回需要写明请申请人补充什么', 'reason');
    return {
      ok: true,
      to: 'returned',
      amount: c.amount,
      reserve: 0,
      release: 0,
      needsCommittee: c.needsCommittee,
    };
  }
  const base = c.amount ?? c.suggestedAmount;
  const next = amount ?? base;
  if (
    amount !== undefined &&
    c.kind === 'illness' &&
    c.suggestedAmount !== null &&
    amount !== (c.amount ?? c.suggestedAmount) &&
    !reason
  )
    return fail('validation.failed', '修改按规则算出的建议金额，需要写明理由', 'reason');
  if (c.status === 'branch_review')
    return {
      ok: true,
      to: 'union_review',
      amount: next ?? null,
      reserve: 0,
      release: 0,
      needsCommittee: false,
    };
  if (next === null || next === undefined || next <= 0)
    return fail('validation.failed', '批准需要填写补助金额（元）', 'amount');
  if (c.status === 'union_review' && next > p.committeeAbove)
    return {
      ok: true,
      to: 'committee_review',
      amount: next,
      reserve: 0,
      release: 0,
      needsCommittee: true,
    };
  return {
    ok: true,
    to: 'approved',
    amount: next,
    reserve: next,
    release: 0,
    needsCommittee: c.needsCommittee || next > p.committeeAbove,
  };
}

/** Where a returned or draft case goes when its applicant (or filer) submits it. */
export function submitTarget(
  c: Pick<CaseDoc, 'status' | 'returnedFrom' | 'filedAs'>,
): ReviewStatus | null {
  if (c.status === 'draft') return firstStep(c.filedAs);
  if (c.status === 'returned') return c.returnedFrom ?? firstStep(c.filedAs);
  return null;
}

/** Statuses a case may be withdrawn from by its applicant or filer. */
export function canWithdraw(s: CaseStatus): boolean {
  return s === 'draft' || s === 'returned' || s === 'approved' || isReview(s);
}

/** The people who may read a case, decided on the viewer's grants (see `CaseViewer`). */
export interface CaseViewer {
  staffNo: string;
  admin: boolean;
  /** does the viewer chair this branch? */
  chairs(branchId: string): boolean;
  committee: boolean;
}

export type ReadRole = 'applicant' | 'filer' | 'branch_chair' | 'admin' | 'care_committee';

/**
 * Why the viewer may read this case, or null: its applicant, the one who filed it, the chair of its
 * branch, admins, and the welfare committee only for cases that reach it (above its sum).
 */
export function readRole(
  c: Pick<CaseDoc, 'staffNo' | 'filedBy' | 'branchId' | 'needsCommittee' | 'status'>,
  v: CaseViewer,
): ReadRole | null {
  if (c.staffNo === v.staffNo) return 'applicant';
  if (c.filedBy === v.staffNo) return 'filer';
  if (v.admin) return 'admin';
  // a draft is still the applicant's own
  if (c.status === 'draft') return null;
  if (v.chairs(c.branchId)) return 'branch_chair';
  if (v.committee && (c.needsCommittee || c.status === 'committee_review')) return 'care_committee';
  return null;
}

/** Closed: nothing more will happen (paid, declined, withdrawn). */
export function isClosed(s: CaseStatus): boolean {
  return s === 'paid' || s === 'declined' || s === 'withdrawn';
}

/** The instant after which a closed case's attachments and details are deleted. */
export function purgeAfter(closedAt: Date, years: number): Date {
  return beijing(closedAt).add(years, 'year').toDate();
}

/** Until when an approved case shows on its programme's 公示. */
export function publicUntil(approvedAt: Date, days: number): Date {
  return new Date(approvedAt.getTime() + days * 24 * 60 * 60 * 1000);
}

/** The calendar year (Beijing) and month key of an instant. */
export function monthKey(at: Date): string {
  return beijing(at).format('YYYY-MM');
}

/** Sums amounts by a key, safe for keys like "constructor". */
export function sumBy<T>(rows: readonly T[], key: (r: T) => string, amount: (r: T) => number) {
  const out = new Map<string, { count: number; amount: number }>();
  for (const r of rows) {
    const k = key(r);
    const cur = out.get(k) ?? { count: 0, amount: 0 };
    cur.count += 1;
    cur.amount += amount(r);
    out.set(k, cur);
  }
  return out;
}

/** 123456 fen → "1,234.56" 元 */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const int = Math.floor(abs / 100).toLocaleString('en-US');
  const dec = String(abs % 100).padStart(2, '0');
  return `${sign}${int}.${dec}`;
}
