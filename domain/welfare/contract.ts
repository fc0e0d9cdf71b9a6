// The welfare function's actions: gift batches (福利发放), choosing a gift (领取), the pickup code,
// hand-over at the counter (核销) and the numbers. Times cross the wire as ISO strings.
import { z } from 'zod';
import { defineContract, empty, id, isoInstant } from '../contract';
import { imageBase64 } from '../storage/schema';

export const FULFILMENTS = ['pickup', 'delivery', 'both'] as const;
export const PHASES = ['upcoming', 'open', 'closed'] as const;

const text = (max: number, label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}太长`);

export const optionInput = z.object({
  name: text(30, '礼包名称'),
  description: z.string().trim().max(200, '礼包说明太长').optional(),
  stock: z
    .number({ message: '请填写库存' })
    .int('库存应为整数')
    .min(0, '库存不能小于 0')
    .max(100_000, '库存太大'),
  /** a picture of the gift (https address) */
  imageUrl: z
    .string()
    .trim()
    .max(500, '图片地址太长')
    .regex(/^https?:\/\/\S+$/, '图片地址应以 http:// 或 https:// 开头')
    .optional(),
  /** what the gift is worth, in fen (分); shown as 元 */
  valueFen: z
    .number({ message: '请填写价值' })
    .int('价值最多精确到分')
    .min(0, '价值不能小于 0')
    .max(100_000_000, '价值太大')
    .optional(),
});

export const pointInput = z.object({
  name: text(30, '领取点名称'),
  place: text(60, '领取地点'),
  /** opening times as people read them, e.g. "11月25日–27日 9:00–16:00" */
  hours: text(60, '开放时间'),
  /** branches that pick up here; empty: everyone not served by another point */
  branchIds: z.array(id).max(50).default([]),
});

export const eligibilityInput = z.object({
  /** only union members (会员) */
  membersOnly: z.boolean().default(false),
  /** retirees (退休) included */
  includeRetired: z.boolean().default(true),
  /** only these branches; missing or empty: every branch */
  branchIds: z.array(id).max(100).optional(),
  /** only these people (a named list of 工号); missing or empty: nobody excluded by name */
  staffNos: z.array(z.string().trim().min(1).max(20)).max(10_000).optional(),
});
export type EligibilityInput = z.output<typeof eligibilityInput>;

const batchIdInput = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{4,40}$/, '批次编号只能是小写字母、数字和短横线');

export const createBatchInput = z
  .object({
    /** optional: a retried create with the same id creates nothing new */
    batchId: batchIdInput.optional(),
    name: text(40, '福利名称'),
    description: z.string().trim().max(500, '说明太长').default(''),
    claimOpenAt: isoInstant,
    claimCloseAt: isoInstant,
    options: z.array(optionInput).min(1, '至少需要一个礼包').max(10, '礼包最多 10 个'),
    /** index into options of the gift given at close to people who never chose; null: none */
    defaultOption: z.number().int().min(0).nullable().default(0),
    eligibility: eligibilityInput.default({ membersOnly: false, includeRetired: true }),
    fulfilment: z.enum(FULFILMENTS).default('pickup'),
    /** pickup points; none: each branch hands out at its own office */
    points: z.array(pointInput).max(50).default([]),
  })
  .refine((b) => new Date(b.claimCloseAt) > new Date(b.claimOpenAt), {
    message: '截止时间要晚于开始时间',
    path: ['claimCloseAt'],
  })
  .refine((b) => b.defaultOption === null || b.defaultOption < b.options.length, {
    message: '默认礼包不在礼包列表里',
    path: ['defaultOption'],
  });

export const updateBatchInput = z.object({
  batchId: id,
  name: text(40, '福利名称').optional(),
  description: z.string().trim().max(500).optional(),
  claimOpenAt: isoInstant.optional(),
  claimCloseAt: isoInstant.optional(),
  /** stock to add (or remove, negative) per option id */
  addStock: z.record(z.string(), z.number().int().min(-100_000).max(100_000)).optional(),
  points: z.array(pointInput).max(50).optional(),
  eligibility: eligibilityInput.optional(),
});

export const deliveryInput = z.object({
  recipient: text(20, '收件人'),
  phone: z
    .string({ message: '请填写手机号' })
    .trim()
    .regex(/^1\d{10}$/, '手机号应为 11 位'),
  address: text(120, '收货地址'),
});
export type DeliveryInput = z.output<typeof deliveryInput>;

export const claimInput = z.object({
  batchId: id,
  optionId: id,
  /** only for batches that deliver: where to send the gift; missing: pick up */
  delivery: deliveryInput.nullable().optional(),
});

export const batchRef = z.object({ batchId: id });

export const handoverInput = z.union([
  z.object({ batchId: id, token: z.string().trim().min(10, '二维码内容不对').max(300) }),
  z.object({
    batchId: id,
    code: z.string().trim().min(8, '请输入 8 位领取码').max(12, '领取码太长'),
  }),
]);

export const undoHandoverInput = z.object({
  batchId: id,
  staffNo: z.string().trim().min(1).max(20),
  reason: text(100, '撤销原因'),
});

export const PEOPLE_FILTERS = ['not_chosen', 'not_collected', 'all'] as const;
export const peopleInput = z.object({
  batchId: id,
  filter: z.enum(PEOPLE_FILTERS).default('not_chosen'),
  branchId: id.optional(),
  pointId: id.optional(),
  q: z.string().trim().max(20).optional(),
});

const optionOut = z.object({
  optionId: z.string(),
  name: z.string(),
  description: z.string(),
  imageUrl: z.string().nullable(),
  valueFen: z.number().nullable(),
  /** stock in total */
  stock: z.number(),
  left: z.number(),
});

const pointOut = z.object({
  pointId: z.string(),
  name: z.string(),
  place: z.string(),
  hours: z.string(),
});

export const batchView = z.object({
  batchId: z.string(),
  name: z.string(),
  description: z.string(),
  claimOpenAt: z.string(),
  claimCloseAt: z.string(),
  phase: z.enum(PHASES),
  fulfilment: z.enum(FULFILMENTS),
  defaultOptionId: z.string().nullable(),
  options: z.array(optionOut),
  eligible: z.boolean(),
  /** why not, in plain Chinese, when not eligible */
  ineligibleReason: z.string().nullable(),
  /** what I chose, if anything */
  myOptionId: z.string().nullable(),
  myHandedOverAt: z.string().nullable(),
});
export type BatchView = z.output<typeof batchView>;

const claimResult = z.object({ claimId: z.string(), optionId: z.string() });

export const myClaimOutput = z.object({
  claimId: z.string(),
  optionId: z.string(),
  optionName: z.string(),
  /** 8-digit typed code, rotating with the token */
  code: z.string(),
  token: z.string(),
  expiresAt: z.string(),
  handedOverAt: z.string().nullable(),
  batchName: z.string(),
  claimCloseAt: z.string(),
  /** where to pick up (null when delivered) */
  point: pointOut.nullable(),
  delivery: deliveryInput.nullable(),
  /** true when the gift was given by default because no choice was made */
  byDefault: z.boolean(),
});
export type MyClaim = z.output<typeof myClaimOutput>;

export const handoverOutput = z.object({
  staffNo: z.string(),
  name: z.string(),
  optionId: z.string(),
  optionName: z.string(),
  handedOverAt: z.string(),
  /** true: this gift had already been handed over (at handedOverAt) */
  already: z.boolean(),
});
export type HandoverResult = z.output<typeof handoverOutput>;

/**
 * Progress of a batch. `options`: per option its total stock, what is left, how many chose it
 * (claimed) and how many of those were handed over. `branches`: per branch the eligible people,
 * how many chose, did not choose, were handed over. A branch chair sees only their own branch
 * (options then count that branch's people; stock and left stay the batch's).
 */
export const progressOutput = z.object({
  batchId: z.string(),
  name: z.string(),
  phase: z.enum(PHASES),
  options: z.array(
    z.object({
      optionId: z.string(),
      name: z.string(),
      stock: z.number(),
      left: z.number(),
      claimed: z.number(),
      handedOver: z.number(),
    }),
  ),
  branches: z.array(
    z.object({
      branchId: z.string(),
      name: z.string(),
      eligible: z.number(),
      chosen: z.number(),
      notChosen: z.number(),
      handedOver: z.number(),
    }),
  ),
  totals: z.object({
    eligible: z.number(),
    chosen: z.number(),
    notChosen: z.number(),
    handedOver: z.number(),
  }),
});
export type Progress = z.output<typeof progressOutput>;

const personOut = z.object({
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  optionName: z.string().nullable(),
  pointName: z.string().nullable(),
  handedOverAt: z.string().nullable(),
});

export const batchSummary = z.object({
  batchId: z.string(),
  name: z.string(),
  claimOpenAt: z.string(),
  claimCloseAt: z.string(),
  phase: z.enum(PHASES),
  status: z.string(),
});

export const xlsxOutput = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });

export const welfareContract = defineContract({
  /** the batches I can see now (open, upcoming, or closed within the last 60 days), with my choice */
  'welfare.current': { input: empty, output: z.object({ batches: z.array(batchView) }) },
  'welfare.claim': { input: claimInput, output: claimResult },
  'welfare.myClaim': { input: batchRef, output: myClaimOutput },
  'welfare.handover': { input: handoverInput, output: handoverOutput },
  'welfare.undoHandover': {
    input: undoHandoverInput,
    output: z.object({ staffNo: z.string(), undone: z.boolean() }),
  },
  'welfare.createBatch': {
    input: createBatchInput,
    output: z.object({ batchId: z.string(), optionIds: z.array(z.string()) }),
  },
  'welfare.updateBatch': { input: updateBatchInput, output: batchSummary },
  'welfare.setOptionPhoto': {
    input: z.object({ batchId: id, optionId: id, imageBase64: imageBase64('礼包照片') }),
    output: z.object({ imageUrl: z.string().nullable() }),
  },
  'welfare.getBatch': {
    input: batchRef,
    output: batchSummary.extend({
      description: z.string(),
      fulfilment: z.enum(FULFILMENTS),
      options: z.array(optionOut),
      points: z.array(pointOut.extend({ branchIds: z.array(z.string()) })),
      defaultOptionId: z.string().nullable(),
    }),
  },
  'welfare.listBatches': { input: empty, output: z.object({ batches: z.array(batchSummary) }) },
  'welfare.progress': { input: batchRef, output: progressOutput },
  'welfare.people': {
    input: peopleInput,
    output: z.object({ people: z.array(personOut), total: z.number() }),
  },
  'welfare.export': { input: peopleInput, output: xlsxOutput },
  /** close now: apply the default gift to everyone who never chose (idempotent) */
  'welfare.close': {
    input: batchRef,
    output: z.object({
      batchId: z.string(),
      defaulted: z.number(),
      noStock: z.number(),
      repaired: z.number(),
    }),
  },
});
export type WelfareContract = typeof welfareContract;
