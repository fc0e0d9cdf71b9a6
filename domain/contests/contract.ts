// The contests function's actions: judged competitions (竞赛评分) — the admin sets up a contest
// (weighted criteria, judges, rounds, eligibility), chairs register their branch's contestants,
// judges score their assignments on a locked sheet, results and a live scoreboard, exports.
import { z } from 'zod';
import { defineContract, empty, id, isoInstant, ymd } from '../contract';
import { registerFieldLabels } from '../field-labels';

registerFieldLabels({
  contestId: '竞赛',
  entryId: '参赛选手',
  criteria: '评分项',
  judges: '评委',
  judge: '评委',
  rounds: '赛程',
  scores: '评分',
  eligibility: '参赛条件',
  registerCloseAt: '报名截止时间',
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

const contestDay = ymd.refine((d) => d >= '2020-01-01' && d <= '2099-12-31', {
  message: '核对日期应在 2020 年到 2099 年之间',
});

export const criterionInput = z.object({
  name: text(20, '评分项名称'),
  weight: z
    .number({ message: '请填写评分项权重' })
    .int('评分项权重应为 1 到 100 之间的整数')
    .min(1, '评分项权重应为 1 到 100 之间的整数')
    .max(100, '评分项权重应为 1 到 100 之间的整数'),
});

export const GROUP_BY = ['branch', 'all'] as const;

export const roundInput = z.object({
  name: text(20, '赛程名称'),
  /** branch: each college (分工会) ranked on its own; all: one ranking */
  groupBy: z.enum(GROUP_BY, { message: '分组方式只能是按分工会或不分组' }).default('all'),
  /** the top K of each group go on to the next round (ties at the cut-off go together) */
  advance: z
    .number({ message: '晋级人数应为数字' })
    .int('晋级人数应为 1 到 100 之间的整数')
    .min(1, '晋级人数应为 1 到 100 之间的整数')
    .max(100, '晋级人数应为 1 到 100 之间的整数')
    .optional(),
  /** who scores this round (工号, among the contest's judges); missing: every judge */
  judges: z.array(staffNo).max(30, '每轮评委最多 30 位').optional(),
  /**
   * a college round where each college has its own panel: these judges score that branch's
   * contestants only (a branch without a panel: the round's judges)
   */
  panels: z
    .array(
      z.object({
        branchId: id,
        judges: z.array(staffNo).min(1, '每个评委组至少一位评委').max(30, '每组评委最多 30 位'),
      }),
    )
    .max(60, '评委组最多 60 个')
    .optional(),
});

export const eligibilityInput = z
  .object({
    onDay: contestDay,
    maxAge: z
      .number({ message: '年龄上限应为数字' })
      .int('年龄上限应为 18 到 70 之间的整数')
      .min(18, '年龄上限应为 18 到 70 之间的整数')
      .max(70, '年龄上限应为 18 到 70 之间的整数')
      .optional(),
    minServiceYears: z
      .number({ message: '工作年限应为数字' })
      .int('工作年限应为 0 到 50 之间的整数')
      .min(0, '工作年限应为 0 到 50 之间的整数')
      .max(50, '工作年限应为 0 到 50 之间的整数')
      .optional(),
  })
  .refine((e) => e.maxAge !== undefined || e.minServiceYears !== undefined, {
    message: '参赛条件请至少填写年龄上限或工作年限',
  });

export const createInput = z
  .object({
    /** optional: a retried create with the same id creates nothing new */
    contestId: z
      .string()
      .trim()
      .regex(/^jc-[a-z0-9-]{2,36}$/, '竞赛编号应以 jc- 开头，只用小写字母、数字和短横线')
      .optional(),
    name: text(40, '竞赛名称'),
    criteria: z.array(criterionInput).min(1, '至少需要一个评分项').max(10, '评分项最多 10 个'),
    judges: z.array(staffNo).min(1, '至少需要一位评委').max(30, '评委最多 30 位'),
    /** missing: one round, 决赛 */
    rounds: z.array(roundInput).min(1, '至少需要一轮').max(5, '最多 5 轮').optional(),
    eligibility: eligibilityInput.optional(),
    registerCloseAt: isoInstant.optional(),
  })
  .refine((c) => new Set(c.criteria.map((k) => k.name)).size === c.criteria.length, {
    message: '评分项名称有重复',
    path: ['criteria'],
  })
  .refine((c) => new Set(c.judges).size === c.judges.length, {
    message: '评委工号有重复',
    path: ['judges'],
  })
  .refine(
    (c) => (c.rounds ?? []).every((r) => (r.judges ?? []).every((j) => c.judges.includes(j))),
    {
      message: '每轮的评委都要在竞赛评委名单里',
      path: ['rounds'],
    },
  )
  .refine(
    (c) =>
      (c.rounds ?? []).every((r) =>
        (r.panels ?? []).every((p) => p.judges.every((j) => c.judges.includes(j))),
      ),
    { message: '评委组里的评委都要在竞赛评委名单里', path: ['rounds'] },
  )
  .refine(
    (c) => (c.rounds ?? []).every((r, i, all) => i === all.length - 1 || r.advance !== undefined),
    { message: '除最后一轮外，每轮都要填写晋级人数', path: ['rounds'] },
  );
export type CreateInput = z.output<typeof createInput>;

export const contestRef = z.object({ contestId: id });

export const registerInput = z.object({ contestId: id, staffNo });

export const scoreInput = z.object({
  contestId: id,
  entryId: id,
  scores: z.record(
    z.string().max(20, '评分项名称太长'),
    z
      .number({ message: '每项评分应为 0 到 100 之间的数' })
      .min(0, '每项评分应为 0 到 100 之间的数')
      .max(100, '每项评分应为 0 到 100 之间的数')
      .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
        message: '每项评分最多保留两位小数',
      }),
  ),
});

export const unlockInput = z.object({
  contestId: id,
  entryId: id,
  judge: staffNo,
  reason: text(100, '解锁原因'),
});

export const resultsInput = z.object({
  contestId: id,
  /** 0-based; missing: the contest's current round */
  round: z.number().int('轮次应为整数').min(0, '轮次不对').max(4, '轮次不对').optional(),
});

export const sheetsExportInput = z.object({ contestId: id, judge: staffNo.optional() });

const criterionOut = z.object({ name: z.string(), weight: z.number() });
const roundOut = z.object({
  name: z.string(),
  groupBy: z.enum(GROUP_BY),
  advance: z.number().nullable(),
  judges: z.array(z.string()),
  panels: z.array(z.object({ branchId: z.string(), judges: z.array(z.string()) })),
});

export const contestView = z.object({
  contestId: z.string(),
  name: z.string(),
  criteria: z.array(criterionOut),
  rounds: z.array(roundOut),
  currentRound: z.number(),
  eligibility: z
    .object({
      onDay: z.string(),
      maxAge: z.number().nullable(),
      minServiceYears: z.number().nullable(),
    })
    .nullable(),
  registerCloseAt: z.string().nullable(),
  /** registration is open: first round, before the deadline, no sheet yet */
  registering: z.boolean(),
  judgeCount: z.number(),
  entryCount: z.number(),
  /** may I score in the current round */
  amJudge: z.boolean(),
  /** may I register contestants (a chair: my branch; an admin: anyone) */
  canRegister: z.boolean(),
  canManage: z.boolean(),
});
export type ContestView = z.output<typeof contestView>;

export const contestSummary = z.object({
  contestId: z.string(),
  name: z.string(),
  roundName: z.string(),
  amJudge: z.boolean(),
});

export const entryRow = z.object({
  entryId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  /** the last round reached (0-based) */
  round: z.number(),
  notes: z.array(z.string()),
});

export const assignmentRow = z.object({
  entryId: z.string(),
  name: z.string(),
  branchName: z.string(),
  /** my sheet in this round: null when not yet submitted */
  scores: z.record(z.string(), z.number()).nullable(),
  total: z.number().nullable(),
  locked: z.boolean(),
});

export const resultRow = z.object({
  entryId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchName: z.string(),
  group: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  /** the place within the entry's group (the college) */
  groupRank: z.number().nullable(),
  sheets: z.number(),
  advanced: z.boolean(),
});
export type ResultRow = z.output<typeof resultRow>;

export const xlsxOutput = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });

export const contestsContract = defineContract({
  'contests.create': { input: createInput, output: z.object({ contestId: z.string() }) },
  'contests.list': { input: empty, output: z.object({ contests: z.array(contestSummary) }) },
  'contests.get': { input: contestRef, output: contestView },
  'contests.register': {
    input: registerInput,
    output: z.object({ entryId: z.string(), notes: z.array(z.string()), already: z.boolean() }),
  },
  'contests.withdraw': { input: registerInput, output: z.object({ withdrawn: z.boolean() }) },
  'contests.entries': { input: contestRef, output: z.object({ entries: z.array(entryRow) }) },
  'contests.assignments': {
    input: contestRef,
    output: z.object({
      roundName: z.string(),
      criteria: z.array(criterionOut),
      items: z.array(assignmentRow),
    }),
  },
  'contests.score': {
    input: scoreInput,
    output: z.object({ locked: z.literal(true), total: z.number() }),
  },
  'contests.unlock': { input: unlockInput, output: z.object({ unlocked: z.boolean() }) },
  'contests.results': {
    input: resultsInput,
    output: z.object({
      contestId: z.string(),
      name: z.string(),
      round: z.number(),
      roundName: z.string(),
      judges: z.number(),
      sheets: z.number(),
      entries: z.array(resultRow),
    }),
  },
  'contests.advance': {
    input: contestRef,
    output: z.object({ round: z.number(), advanced: z.number() }),
  },
  'contests.exportResults': { input: resultsInput, output: xlsxOutput },
  'contests.exportSheets': { input: sheetsExportInput, output: xlsxOutput },
});
export type ContestsContract = typeof contestsContract;
