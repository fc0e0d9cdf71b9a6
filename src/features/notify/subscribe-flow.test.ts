// The subscribe ask must reach the platform's request in the same tick as the tap: WeChat rejects
// a requestSubscribeMessage made after an await ("can only be invoked by user TAP gesture").
import type { NoticeKind } from '../../../domain/notify/notice';
import type { AskedTemplate, SubscribeResult } from './subscribe-answer';
import { createAsker, type SubscribeDeps } from './subscribe-flow';

const TEMPLATES: AskedTemplate[] = [
  { kind: 'event_reminder', templateId: 'T1', name: '活动开始提醒' },
  { kind: 'signup_result', templateId: 'T2', name: '报名结果通知' },
  { kind: 'steps_nudge', templateId: 'T3', name: '健步走同步提醒' },
];

function fakePlatform(answer: 'accept' | 'reject', canWaitForTemplates = false) {
  const log: string[] = [];
  const requested: string[][] = [];
  const recorded: SubscribeResult[][] = [];
  let loads = 0;
  const deps: SubscribeDeps = {
    loadTemplates: async () => {
      loads += 1;
      log.push('load');
      return TEMPLATES;
    },
    request: (asked) => {
      log.push('request');
      requested.push(asked.map((t) => t.templateId));
      return Promise.resolve(asked.map((t) => ({ kind: t.kind, result: answer })));
    },
    record: async (results) => {
      log.push('record');
      recorded.push(results);
    },
    canWaitForTemplates,
  };
  return { deps, log, requested, recorded, loads: () => loads };
}

it('calls the platform request before any await, then records the answer', async () => {
  const p = fakePlatform('accept');
  const asker = createAsker(p.deps);
  await asker.preload();
  p.log.length = 0;

  // a tap handler: ask first, then the action (which awaits the network)
  const order: string[] = [];
  const tap = async () => {
    const asking = asker.ask(['event_reminder', 'signup_result']);
    order.push(p.requested.length === 1 ? 'requested-in-tap' : 'not-yet');
    await asking;
    order.push('action');
  };
  const done = tap();
  // synchronously, before anything awaited has resumed
  expect(p.requested).toEqual([['T1', 'T2']]);
  expect(p.log).toEqual(['request']);
  await done;
  expect(order).toEqual(['requested-in-tap', 'action']);

  const outcome = await asker.ask(['steps_nudge']);
  expect(outcome).toMatchObject({ asked: true, accepted: ['steps_nudge'] });
  await outcome.recorded;
  expect(p.recorded.at(-1)).toEqual([{ kind: 'steps_nudge', result: 'accept' }]);
  expect(p.loads()).toBe(1); // the template ids come from the cache
});

it('in weapp, skips the ask (no await) when the template ids are not loaded yet, and loads them', async () => {
  const p = fakePlatform('accept', false);
  const asker = createAsker(p.deps);
  const outcome = await asker.ask(['event_reminder']);
  expect(outcome).toMatchObject({ asked: false, accepted: [] });
  expect(p.requested).toEqual([]);
  expect(p.loads()).toBe(1);

  // by the next tap they are there: asked at once
  void asker.ask(['event_reminder']);
  expect(p.requested).toEqual([['T1']]);
  expect(p.loads()).toBe(1);
});

it('where no tap is needed (h5 simulated dialog), waits for the template ids', async () => {
  const p = fakePlatform('reject', true);
  const asker = createAsker(p.deps);
  const outcome = await asker.ask(['signup_result']);
  expect(p.log.slice(0, 2)).toEqual(['load', 'request']);
  expect(outcome).toMatchObject({ asked: true, accepted: [] });
  await outcome.recorded;
  expect(p.recorded).toEqual([[{ kind: 'signup_result', result: 'reject' }]]);
});

it('never rejects: a failing dialog, record or template load does not stop the action', async () => {
  const kinds: NoticeKind[] = ['event_reminder'];
  const failing = createAsker({
    loadTemplates: () => Promise.reject(new Error('network')),
    request: () => {
      throw new Error('no dialog');
    },
    record: () => Promise.reject(new Error('network')),
    canWaitForTemplates: true,
  });
  await expect(failing.ask(kinds)).resolves.toMatchObject({ asked: false, accepted: [] });

  const p = fakePlatform('accept');
  const throwing = createAsker({
    ...p.deps,
    request: () => {
      throw new Error('no dialog');
    },
    record: () => Promise.reject(new Error('network')),
  });
  await throwing.preload();
  await expect(throwing.ask(kinds)).resolves.toMatchObject({ accepted: [] });

  const unrecorded = createAsker({ ...p.deps, record: () => Promise.reject(new Error('x')) });
  await unrecorded.preload();
  const o = await unrecorded.ask(kinds);
  expect(o.accepted).toEqual(['event_reminder']);
  await expect(o.recorded).resolves.toBeUndefined();
});

it('does not ask when none of the kinds has a template', async () => {
  const p = fakePlatform('accept');
  const asker = createAsker(p.deps);
  await asker.preload();
  await expect(asker.ask(['broadcast'])).resolves.toMatchObject({ asked: false });
  expect(p.requested).toEqual([]);
});
