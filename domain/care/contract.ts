// The care function's actions (关爱帮扶): programmes, applying, the review chain, money, claim help,
// visits, the 公示 and the figures — inputs and outputs, once.
import { z } from 'zod';
import { defineContract, empty, id, ymd } from '../contract';
import {
  ATTACHMENT_TYPES,
  CASE_STATUSES,
  CLAIM_STATUSES,
  MAX_ATTACHMENT_BYTES,
  PAY_METHODS,
  PROGRAMME_KINDS,
  VISIT_REASONS,
} from './model';

const MAX_FEN = 100_000_000_00; // 1 亿元: no programme is larger

const fen = (label: string, max = MAX_FEN) =>
  z
    .number({ message: `${label}应为数字（单位：分）` })
    .int(`${label}应为整数（单位：分）`)
    .min(0, `${label}不能是负数`)
    .max(max, `${label}太大了，请核对`);

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .max(max, `${label}最多 ${max} 个字`);

const year = z
  .number({ message: '年度应为数字' })
  .int('年度应为整数')
  .min(2020, '年度应在 2020 到 2100 之间')
  .max(2100, '年度应在 2020 到 2100 之间');

const staffNo = z.string({ message: '请填写工号' }).trim().min(1, '请填写工号').max(20, '工号太长');

const reason = z.string({ message: '理由应为文字' }).trim().max(300, '理由最多 300 字');

export const checklistInput = z.object({
  key: z
    .string({ message: '材料编号应为文字' })
    .trim()
    .regex(/^[a-z0-9_-]{1,30}$/, '材料编号只能用小写字母、数字和下划线'),
  label: text('材料名称', 40).min(1, '请填写材料名称'),
  required: z.boolean({ message: '请选择材料是否必需' }).default(true),
  original: z.boolean({ message: '请选择原件还是复印件' }).default(false),
  where: text('原件交到哪里', 60).default(''),
});

export const createProgrammeInput = z
  .object({
    kind: z.enum(PROGRAMME_KINDS, { message: '请选择项目类别：困难帮扶、大病补助或理赔协助' }),
    name: text('项目名称', 40).min(2, '项目名称至少 2 个字'),
    year,
    budget: fen('年度预算'),
    rule: z
      .object({
        threshold: fen('起付线'),
        rate: z
          .number({ message: '补助比例应为 0 到 1 之间的数' })
          .min(0, '补助比例应为 0 到 1 之间的数')
          .max(1, '补助比例应为 0 到 1 之间的数'),
        yearlyCap: fen('年度封顶'),
      })
      .optional(),
    publicity: z.boolean({ message: '请选择是否公示' }).optional(),
    publicityDays: z
      .number({ message: '公示天数应为数字' })
      .int('公示天数应为整数')
      .min(1, '公示天数应在 1 到 30 天之间')
      .max(30, '公示天数应在 1 到 30 天之间')
      .default(7),
    membersOnly: z.boolean({ message: '请选择是否只面向会员' }).default(true),
    retirees: z.boolean({ message: '请选择是否面向退休教职工' }).default(true),
    checklist: z.array(checklistInput).max(20, '材料清单最多 20 项').default([]),
    opensOn: ymd.optional(),
    closesOn: ymd.optional(),
    committeeAbove: fen('需福利委员会审议的金额').default(500000),
    memberShare: z
      .number({ message: '帮扶人数比例应为 0 到 1 之间的数' })
      .min(0, '帮扶人数比例应为 0 到 1 之间的数')
      .max(1, '帮扶人数比例应为 0 到 1 之间的数')
      .default(0.02),
    retentionYears: z
      .number({ message: '保存年限应为数字' })
      .int('保存年限应为整数')
      .min(1, '保存年限应在 1 到 30 年之间')
      .max(30, '保存年限应在 1 到 30 年之间')
      .default(5),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'illness' && !p.rule)
      ctx.addIssue({
        code: 'custom',
        path: ['rule'],
        message: '大病补助需要填写补助规则：起付线、比例和年度封顶',
      });
    if (p.opensOn && p.closesOn && p.closesOn < p.opensOn)
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: '截止日期不能早于开始日期' });
  });

export const programmeOut = z.object({
  programmeId: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  name: z.string(),
  year: z.number(),
  checklist: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      required: z.boolean(),
      original: z.boolean(),
      where: z.string(),
    }),
  ),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  rule: z.object({ threshold: z.number(), rate: z.number(), yearlyCap: z.number() }).nullable(),
  publicity: z.boolean(),
  /** why I may not apply today, or null */
  blocked: z.string().nullable(),
});
export type ProgrammeView = z.infer<typeof programmeOut>;

export const applyInput = z.object({
  programmeId: id,
  story: text('情况说明', 2000),
  selfPaid: fen('自付费用').optional(),
  /** a branch chair (or admin) filing for someone: their 工号 */
  staffNo: staffNo.optional(),
  /** save as a draft, not submit yet */
  draft: z.boolean({ message: '草稿标记应为是或否' }).optional(),
});

const caseRef = z.object({ caseId: id });

export const updateInput = z.object({
  caseId: id,
  story: text('情况说明', 2000).optional(),
  selfPaid: fen('自付费用').optional(),
});

export const uploadInput = z.object({
  caseId: id,
  /** the file's bytes, base64 (the server checks what they really are) */
  base64: z
    .string({ message: '请选择要上传的材料' })
    .min(8, '请选择要上传的材料')
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8, '材料文件太大，请小于 4 MB'),
  /** the checklist item it answers */
  item: z.string().trim().max(30, '材料编号太长').default(''),
});

export const removeAttachmentInput = z.object({ caseId: id, fileId: id.max(300) });

export const reviewInput = z.object({
  caseId: id,
  decision: z.enum(['approve', 'return', 'decline'], {
    message: '请选择批准、退回补充或不予批准',
  }),
  amount: fen('补助金额').optional(),
  reason: reason.default(''),
});

export const payInput = z.object({
  caseId: id,
  on: ymd,
  method: z.enum(PAY_METHODS, { message: '请选择发放方式：工资卡、现金或转账' }),
});

export const claimInput = z.object({
  caseId: id,
  claimStatus: z.enum(CLAIM_STATUSES, {
    message: '请选择理赔进度：材料待补、已收齐、已递交、已赔付或未获赔',
  }),
  claimAmount: fen('赔付金额').optional(),
  reason: reason.default(''),
});

export const queueInput = z.object({
  status: z.enum(CASE_STATUSES, { message: '状态不对' }).optional(),
  /** 姓名或工号 */
  q: z.string().trim().max(20, '搜索词最多 20 个字').optional(),
});

export const yearInput = z.object({ year });

export const visitInput = z.object({
  staffNo,
  on: ymd,
  reason: z.enum(VISIT_REASONS, {
    message: '请选择慰问原因：生病住院、生活困难、退休、丧事、生育或其他',
  }),
  gift: text('慰问品', 60).default(''),
  value: fen('慰问金额', 10_000_000).default(0),
});

const attachmentOut = z.object({
  fileId: z.string(),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number(),
  item: z.string(),
  /** a short-lived link, only for the people who may read the case */
  url: z.string(),
});

const stepOut = z.object({
  at: z.string(),
  role: z.string(),
  from: z.string(),
  to: z.string(),
  amount: z.number().nullable(),
  reason: z.string(),
});

export const caseOut = z.object({
  caseId: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  year: z.number(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  /** what the reader (applicant or reviewer) should do next, in plain words */
  next: z.string(),
  story: z.string(),
  selfPaid: z.number().nullable(),
  suggestedAmount: z.number().nullable(),
  amount: z.number().nullable(),
  reason: z.string(),
  checklist: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      required: z.boolean(),
      original: z.boolean(),
      where: z.string(),
      done: z.boolean(),
    }),
  ),
  missing: z.array(z.string()),
  attachments: z.array(attachmentOut),
  history: z.array(stepOut),
  claimStatus: z.enum(CLAIM_STATUSES).nullable(),
  claimAmount: z.number().nullable(),
  payment: z.object({ on: z.string(), method: z.enum(PAY_METHODS) }).nullable(),
  /** the reader's part: applicant, filer, branch_chair, admin, care_committee */
  as: z.string(),
  /** can the reader act on it now (review, pay, edit) */
  canReview: z.boolean(),
  canEdit: z.boolean(),
  canPay: z.boolean(),
  purged: z.boolean(),
});
export type CaseView = z.infer<typeof caseOut>;

export const caseSummary = z.object({
  caseId: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  programmeName: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  name: z.string(),
  staffNo: z.string(),
  branchName: z.string(),
  amount: z.number().nullable(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

const bucket = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  amount: z.number(),
});

export const careContract = defineContract({
  'care.createProgramme': {
    input: createProgrammeInput,
    output: z.object({ programmeId: z.string() }),
  },
  'care.programmes': {
    input: z.object({ year: year.optional() }),
    output: z.object({ programmes: z.array(programmeOut) }),
  },
  'care.apply': {
    input: applyInput,
    output: z.object({
      caseId: z.string(),
      status: z.enum(CASE_STATUSES),
      suggestedAmount: z.number().optional(),
    }),
  },
  'care.update': {
    input: updateInput,
    output: z.object({ caseId: z.string(), suggestedAmount: z.number().optional() }),
  },
  'care.submit': { input: caseRef, output: z.object({ status: z.enum(CASE_STATUSES) }) },
  'care.withdraw': { input: caseRef, output: z.object({ status: z.enum(CASE_STATUSES) }) },
  'care.upload': {
    input: uploadInput,
    output: z.object({
      fileId: z.string(),
      type: z.enum(ATTACHMENT_TYPES),
      missing: z.array(z.string()),
    }),
  },
  'care.removeAttachment': {
    input: removeAttachmentInput,
    output: z.object({ missing: z.array(z.string()) }),
  },
  'care.case': { input: caseRef, output: caseOut },
  'care.mine': {
    input: empty,
    output: z.object({
      cases: z.array(
        z.object({
          caseId: z.string(),
          status: z.enum(CASE_STATUSES),
          statusLabel: z.string(),
          programmeName: z.string(),
          next: z.string(),
          amount: z.number().nullable(),
          updatedAt: z.string(),
        }),
      ),
    }),
  },
  'care.queue': { input: queueInput, output: z.object({ cases: z.array(caseSummary) }) },
  'care.review': {
    input: reviewInput,
    output: z.object({
      status: z.enum(CASE_STATUSES),
      amount: z.number().optional(),
      /** e.g. the members' share would be passed */
      warning: z.string().optional(),
    }),
  },
  'care.pay': { input: payInput, output: z.object({ status: z.enum(CASE_STATUSES) }) },
  'care.claim': {
    input: claimInput,
    output: z.object({ claimStatus: z.enum(CLAIM_STATUSES), status: z.enum(CASE_STATUSES) }),
  },
  'care.ledger': {
    input: z.object({ programmeId: id }),
    output: z.object({
      budget: z.number(),
      reserved: z.number(),
      paid: z.number(),
      left: z.number(),
    }),
  },
  'care.totals': {
    input: yearInput,
    output: z.object({
      byProgramme: z.array(bucket.extend({ budget: z.number(), left: z.number() })),
      byBranch: z.array(bucket),
      byMonth: z.array(bucket),
      visits: z.object({ count: z.number(), value: z.number() }),
      /** people helped by hardship programmes this year, and the members' share limit */
      hardshipPeople: z.number(),
      hardshipLimit: z.number(),
    }),
  },
  'care.export': {
    input: yearInput.extend({ programmeId: id.optional() }),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number() }),
  },
  'care.publicity': {
    input: z.object({ programmeId: id }),
    output: z.object({
      programmeName: z.string(),
      items: z.array(z.object({ name: z.string(), branch: z.string(), amount: z.number() })),
    }),
  },
  'care.recordVisit': {
    input: visitInput,
    output: z.object({ visitId: z.string() }),
  },
  'care.visits': {
    input: yearInput,
    output: z.object({
      visits: z.array(
        z.object({
          visitId: z.string(),
          name: z.string(),
          staffNo: z.string(),
          branchName: z.string(),
          on: z.string(),
          reason: z.enum(VISIT_REASONS),
          gift: z.string(),
          value: z.number(),
        }),
      ),
    }),
  },
});
export type CareContract = typeof careContract;
