// The proposals function's actions (教代会网上提案): filing, co-signing, review, answers, rating,
// the board, export and the representatives import — inputs and outputs, once.
import { z } from 'zod';
import { defineContract, empty, id, isoInstant, ymd } from '../contract';
import {
  ANSWER_ALIASES,
  ANSWER_STATUSES,
  CATEGORIES,
  CATEGORY_ALIASES,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  RATINGS,
  RATING_ALIASES,
} from './model';
import { contentErrors } from './rules';

/** A Chinese value, or one of its English aliases, trimmed. */
function aliased<T extends readonly [string, ...string[]]>(
  values: T,
  aliases: Record<string, T[number]>,
  message: string,
) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (aliases[v.trim().toLowerCase()] ?? v.trim()) : v),
    z.enum(values, { message }),
  );
}

export const category = aliased(
  CATEGORIES,
  CATEGORY_ALIASES,
  '请选择类别：教学科研、人事、后勤、福利或其他',
);
export const answerStatus = aliased(
  ANSWER_STATUSES,
  ANSWER_ALIASES,
  '请选择办理情况：已解决、正在解决、列入计划或因条件限制暂不能解决',
);
export const rating = aliased(RATINGS, RATING_ALIASES, '请选择评价：满意、基本满意或不满意');
export const kind = z.enum(PROPOSAL_KINDS, { message: '请选择提案或建议' });

const text = (max: number, name: string) =>
  z
    .string({ message: `请填写${name}` })
    .trim()
    .max(max, `${name}太长了，最多 ${max} 个字`);

/** The content fields, with only generous maxima: a draft may be unfinished. */
export const contentShape = z.object({
  sessionId: id,
  kind,
  title: text(60, '标题'),
  category,
  background: text(2000, '背景与问题'),
  suggestion: text(3000, '具体建议'),
  /** a saved draft (or a filed proposal being edited) */
  proposalId: id.optional(),
});

export const saveDraftInput = contentShape;

/** Filing holds the content to the rules of its kind (lengths), so bad input writes nothing. */
export const fileInput = contentShape.superRefine((c, ctx) => {
  for (const e of contentErrors(c))
    ctx.addIssue({ code: 'custom', path: [e.path], message: e.message });
});

export const proposalRef = z.object({ proposalId: id });

export const reviewInput = z
  .object({
    proposalId: id,
    decision: z.enum(['accept', 'merge', 'decline'], { message: '请选择立案、并案或不立案' }),
    /** department ids or names */
    departments: z.array(z.string().trim().min(1)).max(10, '承办部门最多 10 个').optional(),
    reason: z.string().trim().max(500, '理由最多 500 字').optional(),
    /** the proposal to merge into (required for merge); `mergeInto` is accepted as well */
    targetId: id.optional(),
    mergeInto: id.optional(),
    /** answer due day (default: the session's answer period from today) */
    dueOn: ymd.optional(),
    /** decline: turn it into a suggestion (and forward it when departments are given) */
    asSuggestion: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.decision === 'merge' && !r.targetId && !r.mergeInto) {
      ctx.addIssue({ code: 'custom', path: ['targetId'], message: '并案需要选择要并入的提案' });
    }
    if (r.decision === 'accept' && !(r.departments && r.departments.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['departments'],
        message: '立案需要至少指定一个承办部门',
      });
    }
    if (r.decision === 'decline' && !r.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '不立案需要写明理由' });
    }
  });

export const answerInput = z.object({
  proposalId: id,
  status: answerStatus,
  text: z
    .string({ message: '请填写答复内容' })
    .trim()
    .min(10, '答复至少写 10 个字，说明办了什么、怎么办')
    .max(3000, '答复最多 3000 字'),
  /** which of my departments answers (needed only when I handle several that are assigned) */
  departmentId: id.optional(),
});

export const rateInput = z.object({
  proposalId: id,
  rating,
  comment: z.string().trim().max(300, '意见最多 300 字').optional(),
});

export const inviteInput = z.object({
  proposalId: id,
  staffNos: z
    .array(z.string().trim().min(1))
    .min(1, '请选择要邀请的代表')
    .max(10, '一次最多邀请 10 位'),
});

export const similarInput = z.object({
  sessionId: id,
  title: z.string().max(200).default(''),
  suggestion: z.string().max(3000).default(''),
  excludeId: id.optional(),
});

export const searchRepsInput = z.object({
  sessionId: id,
  q: z.string().trim().max(20).default(''),
});

export const importRepsInput = z.object({
  congressId: id,
  /** the .xlsx file, base64 */
  fileBase64: z.string().min(1, '请选择文件').max(8_000_000, '文件太大了'),
  /** false: preview only; true: write the good rows */
  commit: z.boolean().default(false),
});

// ── outputs ─────────────────────────────────────────────────────────────────────────────────────

const personOut = z.object({ staffNo: z.string(), name: z.string() });

export const summaryOut = z.object({
  id: z.string(),
  no: z.number().nullable(),
  kind,
  title: z.string(),
  category: z.enum(CATEGORIES),
  status: z.enum(PROPOSAL_STATUSES),
  proposer: personOut,
  coProposers: z.array(personOut),
  cosignerCount: z.number(),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  filedAt: isoInstant.nullable(),
  updatedAt: isoInstant,
  lastRating: z.enum(RATINGS).nullable(),
  round: z.number(),
});
export type ProposalSummary = z.infer<typeof summaryOut>;

export const detailOut = summaryOut.extend({
  sessionId: z.string(),
  sessionName: z.string(),
  background: z.string(),
  suggestion: z.string(),
  version: z.number(),
  invites: z.array(personOut),
  cosigners: z.array(personOut),
  mergedInto: z.object({ id: z.string(), title: z.string() }).nullable(),
  mergedFrom: z.array(z.string()),
  review: z
    .object({
      decision: z.enum(['accept', 'merge', 'decline']),
      at: isoInstant,
      by: z.string(),
      reason: z.string(),
      asSuggestion: z.boolean(),
    })
    .nullable(),
  answers: z.array(
    z.object({
      departmentName: z.string(),
      round: z.number(),
      status: z.enum(ANSWER_STATUSES),
      text: z.string(),
      at: isoInstant,
      by: z.string(),
    }),
  ),
  ratings: z.array(
    z.object({ rating: z.enum(RATINGS), comment: z.string(), round: z.number(), at: isoInstant }),
  ),
  history: z.array(z.object({ at: isoInstant, by: z.string(), what: z.string() })),
  /** what the caller may do with it */
  can: z.object({
    edit: z.boolean(),
    invite: z.boolean(),
    cosign: z.boolean(),
    review: z.boolean(),
    answerFor: z.array(z.object({ id: z.string(), name: z.string() })),
    rate: z.boolean(),
  }),
});
export type ProposalDetail = z.infer<typeof detailOut>;

const sessionOut = z.object({
  id: z.string(),
  name: z.string(),
  congressId: z.string(),
  congressName: z.string(),
  filingOpensAt: isoInstant,
  filingClosesAt: isoInstant,
  window: z.enum(['not_yet', 'open', 'closed']),
  isRepresentative: z.boolean(),
  isCommittee: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionOut>;

const departmentOut = z.object({ id: z.string(), name: z.string() });

export const proposalsContract = defineContract({
  'proposals.sessions': {
    input: empty,
    output: z.object({
      sessions: z.array(sessionOut),
      handlerOf: z.array(departmentOut),
      isAdmin: z.boolean(),
    }),
  },
  'proposals.departments': {
    input: empty,
    output: z.object({ departments: z.array(departmentOut) }),
  },
  'proposals.board': {
    input: z.object({ sessionId: id }),
    output: z.object({ session: sessionOut, items: z.array(summaryOut) }),
  },
  'proposals.get': { input: proposalRef, output: detailOut },
  'proposals.mine': {
    input: empty,
    output: z.object({
      mine: z.array(summaryOut),
      invitations: z.array(summaryOut),
      assigned: z.array(summaryOut),
    }),
  },
  'proposals.saveDraft': {
    input: saveDraftInput,
    output: z.object({ proposalId: z.string(), status: z.enum(PROPOSAL_STATUSES) }),
  },
  'proposals.file': {
    input: fileInput,
    output: z.object({ proposalId: z.string(), status: z.enum(PROPOSAL_STATUSES) }),
  },
  'proposals.similar': {
    input: similarInput,
    output: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          no: z.number().nullable(),
          title: z.string(),
          status: z.enum(PROPOSAL_STATUSES),
          score: z.number(),
        }),
      ),
    }),
  },
  'proposals.searchReps': {
    input: searchRepsInput,
    output: z.object({
      items: z.array(z.object({ staffNo: z.string(), name: z.string(), delegation: z.string() })),
    }),
  },
  'proposals.invite': {
    input: inviteInput,
    output: z.object({ invites: z.array(personOut), cosigners: z.array(personOut) }),
  },
  'proposals.cosign': {
    input: proposalRef,
    output: z.object({
      proposalId: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
      cosignerCount: z.number(),
    }),
  },
  'proposals.declineCosign': { input: proposalRef, output: z.object({ proposalId: z.string() }) },
  'proposals.review': {
    input: reviewInput,
    output: z.object({
      proposalId: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
      kind,
      targetId: z.string().nullable(),
    }),
  },
  'proposals.answer': {
    input: answerInput,
    output: z.object({
      proposalId: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
      departmentId: z.string(),
    }),
  },
  'proposals.rate': {
    input: rateInput,
    output: z.object({
      proposalId: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
      round: z.number(),
    }),
  },
  'proposals.export': {
    input: z.object({ sessionId: id }),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number() }),
  },
  'proposals.importReps': {
    input: importRepsInput,
    output: z.object({
      total: z.number(),
      good: z.number(),
      bad: z.array(
        z.object({ line: z.number(), staffNo: z.string(), name: z.string(), problem: z.string() }),
      ),
      imported: z.number(),
    }),
  },
});
export type ProposalsContract = typeof proposalsContract;
