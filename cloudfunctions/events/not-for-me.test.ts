// D14: a women-only event tells a man plainly, in the list and on its page, that he can't sign up.
import { COLLECTIONS } from '../../database/collections';
import type { EventDetail, EventSummary } from '../../domain/events/contract';
import { seedEvents } from '../../local-cloud/seed/events';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
let man: string;
let woman: string;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedEvents(t.db, new Date());
  const pick = async (gender: string) => {
    const res = await t.db
      .collection(COLLECTIONS.staff)
      .where({ gender, active: true, openid: t.db.command.exists(true) })
      .orderBy('_id', 'desc')
      .limit(1)
      .get();
    return `dev-${(res.data as { staffNo: string }[])[0].staffNo}`;
  };
  man = await pick('男');
  woman = await pick('女');
});
afterAll(() => t.stop());

const list = (openid: string) =>
  t.data<{ items: EventSummary[] }>('events', { action: 'events.list', scope: 'upcoming' }, openid);

it('marks the women-only event as not for a man, with the reason, and not for a woman', async () => {
  const forMan = (await list(man)).items.find((e) => e.eventId === 'ev-demo-women-day');
  expect(forMan?.notForMe).toBe('这个活动面向女教职工');
  const forWoman = (await list(woman)).items.find((e) => e.eventId === 'ev-demo-women-day');
  expect(forWoman?.notForMe).toBeUndefined();
  // an event open to all says nothing
  const tcm = (await list(man)).items.find((e) => e.eventId === 'ev-demo-tcm');
  expect(tcm?.notForMe).toBeUndefined();
});

it('says 你不能报名 on the event page', async () => {
  const e = await t.data<EventDetail>(
    'events',
    { action: 'events.get', eventId: 'ev-demo-women-day' },
    man,
  );
  expect(e.verdict).toEqual({ can: 'none', line: '你不能报名：这个活动面向女教职工。' });
});
