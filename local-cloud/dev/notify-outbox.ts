// The local stand-in for WeChat's subscribeMessage.send: answers the SDK's `wx.api` platform
// action like WeChat does (errcode, with the same field checks), records each sent message in a
// persisted outbox (emulator collection _dev_outbox) that the dev panel's "phone" shows, and has a
// switch to make the next sends fail (43101, transient) for tests. Local mode only.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getDb } from '../../cloudfunctions/_kit/db';
import { FIELD_LIMITS, type FieldType } from '../../domain/notify/templates';
import { platformActions } from '../admin-route';
import { readValid, sendJson } from '../http/body';
import { addDevRoute } from './router';

export const DEV_OUTBOX = '_dev_outbox';

/** Collections of the local cloud's own dev tools (never in the deploy plan: not production). */
export const DEV_COLLECTIONS = [DEV_OUTBOX];

interface FailRule {
  errcode: number;
  /** sends left to fail */
  times: number;
  touser?: string;
}

const failRules: FailRule[] = [];

const sendRequest = z.object({
  touser: z.string().min(1),
  template_id: z.string().min(1),
  page: z.string().default(''),
  data: z.record(z.string(), z.object({ value: z.string() })),
  miniprogram_state: z.string().optional(),
});

const answer = (errcode: number, errmsg: string) => ({
  requestId: randomUUID(),
  data: { responseData: JSON.stringify({ errcode, errmsg }) },
});

/** WeChat's own checks of field values (47003 "argument invalid! data.thing1.value …"). */
export function fieldProblem(data: Record<string, { value: string }>): string | null {
  for (const [key, { value }] of Object.entries(data)) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1] as FieldType | undefined;
    if (!type || !(type in FIELD_LIMITS)) continue;
    const n = Array.from(value).length;
    if (n === 0 || n > FIELD_LIMITS[type]) return `data.${key}.value`;
    if (type === 'phrase' && !/^\p{Script=Han}+$/u.test(value)) return `data.${key}.value`;
    if (
      type === 'time' &&
      !/^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d$/.test(value)
    )
      return `data.${key}.value`;
  }
  return null;
}

async function subscribeMessageSend(requestData: unknown) {
  const parsed = sendRequest.safeParse(requestData);
  if (!parsed.success) return answer(47001, 'data format error');
  const m = parsed.data;
  const problem = fieldProblem(m.data);
  if (problem) return answer(47003, `argument invalid! ${problem} invalid`);
  const rule = failRules.find((r) => r.times > 0 && (!r.touser || r.touser === m.touser));
  if (rule) {
    rule.times -= 1;
    return answer(
      rule.errcode,
      rule.errcode === 43101 ? 'user refuse to accept the msg' : 'system error',
    );
  }
  await getDb()
    .collection(DEV_OUTBOX)
    .add({
      touser: m.touser,
      templateId: m.template_id,
      page: m.page,
      data: m.data,
      miniprogramState: m.miniprogram_state ?? 'formal',
      sentAt: new Date(),
    });
  return answer(0, 'ok');
}

// wx.api carries every WeChat open API; this module answers subscribeMessage.send and passes
// any other apiName on to a handler registered before it.
const previous = platformActions.get('wx.api');
platformActions.set('wx.api', async (body) => {
  if (body.apiName !== 'subscribeMessage.send') {
    if (previous) return previous(body);
    return answer(-1, `api ${String(body.apiName)} is not simulated by the local cloud`);
  }
  let requestData: unknown;
  try {
    requestData =
      typeof body.requestData === 'string' ? JSON.parse(body.requestData) : body.requestData;
  } catch {
    return { code: 'INVALID_PARAM', message: 'requestData is not JSON', requestId: randomUUID() };
  }
  return subscribeMessageSend(requestData);
});

export interface OutboxMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  sentAt: string;
}

export async function outboxMessages(touser?: string): Promise<OutboxMessage[]> {
  const res = await getDb()
    .collection(DEV_OUTBOX)
    .where(touser ? { touser } : {})
    .orderBy('sentAt', 'desc')
    .limit(200)
    .get();
  return (res.data as (OutboxMessage & { sentAt: Date })[]).map((d) => ({
    touser: d.touser,
    templateId: d.templateId,
    page: d.page,
    data: d.data,
    sentAt: new Date(d.sentAt).toISOString(),
  }));
}

addDevRoute({
  method: 'GET',
  path: /^\/outbox$/,
  handle: async ({ res, url }) =>
    sendJson(res, 200, {
      messages: await outboxMessages(url.searchParams.get('touser') ?? undefined),
    }),
});

const failInput = z.object({
  /** 0 clears every rule */
  errcode: z.number().int(),
  times: z.number().int().min(1).max(1000).default(1),
  touser: z.string().min(1).optional(),
});

addDevRoute({
  method: 'POST',
  path: /^\/outbox\/fail$/,
  handle: async ({ req, res }) => {
    const input = await readValid(req, res, failInput);
    if (!input) return;
    if (input.errcode === 0) failRules.length = 0;
    else failRules.push({ errcode: input.errcode, times: input.times, touser: input.touser });
    sendJson(res, 200, { ok: true, rules: failRules.filter((r) => r.times > 0) });
  },
});

addDevRoute({
  method: 'POST',
  path: /^\/outbox\/clear$/,
  handle: async ({ res }) => {
    const _ = getDb().command;
    const r = await getDb()
      .collection(DEV_OUTBOX)
      .where({ touser: _.exists(true) })
      .remove();
    failRules.length = 0;
    sendJson(res, 200, { ok: true, deleted: (r as { deleted?: number }).deleted ?? 0 });
  },
});
