// The notify function's actions: my inbox, reading it, recording subscribe answers (the quota
// ledger), the template ids the app asks for, and the union's broadcasts with their delivery.
import { z } from 'zod';
import { defineContract, empty, id } from '../contract';
import { NOTICE_KINDS } from './notice';

export const noticeKind = z.enum(NOTICE_KINDS, { message: '不认识的消息类型' });

export const inboxItem = z.object({
  id: z.string(),
  kind: noticeKind,
  title: z.string(),
  body: z.string(),
  /** ISO instant */
  createdAt: z.string(),
  read: z.boolean(),
  /** the app page tapping it opens ('' when none) */
  page: z.string(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxOutput = z.object({ items: z.array(inboxItem), unread: z.number().int() });

export const readInput = z.union([
  z.object({ id }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

export const subscribeInput = z.object({
  templates: z
    .array(
      z.object({
        kind: noticeKind,
        result: z.enum(['accept', 'reject'], { message: '订阅结果只能是 accept 或 reject' }),
      }),
    )
    .min(1, '至少要有一个订阅结果')
    .max(9, '一次最多记录 9 个订阅结果'),
});

export const subscribeOutput = z.object({
  /** accepts recorded (one per template id) */
  accepted: z.number().int(),
  /** sends left per kind after this answer */
  quota: z.array(z.object({ kind: noticeKind, left: z.number().int() })),
});

export const templatesInput = z.object({ kinds: z.array(noticeKind).max(9).optional() });
export const templatesOutput = z.object({
  templates: z.array(z.object({ kind: noticeKind, templateId: z.string(), name: z.string() })),
});

export const audience = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('all') }),
    z.object({ type: z.literal('branch'), branchId: id }),
    z.object({ type: z.literal('event'), eventId: id }),
  ],
  { message: '请选择发给谁' },
);
export type Audience = z.infer<typeof audience>;

export const broadcastInput = z.object({
  audience,
  title: z
    .string({ message: '请填写标题' })
    .trim()
    .min(1, '请填写标题')
    .max(40, '标题最多 40 个字'),
  body: z
    .string({ message: '请填写内容' })
    .trim()
    .min(1, '请填写内容')
    .max(500, '内容最多 500 个字'),
  /** optional, made by the app once per compose: a retried send creates nothing new */
  broadcastId: z
    .string()
    .trim()
    .regex(/^bc-[A-Za-z0-9-]{6,40}$/, '通知编号格式不对')
    .optional(),
});

export const broadcastStatusOutput = z.object({
  broadcastId: z.string(),
  title: z.string(),
  body: z.string(),
  audienceLabel: z.string(),
  createdAt: z.string(),
  /** 'sending' until every inbox has it */
  state: z.enum(['sending', 'done']),
  /** inboxes it reached */
  inbox: z.number().int(),
  read: z.number().int(),
  /** as a subscription message: sent, still waiting (quiet hours, retry), not sent (no quota) */
  subscription: z.object({
    sent: z.number().int(),
    waiting: z.number().int(),
    inboxOnly: z.number().int(),
  }),
});

export const broadcastListOutput = z.object({
  items: z.array(
    z.object({
      broadcastId: z.string(),
      title: z.string(),
      audienceLabel: z.string(),
      createdAt: z.string(),
      total: z.number().int(),
    }),
  ),
});

export const notifyContract = defineContract({
  'notify.inbox': { input: empty, output: inboxOutput },
  'notify.read': { input: readInput, output: z.object({ unread: z.number().int() }) },
  'notify.subscribe': { input: subscribeInput, output: subscribeOutput },
  'notify.templates': { input: templatesInput, output: templatesOutput },
  'notify.broadcast': {
    input: broadcastInput,
    output: z.object({ broadcastId: z.string(), total: z.number().int() }),
  },
  /** before sending: how many people the audience is (the confirmation says it) */
  'notify.audienceSize': {
    input: z.object({ audience }),
    output: z.object({ total: z.number().int(), audienceLabel: z.string() }),
  },
  'notify.broadcastStatus': { input: z.object({ broadcastId: id }), output: broadcastStatusOutput },
  'notify.broadcasts': { input: empty, output: broadcastListOutput },
});
