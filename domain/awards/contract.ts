// The awards function's actions: honours rounds (评优评先) — categories with quotas per branch,
// nominations by branch chairs within their quota, the union's review, the committee's vote, the
// results with ties left for the admin, the 公示 with a private objection channel, the final list.
import { z } from 'zod';
import { defineContract, id, isoInstant } from '../contract';
import { registerFieldLabels } from '../field-labels';

registerFieldLabels({
  categoryId: '荣誉类别',
  nominationId: '提名',
  nominateOpenAt: '提名开始时间',
  nominateCloseAt: '提名截止时间',
  categories: '荣誉类别',
  quota: '名额',
  perBranch: '每个分工会名额',
  share: '名额比例',
  places: '评选名额',
  votesPerJudge: '每位评委可投票数',
  publicityDays: '公示天数',
  judges: '评委',
  chosen: '并列人选',
  exclude: '不予通过的提名',
  selfNomination: '允许自荐',
  material: '需要提交的材料',
});

const text = (max: number, label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}请写在 ${max} 字以内`);

export const staffNo = z
  .string({ message: '请填写工号' })
  .trim()
  .min(1, '请填写工号')
  .max(20, '工号太长');

/** A quota: a number per branch, or a share of the branch's active members (rounded down). */
export const quotaInput = z.union(
  [
    z.object({
      perBranch: z
        .number({ message: '每个分工会名额应为 0 到 500 之间的整数' })
        .int('每个分工会名额应为 0 到 500 之间的整数')
        .min(0, '每个分工会名额应为 0 到 500 之间的整数')
        .max(500, '每个分工会名额应为 0 到 500 之间的整数'),
    }),
    z.object({
      share: z
        .number({ message: '名额比例应在 0 到 1 之间，例如 0.05 表示 5%' })
        .gt(0, '名额比例应在 0 到 1 之间，例如 0.05 表示 5%')
        .max(1, '名额比例应在 0 到 1 之间，例如 0.05 表示 5%'),
    }),
  ],
  { message: '名额请填写每个分工会的人数，或会员人数的比例' },
);
export type QuotaInput = z.output<typeof quotaInput>;

export const categoryInput = z.object({
  name: text(30, '荣誉类别名称'),
  quota: quotaInput,
  /** how many are honoured in this category in all (the vote's cut-off); missing: all accepted */
  places: z
    .number({ message: '评选名额应为 1 到 5000 之间的整数' })
    .int('评选名额应为 1 到 5000 之间的整数')
    .min(1, '评选名额应为 1 到 5000 之间的整数')
    .max(5000, '评选名额应为 1 到 5000 之间的整数')
    .optional(),
  selfNomination: z.boolean({ message: '请选择是否允许自荐' }).default(false),
  /** what the nomination must say or attach, as people read it */
  material: z.string().trim().max(200, '需要提交的材料请写在 200 字以内').default(''),
});

export const createRoundInput = z
  .object({
    /** optional: a retried create with the same id creates nothing new */
    roundId: z
      .string({ message: '评优编号应以 ar- 开头' })
      .trim()
      .regex(/^ar-[a-z0-9-]{3,40}$/, '评优编号应以 ar- 开头，只用小写字母、数字和短横线')
      .optional(),
    name: text(40, '评优活动名称'),
    nominateOpenAt: isoInstant,
    nominateCloseAt: isoInstant,
    categories: z
      .array(categoryInput, { message: '请填写荣誉类别' })
      .min(1, '至少需要一个荣誉类别')
      .max(20, '荣誉类别最多 20 个'),
    /** each judge's votes per category (M); missing: the category's places */
    votesPerJudge: z
      .number({ message: '每位评委可投票数应为 1 到 500 之间的整数' })
      .int('每位评委可投票数应为 1 到 500 之间的整数')
      .min(1, '每位评委可投票数应为 1 到 500 之间的整数')
      .max(500, '每位评委可投票数应为 1 到 500 之间的整数')
      .optional(),
    publicityDays: z
      .number({ message: '公示天数应为 1 到 30 之间的整数' })
      .int('公示天数应为 1 到 30 之间的整数')
      .min(1, '公示天数应为 1 到 30 之间的整数')
      .max(30, '公示天数应为 1 到 30 之间的整数')
      .default(5),
    /** 工号 of the committee's judges: each gets the judge role for this round */
    judges: z.array(staffNo, { message: '评委请填写工号' }).max(50, '评委最多 50 位').default([]),
  })
  .refine((r) => new Date(r.nominateCloseAt) > new Date(r.nominateOpenAt), {
    message: '提名截止时间要晚于开始时间',
    path: ['nominateCloseAt'],
  })
  .refine((r) => new Set(r.categories.map((c) => c.name)).size === r.categories.length, {
    message: '荣誉类别名称有重复',
    path: ['categories'],
  });
export type CreateRoundInput = z.output<typeof createRoundInput>;

export const roundRef = z.object({ roundId: id });
export const nominationRef = z.object({ nominationId: id });

export const nominateInput = z.object({
  roundId: id,
  categoryId: id,
  staffNo,
  reason: text(1000, '推荐理由'),
});

export const DECISIONS = ['accept', 'return', 'reject'] as const;
export const reviewInput = z
  .object({
    nominationId: id,
    decision: z.enum(DECISIONS, { message: '请选择通过、退回或不通过' }),
    reason: z.string().trim().max(200, '原因请写在 200 字以内').default(''),
  })
  .refine((r) => r.decision === 'accept' || r.reason.length > 0, {
    message: '退回或不通过时请写明原因',
    path: ['reason'],
  });

export const voteInput = z.object({
  nominationId: id,
  /** true: a vote for; false: take my vote back */
  vote: z.boolean({ message: '请选择投票或取消投票' }).default(true),
});

export const publicityInput = z.object({
  roundId: id,
  /** of the nominations tied at a category's cut-off, the ones the admin puts on the list */
  chosen: z.array(id).max(500, '并列人选太多').default([]),
});

export const objectInput = z.object({
  nominationId: id,
  text: text(500, '意见内容'),
});

export const finalizeInput = z.object({
  roundId: id,
  /** nominations taken off the list after the 公示 (e.g. an objection upheld) */
  exclude: z.array(id).max(500, '不予通过的提名太多').default([]),
});

export const STAGES = ['nominating', 'voting', 'publicity', 'final'] as const;
export type Stage = (typeof STAGES)[number];

export const NOMINATION_STATUSES = [
  'submitted',
  'accepted',
  'returned',
  'rejected',
  'withdrawn',
  'publicized',
  'not_selected',
  'awarded',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

const quotaOut = z.union([z.object({ perBranch: z.number() }), z.object({ share: z.number() })]);

export const categoryOut = z.object({
  categoryId: z.string(),
  name: z.string(),
  quota: quotaOut,
  places: z.number().nullable(),
  selfNomination: z.boolean(),
  material: z.string(),
});

export const roundSummary = z.object({
  roundId: z.string(),
  name: z.string(),
  year: z.number(),
  stage: z.enum(STAGES),
  nominateOpenAt: z.string(),
  nominateCloseAt: z.string(),
  /** the window is open now (and the stage is nominating) */
  open: z.boolean(),
  publicityEndAt: z.string().nullable(),
});
export type RoundSummary = z.output<typeof roundSummary>;

export const roundView = roundSummary.extend({
  categories: z.array(categoryOut),
  votesPerJudge: z.number().nullable(),
  publicityDays: z.number(),
  /** for a chair: their branch's quota per category (places used / quota) */
  myBranch: z
    .object({
      branchId: z.string(),
      quotas: z.array(z.object({ categoryId: z.string(), quota: z.number(), used: z.number() })),
    })
    .nullable(),
  /** may I vote in this round (a judge of it) */
  judge: z.boolean(),
});
export type RoundView = z.output<typeof roundView>;

export const nominationRow = z.object({
  nominationId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  reason: z.string(),
  reviewReason: z.string(),
  self: z.boolean(),
});
export type NominationRow = z.output<typeof nominationRow>;

export const ballotOutput = z.object({
  roundId: z.string(),
  stage: z.enum(STAGES),
  categories: z.array(
    z.object({
      categoryId: z.string(),
      name: z.string(),
      /** my votes left in this category */
      votesLeft: z.number(),
      votesPerJudge: z.number(),
      items: z.array(
        z.object({
          nominationId: z.string(),
          name: z.string(),
          branchName: z.string(),
          reason: z.string(),
          voted: z.boolean(),
        }),
      ),
    }),
  ),
});
export type Ballot = z.output<typeof ballotOutput>;

export const OUTCOMES = ['elected', 'tied', 'out'] as const;
export const resultsOutput = z.object({
  roundId: z.string(),
  stage: z.enum(STAGES),
  judges: z.number(),
  categories: z.array(
    z.object({
      categoryId: z.string(),
      name: z.string(),
      places: z.number(),
      /** places left for the admin to give among the tied */
      tiedPlaces: z.number(),
      rows: z.array(
        z.object({
          nominationId: z.string(),
          staffNo: z.string(),
          name: z.string(),
          branchName: z.string(),
          votes: z.number(),
          rank: z.number(),
          outcome: z.enum(OUTCOMES),
        }),
      ),
    }),
  ),
});
export type Results = z.output<typeof resultsOutput>;

/** What the 公示 shows: name, branch and category only — never reasons, votes or material. */
export const publicityOutput = z.object({
  roundId: z.string(),
  name: z.string(),
  stage: z.enum(STAGES),
  publicityEndAt: z.string().nullable(),
  /** objections may be sent now */
  open: z.boolean(),
  items: z.array(
    z.object({
      nominationId: z.string(),
      name: z.string(),
      branchName: z.string(),
      categoryName: z.string(),
    }),
  ),
});
export type Publicity = z.output<typeof publicityOutput>;

export const objectionRow = z.object({
  objectionId: z.string(),
  nominationId: z.string(),
  nomineeName: z.string(),
  categoryName: z.string(),
  fromStaffNo: z.string(),
  fromName: z.string(),
  text: z.string(),
  at: z.string(),
});

export const xlsxOutput = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });

export const honourRow = z.object({
  year: z.number(),
  roundId: z.string(),
  categoryName: z.string(),
});

export const awardsContract = defineContract({
  'awards.createRound': {
    input: createRoundInput,
    output: z.object({ roundId: z.string(), categoryIds: z.array(z.string()) }),
  },
  'awards.rounds': { input: z.object({}), output: z.object({ rounds: z.array(roundSummary) }) },
  'awards.round': { input: roundRef, output: roundView },
  'awards.nominate': { input: nominateInput, output: z.object({ nominationId: z.string() }) },
  'awards.withdraw': {
    input: nominationRef,
    output: z.object({ status: z.literal('withdrawn') }),
  },
  /** every nomination of a round (admin) */
  'awards.nominations': {
    input: roundRef,
    output: z.object({ items: z.array(nominationRow) }),
  },
  /** a chair's own branch's nominations, and my own (self-nominations) */
  'awards.mine': { input: roundRef, output: z.object({ items: z.array(nominationRow) }) },
  'awards.review': {
    input: reviewInput,
    output: z.object({ status: z.enum(['accepted', 'returned', 'rejected']) }),
  },
  'awards.startVoting': { input: roundRef, output: z.object({ stage: z.literal('voting') }) },
  'awards.ballot': { input: roundRef, output: ballotOutput },
  'awards.vote': {
    input: voteInput,
    output: z.object({ voted: z.boolean(), votesLeft: z.number() }),
  },
  'awards.results': { input: roundRef, output: resultsOutput },
  'awards.startPublicity': {
    input: publicityInput,
    output: z.object({
      stage: z.literal('publicity'),
      publicityEndAt: z.string(),
      listed: z.number(),
    }),
  },
  'awards.publicity': { input: roundRef, output: publicityOutput },
  'awards.object': { input: objectInput, output: z.object({ received: z.literal(true) }) },
  'awards.objections': {
    input: roundRef,
    output: z.object({ items: z.array(objectionRow) }),
  },
  'awards.finalize': {
    input: finalizeInput,
    output: z.object({ stage: z.literal('final'), awarded: z.number() }),
  },
  'awards.exportResults': { input: roundRef, output: xlsxOutput },
  'awards.exportCertificates': { input: roundRef, output: xlsxOutput },
  /** my own honours (tier 1: honours are public once final) */
  'awards.myHonours': { input: z.object({}), output: z.object({ items: z.array(honourRow) }) },
});
export type AwardsContract = typeof awardsContract;
