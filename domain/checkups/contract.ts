// The checkups function's actions: the yearly health check-up (体检) — campaigns, packages by sex
// and age, day-and-slot booking, add-ons, the pass at the hospital desk, check-ups arranged
// elsewhere (reimbursed up to the standard) and progress. No medical results are ever stored.
import { z } from 'zod';
import { PHOTO_TYPES, MAX_PHOTO_BYTES } from '../clubs/contract';
import { defineContract, empty, id, isoInstant, ymd } from '../contract';
import { rotatingPass } from '../pass/contract';

const text = (max: number, label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}请写在 ${max} 字以内`);

const age = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}应在 0 到 150 之间`)
    .max(150, `${label}应在 0 到 150 之间`);

const fen = (label: string) =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}最多精确到分`)
    .min(0, `${label}不能小于 0`)
    .max(10_000_000, `${label}太大`);

/** A calendar day within a sensible range for a check-up. */
const examDay = ymd.refine((d) => d >= '2020-01-01' && d <= '2099-12-31', {
  message: '体检日期应在 2020 年到 2099 年之间',
});

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

export const packageInput = z
  .object({
    name: text(30, '套餐名称'),
    /** missing: for everyone */
    sex: z.enum(SEXES, { message: '套餐性别只能是男（M）或女（F）' }).optional(),
    /** age on the exam day: minAge ≤ age < maxAge; either bound optional */
    minAge: age('最小年龄').optional(),
    maxAge: age('最大年龄').optional(),
    items: z.array(text(40, '体检项目')).max(60, '体检项目最多 60 项').default([]),
    /** what the union pays for this package, in fen: the reimbursement cap for a check-up elsewhere */
    standardFen: fen('套餐标准').optional(),
  })
  .refine((p) => p.minAge === undefined || p.maxAge === undefined || p.minAge < p.maxAge, {
    message: '最小年龄要小于最大年龄',
    path: ['maxAge'],
  });

export const addonInput = z.object({
  name: text(30, '自费加项名称'),
  priceFen: fen('自费加项价格'),
});

export const placeInput = z.object({
  name: text(40, '体检医院'),
  address: text(80, '医院地址'),
  /** the shuttle timetable as people read it, e.g. "7:00 东门发车，7:20 南门" */
  shuttle: z.string().trim().max(120, '班车时间请写在 120 字以内').default(''),
});

const hhmm = z
  .string({ message: '请填写时段开始时间' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时段开始时间应为 HH:mm，例如 07:30');

export const slotInput = z.object({
  start: hhmm,
  capacity: z
    .number({ message: '请填写时段名额' })
    .int('时段名额应为 1 到 500 之间的整数')
    .min(1, '时段名额应为 1 到 500 之间的整数')
    .max(500, '时段名额应为 1 到 500 之间的整数'),
});

export const dayInput = z.object({
  date: examDay,
  /** only retirees (退休) may book this day */
  retireesOnly: z.boolean().default(false),
  slots: z.array(slotInput).min(1, '每个体检日至少要有一个时段').max(24, '每天最多 24 个时段'),
});

const campaignIdInput = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{4,40}$/, '体检编号只能是 4–40 位小写字母、数字和短横线');

export const createCampaignInput = z
  .object({
    /** optional: a retried create with the same id creates nothing new */
    campaignId: campaignIdInput.optional(),
    name: text(40, '体检名称'),
    bookOpenAt: isoInstant,
    bookCloseAt: isoInstant,
    places: z.array(placeInput).max(5, '体检医院最多 5 家').default([]),
    packages: z.array(packageInput).min(1, '至少需要一个套餐').max(20, '套餐最多 20 个'),
    addons: z.array(addonInput).max(30, '自费加项最多 30 个').default([]),
    days: z.array(dayInput).min(1, '至少需要一个体检日').max(60, '体检日最多 60 天'),
    /** recommended days per branch (optional) */
    recommended: z
      .array(z.object({ branchId: id, dates: z.array(examDay).max(60) }))
      .max(100)
      .default([]),
    /** check-ups arranged elsewhere: receipts accepted until this instant; missing: not offered */
    elsewhereDeadline: isoInstant.optional(),
  })
  .refine((c) => new Date(c.bookCloseAt) > new Date(c.bookOpenAt), {
    message: '预约截止时间要晚于开始时间',
    path: ['bookCloseAt'],
  })
  .refine((c) => new Set(c.days.map((d) => d.date)).size === c.days.length, {
    message: '体检日期有重复',
    path: ['days'],
  })
  .refine(
    (c) => c.days.every((d) => new Set(d.slots.map((s) => s.start)).size === d.slots.length),
    {
      message: '同一天的时段开始时间有重复',
      path: ['days'],
    },
  );
export type CreateCampaignInput = z.output<typeof createCampaignInput>;

export const campaignRef = z.object({ campaignId: id });
export const slotRef = z.object({ campaignId: id, slotId: id });

export const addonsInput = z.object({
  campaignId: id,
  addonIds: z.array(id).max(30, '自费加项最多 30 个'),
});

export const checkinInput = z.union([
  z.object({
    campaignId: id,
    token: z.string().trim().min(10, '二维码内容不对').max(300),
    anyDay: z.boolean().default(false),
  }),
  z.object({
    campaignId: id,
    code: z.string().trim().min(8, '请输入 8 位签到码').max(12, '签到码太长'),
    anyDay: z.boolean().default(false),
  }),
  z.object({
    campaignId: id,
    staffNo: z.string().trim().min(1, '请填写工号').max(20, '工号太长'),
    anyDay: z.boolean().default(false),
  }),
]);

export const elsewhereInput = z.object({
  campaignId: id,
  hospital: text(40, '体检医院'),
  examDate: examDay,
  amountFen: z
    .number({ message: '请填写发票金额' })
    .int('发票金额最多精确到分')
    .min(1, '发票金额应大于 0')
    .max(10_000_000, '发票金额太大'),
  receiptType: z.enum(PHOTO_TYPES, { message: '发票照片只能是 JPEG、PNG 或 WebP' }),
  /** the receipt photo, base64, after the app has resized it */
  receiptBase64: z
    .string({ message: '请上传发票照片' })
    .min(1, '请上传发票照片')
    .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 8, '发票照片太大，请裁小一些'),
});

export const reviewElsewhereInput = z.object({
  campaignId: id,
  staffNo: z.string().trim().min(1, '请填写工号').max(20, '工号太长'),
  approve: z.boolean({ message: '请选择通过或退回' }),
  note: z.string().trim().max(100, '说明请写在 100 字以内').default(''),
});

export const progressInput = z.object({ campaignId: id, branchId: id.optional() });
export const dayExportInput = z.object({ campaignId: id, date: examDay });

const packageOut = z.object({
  packageId: z.string(),
  name: z.string(),
  sex: z.enum(SEXES).nullable(),
  minAge: z.number().nullable(),
  maxAge: z.number().nullable(),
  items: z.array(z.string()),
  standardFen: z.number().nullable(),
});

const addonOut = z.object({ addonId: z.string(), name: z.string(), priceFen: z.number() });
const placeOut = z.object({ name: z.string(), address: z.string(), shuttle: z.string() });

export const PHASES = ['upcoming', 'open', 'closed'] as const;

export const campaignView = z.object({
  campaignId: z.string(),
  name: z.string(),
  bookOpenAt: z.string(),
  bookCloseAt: z.string(),
  phase: z.enum(PHASES),
  places: z.array(placeOut),
  packages: z.array(packageOut),
  addons: z.array(addonOut),
  dates: z.array(z.object({ date: z.string(), retireesOnly: z.boolean() })),
  recommendedDates: z.array(z.string()),
  elsewhereDeadline: z.string().nullable(),
});
export type CampaignView = z.output<typeof campaignView>;

export const slotsOutput = z.object({
  days: z.array(
    z.object({
      date: z.string(),
      retireesOnly: z.boolean(),
      slots: z.array(
        z.object({ slotId: z.string(), start: z.string(), capacity: z.number(), left: z.number() }),
      ),
    }),
  ),
});
export type SlotsOutput = z.output<typeof slotsOutput>;

export const mineOutput = z.object({
  slotId: z.string().optional(),
  date: z.string().optional(),
  start: z.string().optional(),
  /** the package for the booked day (or, when not booked, for the first day I may book) */
  packageName: z.string(),
  packageItems: z.array(z.string()),
  addonIds: z.array(z.string()),
  /** the add-ons' total, paid at the hospital */
  addonsFen: z.number(),
  checkedInAt: z.string().nullable(),
  /** may I still change or cancel (until the day before) */
  canChange: z.boolean(),
  /** why I cannot book, in plain Chinese (no package fits, outside the window …) */
  blocked: z.string().nullable(),
  elsewhere: z
    .object({
      hospital: z.string(),
      examDate: z.string(),
      amountFen: z.number(),
      status: z.enum(['submitted', 'approved', 'rejected']),
      approvedFen: z.number().nullable(),
      note: z.string(),
    })
    .nullable(),
});
export type Mine = z.output<typeof mineOutput>;

export const bookOutput = z.object({
  bookingId: z.string(),
  slotId: z.string(),
  packageName: z.string(),
});

export const passOutput = rotatingPass.extend({
  date: z.string(),
  start: z.string(),
  packageName: z.string(),
});

export const checkinOutput = z.object({
  staffNo: z.string(),
  name: z.string(),
  date: z.string(),
  start: z.string(),
  packageName: z.string(),
  addons: z.array(z.string()),
  checkedInAt: z.string(),
  already: z.boolean(),
});

const countRow = z.object({
  booked: z.number(),
  checkedIn: z.number(),
  notBooked: z.number(),
});

export const progressOutput = z.object({
  campaignId: z.string(),
  name: z.string(),
  totals: countRow.extend({ eligible: z.number() }),
  branches: z.array(
    countRow.extend({ branchId: z.string(), name: z.string(), eligible: z.number() }),
  ),
  days: z.array(
    z.object({
      date: z.string(),
      capacity: z.number(),
      booked: z.number(),
      checkedIn: z.number(),
    }),
  ),
});
export type Progress = z.output<typeof progressOutput>;

export const campaignSummary = z.object({
  campaignId: z.string(),
  name: z.string(),
  bookOpenAt: z.string(),
  bookCloseAt: z.string(),
  phase: z.enum(PHASES),
  firstDate: z.string(),
  lastDate: z.string(),
});

export const elsewhereRow = z.object({
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  hospital: z.string(),
  examDate: z.string(),
  amountFen: z.number(),
  standardFen: z.number(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  approvedFen: z.number().nullable(),
  receiptUrl: z.string().nullable(),
});

export const xlsxOutput = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });

export const checkupsContract = defineContract({
  'checkups.createCampaign': {
    input: createCampaignInput,
    output: z.object({ campaignId: z.string(), slotIds: z.array(z.array(z.string())) }),
  },
  'checkups.listCampaigns': {
    input: empty,
    output: z.object({ campaigns: z.array(campaignSummary) }),
  },
  /** campaigns I can book now or soon (or closed within 60 days) */
  'checkups.current': { input: empty, output: z.object({ campaigns: z.array(campaignSummary) }) },
  'checkups.campaign': { input: campaignRef, output: campaignView },
  'checkups.slots': { input: campaignRef, output: slotsOutput },
  'checkups.book': { input: slotRef, output: bookOutput },
  'checkups.reschedule': { input: slotRef, output: z.object({ slotId: z.string() }) },
  'checkups.cancel': { input: campaignRef, output: z.object({ cancelled: z.boolean() }) },
  'checkups.mine': { input: campaignRef, output: mineOutput },
  'checkups.setAddons': {
    input: addonsInput,
    output: z.object({ addonIds: z.array(z.string()), addonsFen: z.number() }),
  },
  'checkups.pass': { input: campaignRef, output: passOutput },
  'checkups.checkin': { input: checkinInput, output: checkinOutput },
  'checkups.submitElsewhere': {
    input: elsewhereInput,
    output: z.object({ status: z.literal('submitted'), standardFen: z.number() }),
  },
  'checkups.listElsewhere': {
    input: campaignRef,
    output: z.object({ claims: z.array(elsewhereRow) }),
  },
  'checkups.reviewElsewhere': {
    input: reviewElsewhereInput,
    output: z.object({
      status: z.enum(['approved', 'rejected']),
      approvedFen: z.number().nullable(),
    }),
  },
  'checkups.progress': { input: progressInput, output: progressOutput },
  'checkups.exportDay': { input: dayExportInput, output: xlsxOutput },
});
export type CheckupsContract = typeof checkupsContract;
