// The notify function through the real SDK and the local cloud: the quota ledger under
// concurrency, the reminder job (idempotent, quiet hours, 43101, retries), the inbox and broadcasts.
import { COLLECTIONS } from '../../database/collections';
import { quotaIdOf } from '../../domain/notify/rules';
import { createLogger } from '../_kit';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { DEV_OUTBOX } from '../../local-cloud/dev/notify-outbox';
import { deliver } from './deliver';
import { enqueueNotice } from './enqueue';
import { addQuota, takeQuota } from './quota-repo';
import { getSender } from './sender';

let t: TestCloud;
const HOUR = 3600_000;
const log = createLogger({ test: 'notify' });

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  process.env.QUIET_HOURS = 'off';
});
afterAll(() => t.stop());
afterEach(() => t.setDbLatency(null));

const fire = () =>
  t.data<{ runs: { result: { ok: boolean; data: unknown } }[] }>('notify', {
    Type: 'Timer',
    TriggerName: 'tick',
  });
const outbox = async (touser?: string) => {
  const r = await fetch(`${t.cloud.url}/api/dev/outbox${touser ? `?touser=${touser}` : ''}`);
  return (
    (await r.json()) as {
      messages: {
        touser: string;
        templateId: string;
        page: string;
        data: Record<string, { value: string }>;
      }[];
    }
  ).messages;
};
const failNext = (errcode: number, touser?: string, times = 1) =>
  fetch(`${t.cloud.url}/api/dev/outbox/fail`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errcode, touser, times }),
  });
const ledger = async (openid: string, templateId: string) => {
  const res = await t.db
    .collection(COLLECTIONS.notifyQuota)
    .doc(quotaIdOf(openid, templateId))
    .get();
  return (res.data as { left: number }[])[0]?.left;
};
const inboxDoc = async (id: string) =>
  (
    (await t.db.collection(COLLECTIONS.notifyInbox).doc(id).get()).data as {
      send: { state: string; attempts: number; reason?: string; nextAt: Date };
    }[]
  )[0];
const accept = (openid: string, kinds: string[]) =>
  t.data(
    'notify',
    { action: 'notify.subscribe', templates: kinds.map((kind) => ({ kind, result: 'accept' })) },
    openid,
  );

let seq = 0;
async function eventStartingIn(ms: number, staffNos: string[]): Promise<string> {
  const eventId = `ev-notify-${++seq}`;
  await t.db.collection(COLLECTIONS.events).add({
    _id: eventId,
    title: '名师有约·品茶论道（第三期）——中医养生与教师健康',
    location: '图书馆三楼报告厅',
    startAt: new Date(Date.now() + ms),
    status: 'published',
  });
  for (const staffNo of staffNos)
    await t.db
      .collection(COLLECTIONS.eventSignups)
      .add({ _id: `${eventId}:${staffNo}`, eventId, staffNo, status: 'confirmed' });
  return eventId;
}

describe('quota ledger', () => {
  it('counts accepts atomically, even the first ones racing to create the ledger', async () => {
    t.setDbLatency(RACE_LATENCY_MS);
    await Promise.all(Array.from({ length: 128 }, () => accept('dev-100020', ['gift_reminder'])));
    t.setDbLatency(null);
    expect(await ledger('dev-100020', 'dev-tpl-gift-reminder')).toBe(128);
    const answer = await t.data<{ accepted: number; quota: { kind: string; left: number }[] }>(
      'notify',
      {
        action: 'notify.subscribe',
        templates: [
          { kind: 'gift_reminder', result: 'reject' },
          { kind: 'pickup_ready', result: 'accept' },
        ],
      },
      'dev-100020',
    );
    expect(answer).toEqual({
      accepted: 1,
      quota: [
        { kind: 'gift_reminder', left: 128 },
        { kind: 'pickup_ready', left: 1 },
      ],
    });
  });

  it('never goes below zero when many sends take from it at once', async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) await addQuota(t.db, 'dev-100021', '100021', 'tpl-x', now);
    t.setDbLatency(RACE_LATENCY_MS);
    const taken = await Promise.all(
      Array.from({ length: 128 }, () => takeQuota(t.db, 'dev-100021', 'tpl-x', now)),
    );
    expect(taken.filter(Boolean)).toHaveLength(5);
    expect(await ledger('dev-100021', 'tpl-x')).toBe(0);
  });

  it('rejects bad input and writes nothing', async () => {
    t.resetRequests();
    const r = await t.call(
      'notify',
      { action: 'notify.subscribe', templates: [{ kind: 'nope', result: 'accept' }] },
      'dev-100022',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    expect(t.requests()).toBe(0);
  });
});

describe('the reminder job', () => {
  it('sends each accepted recipient one reminder, however often it runs, and the rest see it in the inbox', async () => {
    const eventId = await eventStartingIn(5 * HOUR, ['100030', '100031', '100032']);
    await accept('dev-100030', ['event_reminder']);
    await accept('dev-100031', ['event_reminder', 'signup_result']);
    t.resetRequests();
    t.setDbLatency(RACE_LATENCY_MS);
    await Promise.all([fire(), fire()]);
    t.setDbLatency(null);
    await fire();
    const mine = (await outbox()).filter((m) => m.page.includes(eventId));
    expect(mine.map((m) => m.touser).sort()).toEqual(['dev-100030', 'dev-100031']);
    expect(mine[0]).toMatchObject({
      templateId: 'dev-tpl-event-reminder',
      page: `packages/events/pages/detail/index?id=${eventId}`,
    });
    expect(Array.from(mine[0].data.thing1.value)).toHaveLength(20);
    expect(mine[0].data.time2.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect(await ledger('dev-100030', 'dev-tpl-event-reminder')).toBe(0);
    // no quota: inbox only
    expect((await inboxDoc(`event_reminder:${eventId}:100032:24h`)).send).toMatchObject({
      state: 'skipped',
      reason: 'no_quota',
    });
    const inbox = await t.data<{
      items: { id: string; kind: string; title: string; read: boolean; page: string }[];
      unread: number;
    }>('notify', { action: 'notify.inbox' }, 'dev-100032');
    expect(inbox.items.filter((i) => i.kind === 'event_reminder')).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      title: expect.stringContaining('活动提醒'),
      read: false,
      page: expect.stringContaining(eventId),
    });
    // three runs, all the demo data's other schedules included
    expect(t.requests()).toBeLessThan(80);
  });

  it('sends the 1 h reminder too, and nothing for an event more than a day away', async () => {
    const soon = await eventStartingIn(30 * 60_000, ['100033']);
    const later = await eventStartingIn(30 * HOUR, ['100033']);
    await accept('dev-100033', ['event_reminder']);
    await fire();
    const pages = (await outbox('dev-100033')).map((m) => m.page);
    expect(pages.filter((p) => p.includes(soon))).toHaveLength(1);
    expect(pages.filter((p) => p.includes(later))).toHaveLength(0);
    expect(await inboxDoc(`event_reminder:${soon}:100033:1h`)).toBeDefined();
  });

  it('on 43101 keeps the message in the inbox only and sets the ledger to 0', async () => {
    await accept('dev-100040', ['event_reminder']);
    await accept('dev-100040', ['event_reminder']);
    await failNext(43101, 'dev-100040');
    const eventId = await eventStartingIn(3 * HOUR, ['100040']);
    await fire();
    expect((await outbox('dev-100040')).length).toBe(0);
    expect((await inboxDoc(`event_reminder:${eventId}:100040:24h`)).send).toMatchObject({
      state: 'skipped',
      reason: 'no_subscription',
    });
    expect(await ledger('dev-100040', 'dev-tpl-event-reminder')).toBe(0);
  });

  it('retries transient failures with backoff, giving the quota back meanwhile', async () => {
    await accept('dev-100041', ['proposal_answered']);
    const now = new Date();
    const { id } = await enqueueNotice(
      t.db,
      {
        kind: 'proposal_answered',
        subject: 'p-1',
        slot: 'r1',
        staffNo: '100041',
        title: '你的提案有了答复',
        body: '答复了',
        fields: { title: '食堂', department: '后勤处', status: '已采纳' },
      },
      now,
    );
    await failNext(-1, 'dev-100041');
    const opts = { quiet: null, sender: getSender(), env: process.env, log };
    const first = await deliver(t.db, now, opts);
    expect(first.retrying).toBeGreaterThanOrEqual(1);
    const doc = await inboxDoc(id);
    expect(doc.send).toMatchObject({ state: 'pending', attempts: 1 });
    expect(new Date(doc.send.nextAt).getTime()).toBe(now.getTime() + 60_000);
    expect(await ledger('dev-100041', 'dev-tpl-proposal-answered')).toBe(1);
    // not due yet
    await deliver(t.db, new Date(now.getTime() + 30_000), opts);
    expect((await outbox('dev-100041')).length).toBe(0);
    await deliver(t.db, new Date(now.getTime() + 61_000), opts);
    const sent = await outbox('dev-100041');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toEqual({
      thing1: { value: '食堂' },
      thing2: { value: '后勤处' },
      phrase3: { value: '已采纳' },
    });
    expect((await inboxDoc(id)).send).toMatchObject({ state: 'sent', attempts: 2 });
    expect(await ledger('dev-100041', 'dev-tpl-proposal-answered')).toBe(0);
  });

  it('sends nothing during quiet hours; due messages wait', async () => {
    const bjMinute = Math.floor((Date.now() / 60_000 + 8 * 60) % (24 * 60));
    const hhmm = (m: number) =>
      `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((m + 1440) % 1440) % 60).padStart(2, '0')}`;
    process.env.QUIET_HOURS = `${hhmm(bjMinute - 5)}-${hhmm(bjMinute + 60)}`;
    try {
      await accept('dev-100042', ['event_reminder']);
      const eventId = await eventStartingIn(4 * HOUR, ['100042']);
      await fire();
      expect((await outbox('dev-100042')).length).toBe(0);
      expect((await inboxDoc(`event_reminder:${eventId}:100042:24h`)).send.state).toBe('pending');
    } finally {
      process.env.QUIET_HOURS = 'off';
    }
    await fire();
    expect((await outbox('dev-100042')).length).toBe(1);
  });
});

describe('inbox', () => {
  it('lists my notices with unread markers and marks them read', async () => {
    const now = new Date();
    for (const slot of ['a', 'b', 'c'])
      await enqueueNotice(
        t.db,
        {
          kind: 'signup_result',
          subject: 'ev-x',
          slot,
          staffNo: '100050',
          title: `报名结果 ${slot}`,
          body: '报名成功',
        },
        now,
      );
    const box = await t.data<{ items: { id: string }[]; unread: number }>(
      'notify',
      { action: 'notify.inbox' },
      'dev-100050',
    );
    expect(box.unread).toBe(3);
    // someone else's id changes nothing
    expect(
      await t.data('notify', { action: 'notify.read', id: box.items[0].id }, 'dev-100051'),
    ).toEqual({ unread: 0 });
    expect(
      await t.data('notify', { action: 'notify.read', id: box.items[0].id }, 'dev-100050'),
    ).toEqual({ unread: 2 });
    expect(await t.data('notify', { action: 'notify.read', all: true }, 'dev-100050')).toEqual({
      unread: 0,
    });
    expect(await t.call('notify', { action: 'notify.read' }, 'dev-100050')).toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
  });

  it('reads a duplicate enqueue as the same notice', async () => {
    const n = {
      kind: 'signup_result' as const,
      subject: 'ev-y',
      slot: 'promoted',
      staffNo: '100052',
      title: 't',
      body: 'b',
    };
    expect(await enqueueNotice(t.db, n, new Date())).toMatchObject({ created: true });
    expect(await enqueueNotice(t.db, n, new Date())).toMatchObject({ created: false });
  });

  it('stays within its request budgets', async () => {
    t.resetRequests();
    await t.data('notify', { action: 'notify.inbox' }, 'dev-100050');
    expect(t.requests()).toBe(3); // identity, list, unread count
    await accept('dev-100050', ['event_reminder']);
    t.resetRequests();
    await accept('dev-100050', ['event_reminder']);
    expect(t.requests()).toBe(3); // identity, one atomic increment, quota read
  });

  it('tells the app which template ids to ask for', async () => {
    const r = await t.data<{ templates: { kind: string; templateId: string }[] }>(
      'notify',
      { action: 'notify.templates', kinds: ['event_reminder', 'gift_reminder'] },
      'dev-100050',
    );
    expect(r.templates.map((x) => x.templateId)).toEqual([
      'dev-tpl-event-reminder',
      'dev-tpl-gift-reminder',
    ]);
  });
});

describe('broadcasts', () => {
  it('a branch chair reaches exactly their branch, and sees inbox vs subscription counts', async () => {
    const staff = (
      await t.db.collection(COLLECTIONS.staff).where({ active: true }).limit(1000).get()
    ).data as { staffNo: string; branchId: string; openid?: string }[];
    const b06 = staff.filter((s) => s.branchId === 'b06');
    const subscriber = b06.find((s) => s.openid && s.openid.startsWith('dev-1'))!;
    await accept(subscriber.openid!, ['broadcast']);
    const { broadcastId, total } = await t.data<{ broadcastId: string; total: number }>(
      'notify',
      {
        action: 'notify.broadcast',
        audience: { type: 'branch', branchId: 'b06' },
        title: '分工会通知',
        body: '周五下午三点在工会活动室开会，请准时参加。',
      },
      'dev-chair',
    );
    expect(total).toBe(b06.length);
    const docs = (
      await t.db
        .collection(COLLECTIONS.notifyInbox)
        .where({ subject: broadcastId })
        .limit(1000)
        .get()
    ).data as { staffNo: string }[];
    expect(docs.map((d) => d.staffNo).sort()).toEqual(b06.map((s) => s.staffNo).sort());
    await fire();
    const status = await t.data<{
      inbox: number;
      subscription: { sent: number; waiting: number; inboxOnly: number };
    }>('notify', { action: 'notify.broadcastStatus', broadcastId }, 'dev-chair');
    expect(status).toMatchObject({
      inbox: b06.length,
      subscription: { sent: 1, waiting: 0, inboxOnly: b06.length - 1 },
    });
    // another branch, or everyone: not theirs to write to
    expect(
      await t.call(
        'notify',
        {
          action: 'notify.broadcast',
          audience: { type: 'branch', branchId: 'b07' },
          title: 'x',
          body: 'y',
        },
        'dev-chair',
      ),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(
      await t.call(
        'notify',
        { action: 'notify.broadcast', audience: { type: 'all' }, title: 'x', body: 'y' },
        'dev-chair',
      ),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('a retried broadcast with the same id sends nothing twice', async () => {
    const input = {
      action: 'notify.broadcast',
      audience: { type: 'branch', branchId: 'b02' },
      title: '通知',
      body: '内容',
      broadcastId: 'bc-retry-000001',
    };
    const a = await t.data<{ total: number }>('notify', input, 'dev-admin');
    const b = await t.data<{ total: number }>('notify', input, 'dev-admin');
    expect(b.total).toBe(a.total);
    const n = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ subject: 'bc-retry-000001' })
      .count();
    expect(n.total).toBe(a.total);
    const list = await t.data<{ items: { broadcastId: string }[] }>(
      'notify',
      { action: 'notify.broadcasts' },
      'dev-admin',
    );
    expect(list.items.map((i) => i.broadcastId)).toContain('bc-retry-000001');
  });

  it('keeps the dev outbox in the local cloud database', async () => {
    const n = await t.db.collection(DEV_OUTBOX).count();
    expect(n.total).toBeGreaterThan(0);
  });
});
