// The staff congress (教代会) proposals as stored: congresses, sessions with their filing window,
// representatives, departments and proposals, with the vocabulary shown in the UI.
import { z } from 'zod';

export const PROPOSAL_KINDS = ['proposal', 'suggestion'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const KIND_LABELS: Record<ProposalKind, string> = { proposal: '提案', suggestion: '建议' };

export const CATEGORIES = ['教学科研', '人事', '后勤', '福利', '其他'] as const;
export type Category = (typeof CATEGORIES)[number];

/** English aliases callers may send instead of the Chinese names. */
export const CATEGORY_ALIASES: Record<string, Category> = {
  teaching: '教学科研',
  research: '教学科研',
  personnel: '人事',
  hr: '人事',
  logistics: '后勤',
  welfare: '福利',
  other: '其他',
};

export const PROPOSAL_STATUSES = [
  'draft',
  'awaiting_cosign',
  'filed',
  'accepted',
  'in_handling',
  'answered',
  'closed',
  'merged',
  'declined',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: '草稿',
  awaiting_cosign: '待附议',
  filed: '待审查',
  accepted: '已立案',
  in_handling: '办理中',
  answered: '已答复',
  closed: '已结束',
  merged: '已并案',
  declined: '不立案',
};

export const ANSWER_STATUSES = ['已解决', '正在解决', '列入计划', '因条件限制暂不能解决'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const ANSWER_ALIASES: Record<string, AnswerStatus> = {
  resolved: '已解决',
  in_progress: '正在解决',
  planned: '列入计划',
  not_feasible: '因条件限制暂不能解决',
};

export const RATINGS = ['满意', '基本满意', '不满意'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_ALIASES: Record<string, Rating> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

export const person = z.object({ staffNo: z.string(), name: z.string() });
export type Person = z.infer<typeof person>;

const instant = z.coerce.date();

export const congressDoc = z.object({
  _id: z.string(),
  name: z.string(),
  active: z.boolean().default(true),
});
export type CongressDoc = z.infer<typeof congressDoc>;

export const sessionDoc = z.object({
  _id: z.string(),
  congressId: z.string(),
  /** e.g. "六届一次" */
  name: z.string(),
  filingOpensAt: instant,
  filingClosesAt: instant,
  /** days a department has to answer after the committee accepts */
  answerDays: z.number().int().positive().default(30),
});
export type SessionDoc = z.infer<typeof sessionDoc>;

export const departmentDoc = z.object({
  _id: z.string(),
  name: z.string(),
  order: z.number().int().default(0),
});
export type DepartmentDoc = z.infer<typeof departmentDoc>;

export const representativeDoc = z.object({
  _id: z.string(),
  congressId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  /** 代表团/分组 */
  delegation: z.string().default(''),
  active: z.boolean().default(true),
});
export type RepresentativeDoc = z.infer<typeof representativeDoc>;

export const answerEntry = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  round: z.number().int(),
  status: z.enum(ANSWER_STATUSES),
  text: z.string(),
  at: instant,
  by: person,
});

export const ratingEntry = z.object({
  rating: z.enum(RATINGS),
  comment: z.string().default(''),
  round: z.number().int(),
  at: instant,
});

export const historyEntry = z.object({ at: instant, by: z.string(), what: z.string() });

export const reviewRecord = z.object({
  decision: z.enum(['accept', 'merge', 'decline']),
  at: instant,
  by: person,
  reason: z.string().default(''),
  targetId: z.string().optional(),
  asSuggestion: z.boolean().optional(),
});

export const proposalDoc = z.object({
  _id: z.string(),
  sessionId: z.string(),
  congressId: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  title: z.string(),
  category: z.enum(CATEGORIES),
  background: z.string(),
  suggestion: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  /** every write bumps it; writes are conditional on the version read */
  version: z.number().int(),
  proposer: person,
  /** proposers of proposals merged into this one */
  coProposers: z.array(person).default([]),
  /** invited, not yet answered */
  invites: z.array(person).default([]),
  cosigners: z.array(person).default([]),
  createdAt: instant,
  updatedAt: instant,
  filedAt: instant.optional(),
  review: reviewRecord.optional(),
  departments: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  /** YYYY-MM-DD Beijing, the answer is due by the end of this day */
  dueOn: z.string().optional(),
  mergedInto: z.string().optional(),
  mergedFrom: z.array(z.string()).default([]),
  /** 1, or 2 after the proposer sent an answer back once */
  round: z.number().int().default(1),
  answers: z.array(answerEntry).default([]),
  ratings: z.array(ratingEntry).default([]),
  history: z.array(historyEntry).default([]),
});
export type ProposalDoc = z.infer<typeof proposalDoc>;

/** `<congressId>:<staffNo>` */
export const representativeId = (congressId: string, staffNo: string) => `${congressId}:${staffNo}`;
