// The report function's actions: the union's year in numbers (年度工作数据) — one figure set per
// feature, per branch, with last year beside it, the list behind each figure, and the .xlsx and
// .docx exports, one typed figure set per section.
import { z } from 'zod';
import { defineContract, id, ymd } from '../contract';
import { registerFieldLabels } from '../field-labels';

registerFieldLabels({ year: '年份', figure: '数据项', from: '开始日期', to: '结束日期' });

export const MIN_YEAR = 2020;
export const MAX_YEAR = 2099;

const year = z
  .number({ message: '请选择年份' })
  .int('年份应为整数')
  .min(MIN_YEAR, `年份应在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间`)
  .max(MAX_YEAR, `年份应在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间`);

/** A chart bar: one month, branch, type or team, and its value. */
export const bar = z.object({ key: z.string(), label: z.string(), value: z.number() });
export type Bar = z.infer<typeof bar>;

export const eventsFigures = z.object({
  held: z.number(),
  byType: z.array(bar),
  /** confirmed sign-ups (person-times) */
  signups: z.number(),
  /** checked-in person-times */
  attended: z.number(),
  /** distinct people checked in at least once */
  people: z.number(),
  /** attended / signups, 0–1 */
  attendanceRate: z.number(),
  byMonth: z.array(bar),
  byBranch: z.array(bar),
});

export const welfareFigures = z.object({
  batches: z.number(),
  handedOver: z.number(),
  /** Σ handed over × the option's value, in fen */
  valueFen: z.number(),
  byBatch: z.array(bar.extend({ valueFen: z.number() })),
  byBranch: z.array(bar),
});

export const walkathonFigures = z.object({
  campaigns: z.number(),
  participants: z.number(),
  compliant: z.number(),
  /** compliant / participants, 0–1 */
  rate: z.number(),
  topTeams: z.array(bar.extend({ participants: z.number(), compliant: z.number() })),
});

export const clubsFigures = z.object({
  clubs: z.number(),
  /** members now (status member) */
  members: z.number(),
  /** members who joined in the period */
  joined: z.number(),
  /** club posts (activities shared) in the period */
  posts: z.number(),
});

export const proposalsFigures = z.object({
  filed: z.number(),
  proposals: z.number(),
  suggestions: z.number(),
  accepted: z.number(),
  answered: z.number(),
  inHandling: z.number(),
  rated: z.number(),
  satisfied: z.number(),
  /** (满意 + 基本满意) / rated, 0–1 */
  satisfaction: z.number(),
});

/** A care cell: a count of 1 or 2 is never shown (null, "<3"), nor the amount beside it. */
export const careCell = z.object({
  count: z.number().nullable(),
  amountFen: z.number().nullable(),
});
export type CareCell = z.infer<typeof careCell>;

export const careFigures = z.object({
  cases: careCell,
  byProgramme: z.array(careCell.extend({ key: z.string(), label: z.string() })),
  visits: careCell,
  /** some cells were below 3 and are hidden */
  suppressed: z.boolean(),
});

export const tripsFigures = z.object({
  groups: z.number(),
  /** places held (assigned or confirmed) in groups departing in the period */
  placed: z.number(),
  /** checked in by the group leader */
  travelled: z.number(),
});

export const checkupsFigures = z.object({
  booked: z.number(),
  done: z.number(),
  byBranch: z.array(bar),
});

export const quizFigures = z.object({
  /** knowledge contests opening in the period */
  contests: z.number(),
  /** attempts taken (person-times) */
  attempts: z.number(),
  /** distinct people who took at least one attempt */
  people: z.number(),
  /** the mean of each person's best score per contest (one decimal), 0 when none */
  averageBest: z.number(),
  /** distinct people per branch */
  byBranch: z.array(bar),
});

export const honoursFigures = z.object({
  /** honours rounds opening for nominations in the period */
  rounds: z.number(),
  /** nominations filed (withdrawn ones not counted) */
  nominated: z.number(),
  /** nominations that passed review (accepted, publicized, awarded or not selected) */
  accepted: z.number(),
  /** honours awarded (one per person per honour) */
  awarded: z.number(),
  byCategory: z.array(bar),
  byBranch: z.array(bar),
});

export const contestsFigures = z.object({
  /** judged competitions created in the period */
  contests: z.number(),
  /** entries registered (person-times) */
  entries: z.number(),
  /** distinct contestants */
  people: z.number(),
  /** judges' score sheets submitted (locked) */
  sheets: z.number(),
  /** entries per branch */
  byBranch: z.array(bar),
});

export const figureSet = z.object({
  events: eventsFigures,
  welfare: welfareFigures,
  walkathon: walkathonFigures,
  clubs: clubsFigures,
  proposals: proposalsFigures,
  care: careFigures,
  trips: tripsFigures,
  checkups: checkupsFigures,
  quiz: quizFigures,
  honours: honoursFigures,
  contests: contestsFigures,
});
export type FigureSet = z.infer<typeof figureSet>;
export type SectionKey = keyof FigureSet;

export const reportOutput = figureSet.extend({
  year: z.number(),
  from: z.string(),
  to: z.string(),
  branchId: z.string().nullable(),
  branchName: z.string(),
  /** the same span a year earlier; null when that year holds no records */
  previous: figureSet.nullable(),
  computedAt: z.string(),
  cached: z.boolean(),
});
export type Report = z.infer<typeof reportOutput>;

/** Figures that open the list behind them (care has none: totals only). */
export const FIGURES = [
  'events.held',
  'events.signups',
  'events.attended',
  'welfare.batches',
  'welfare.handedOver',
  'walkathon.participants',
  'clubs.joined',
  'proposals.filed',
  'trips.placed',
  'trips.travelled',
  'checkups.booked',
  'checkups.done',
  'quiz.people',
  'honours.awarded',
  'contests.entries',
] as const;
export type Figure = (typeof FIGURES)[number];

const scope = {
  year,
  /** admins: any branch or none (the whole union); a chair: their own (the default) */
  branchId: id.optional(),
};

const refresh = z.boolean({ message: '刷新应为是或否' }).optional();

export const yearInput = z.object({ ...scope, refresh });
export const rangeInput = z
  .object({ from: ymd, to: ymd, branchId: id.optional(), refresh })
  .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, {
    message: '时间段最长一年',
    path: ['to'],
  });

export const detailInput = z.object({
  ...scope,
  figure: z.string({ message: '请选择数据项' }).trim().min(1, '请选择数据项').max(40),
  page: z
    .number({ message: '页码应为数字' })
    .int('页码应为整数')
    .min(1, '页码从 1 开始')
    .max(10_000, '页码太大')
    .default(1),
});

export const detailOutput = z.object({
  figure: z.string(),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type Detail = z.infer<typeof detailOutput>;

const file = z.object({ filename: z.string(), base64: z.string() });

export const reportContract = defineContract({
  'report.year': { input: yearInput, output: reportOutput },
  'report.range': { input: rangeInput, output: reportOutput },
  'report.detail': { input: detailInput, output: detailOutput },
  'report.exportXlsx': { input: z.object(scope), output: file.extend({ sheets: z.number() }) },
  'report.exportDocx': { input: z.object(scope), output: file.extend({ paragraphs: z.number() }) },
});
export type ReportContract = typeof reportContract;
