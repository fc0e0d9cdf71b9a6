// Care (关爱帮扶) documents as stored: programmes, their budget ledgers, cases (tier 3) and visits.
import { z } from 'zod';

export const PROGRAMME_KINDS = ['hardship', 'illness', 'claim'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export const KIND_LABELS: Record<ProgrammeKind, string> = {
  hardship: '困难帮扶',
  illness: '大病补助',
  claim: '理赔协助',
};

/** Where a case is: a draft, waiting at one step of the chain, returned, or decided. */
export const CASE_STATUSES = [
  'draft',
  'branch_review',
  'union_review',
  'committee_review',
  'returned',
  'approved',
  'paid',
  'declined',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const REVIEW_STATUSES = ['branch_review', 'union_review', 'committee_review'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATUS_LABELS: Record<CaseStatus, string> = {
  draft: '草稿',
  branch_review: '分工会审核中',
  union_review: '校工会审核中',
  committee_review: '福利委员会审核中',
  returned: '退回补充',
  approved: '已批准，待发放',
  paid: '已发放',
  declined: '未获批准',
  withdrawn: '已撤回',
};

/** The insurance-claim track of a `claim` case (材料待补 → 已收齐 → 已递交 → 已赔付 / 未获赔). */
export const CLAIM_STATUSES = ['missing', 'complete', 'filed', 'paid_out', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_LABELS: Record<ClaimStatus, string> = {
  missing: '材料待补',
  complete: '已收齐',
  filed: '已递交',
  paid_out: '已赔付',
  rejected: '未获赔',
};

export const PAY_METHODS = ['salary_card', 'cash', 'transfer'] as const;
export type PayMethod = (typeof PAY_METHODS)[number];
export const PAY_LABELS: Record<PayMethod, string> = {
  salary_card: '工资卡',
  cash: '现金',
  transfer: '转账',
};

export const VISIT_REASONS = [
  'illness',
  'hardship',
  'retirement',
  'bereavement',
  'childbirth',
  'other',
] as const;
export type VisitReason = (typeof VISIT_REASONS)[number];
export const VISIT_LABELS: Record<VisitReason, string> = {
  illness: '生病住院',
  hardship: '生活困难',
  retirement: '退休',
  bereavement: '丧事',
  childbirth: '生育',
  other: '其他',
};

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
/** after the app has resized photos; a scanned PDF may be larger */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
/** a link to an attachment (tier 3) works for 10 minutes: long enough to read, not to pass on */
export const ATTACHMENT_LINK_MAX_AGE_S = 10 * 60;
export const MAX_ATTACHMENTS = 20;

export const checklistItem = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  /** an original (原件) goes on paper to `where`; a copy (复印件) may be a photo */
  original: z.boolean(),
  where: z.string().default(''),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const illnessRule = z.object({
  /** fen of self-paid costs in the calendar year below which nothing is granted */
  threshold: z.number().int(),
  /** share of the costs above the threshold, 0–1 */
  rate: z.number(),
  /** fen granted at most to one person in one calendar year */
  yearlyCap: z.number().int(),
});
export type IllnessRule = z.infer<typeof illnessRule>;

export const programmeDoc = z.object({
  _id: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  name: z.string(),
  year: z.number().int(),
  budget: z.number().int(),
  membersOnly: z.boolean(),
  retirees: z.boolean(),
  checklist: z.array(checklistItem),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  rule: illnessRule.nullable(),
  publicity: z.boolean(),
  publicityDays: z.number().int(),
  /** fen: an amount above it needs the welfare committee too */
  committeeAbove: z.number().int(),
  /** hardship: the share of members who may be helped in a year (e.g. 0.02) */
  memberShare: z.number(),
  retentionYears: z.number().int(),
  active: z.boolean(),
  createdAt: z.date(),
  createdBy: z.string(),
});
export type ProgrammeDoc = z.infer<typeof programmeDoc>;

/** The budget of one programme; `left` is the only counter that guards the limit. */
export const ledgerDoc = z.object({
  _id: z.string(),
  budget: z.number().int(),
  reserved: z.number().int(),
  paid: z.number().int(),
  left: z.number().int(),
});
export type LedgerDoc = z.infer<typeof ledgerDoc>;

export const attachment = z.object({
  fileId: z.string(),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int(),
  /** the checklist item it answers, or "" */
  item: z.string(),
  by: z.string(),
  at: z.date(),
});
export type Attachment = z.infer<typeof attachment>;

export const stepEntry = z.object({
  at: z.date(),
  by: z.string(),
  /** the role under which they acted: applicant, branch_chair, admin, care_committee */
  role: z.string(),
  from: z.enum(CASE_STATUSES),
  to: z.enum(CASE_STATUSES),
  amount: z.number().int().nullable(),
  reason: z.string(),
});

export const caseDoc = z.object({
  _id: z.string(),
  programmeId: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  year: z.number().int(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  filedBy: z.string(),
  /** "self" or "branch_chair" */
  filedAs: z.enum(['self', 'branch_chair', 'admin']),
  status: z.enum(CASE_STATUSES),
  /** where a returned case goes back to */
  returnedFrom: z.enum(REVIEW_STATUSES).nullable(),
  story: z.string(),
  selfPaid: z.number().int().nullable(),
  suggestedAmount: z.number().int().nullable(),
  /** the amount proposed or approved so far */
  amount: z.number().int().nullable(),
  /** fen held on the ledger for this case (approved, not yet paid), 0 otherwise */
  held: z.number().int(),
  needsCommittee: z.boolean(),
  reason: z.string(),
  attachments: z.array(attachment),
  history: z.array(stepEntry),
  claimStatus: z.enum(CLAIM_STATUSES).nullable(),
  claimAmount: z.number().int().nullable(),
  payment: z.object({ on: z.string(), method: z.enum(PAY_METHODS), by: z.string() }).nullable(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  publicUntil: z.date().nullable(),
  closedAt: z.date().nullable(),
  purgeAfter: z.date().nullable(),
  purged: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});
export type CaseDoc = z.infer<typeof caseDoc>;

export const visitDoc = z.object({
  _id: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  on: z.string(),
  year: z.number().int(),
  reason: z.enum(VISIT_REASONS),
  gift: z.string(),
  /** fen given (money or the gift's value) */
  value: z.number().int(),
  by: z.string(),
  createdAt: z.date(),
});
export type VisitDoc = z.infer<typeof visitDoc>;
