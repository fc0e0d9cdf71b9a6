// account.home (首页 "我的近期") through the gateway, the real SDK and the local cloud: what each
// kind of person sees, and how few database requests it takes.
import type { BoundHome } from '../../domain/home/contract';
import { beijingDay } from '../../domain/time';
import { seedEvents } from '../../local-cloud/seed/events';
import { DEMO_SESSION, seedProposals } from '../../local-cloud/seed/proposals';
import { DEMO_CAMPAIGN_ID, seedWalkathon } from '../../local-cloud/seed/steps';
import { DEMO_BATCH_ID, seedWelfare } from '../../local-cloud/seed/welfare';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { COLLECTIONS } from '../../database/collections';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  const now = new Date();
  for (const seed of [seedWelfare, seedProposals, seedWalkathon, seedEvents]) await seed(t.db, now);
});
afterAll(() => t.stop());

const home = (openid: string) => t.data<BoundHome>('account', { action: 'account.home' }, openid);

it('tells an unbound caller so, without reading anything else', async () => {
  t.resetRequests();
  await expect(t.call('account', { action: 'account.home' }, 'dev-100295')).resolves.toEqual({
    ok: true,
    data: { bound: false },
  });
  expect(t.requests()).toBeLessThanOrEqual(1);
});

it('gathers my next event, my gift, my steps, unread messages and co-signatures', async () => {
  const me = 'dev-100031';
  const before = await home(me);
  expect(before).toMatchObject({ bound: true, cosign: { count: 0, first: null } });
  // the demo winter batch is open and I have not chosen yet
  expect(before.gift).toMatchObject({ batchId: DEMO_BATCH_ID, state: 'choose', optionName: null });

  await t.data('events', { action: 'events.signup', eventId: 'ev-demo-tcm' }, me);
  await t.data('events', { action: 'events.signup', eventId: 'ev-demo-tea' }, me);
  await t.data('welfare', { action: 'welfare.claim', batchId: DEMO_BATCH_ID, optionId: 'o1' }, me);
  const { proposalId } = await t.data<{ proposalId: string }>(
    'proposals',
    {
      action: 'proposals.file',
      sessionId: DEMO_SESSION,
      kind: 'proposal',
      title: '关于增设教工午休室的提案',
      category: '后勤',
      background:
        '学校东区的教职工午间没有地方休息，很多老师中午只能趴在办公桌上，下午上课精神不好，年纪大的同志尤其吃不消，大家意见比较集中。',
      suggestion: '建议后勤保障处在东区腾出两间空房改作教工午休室，配上简单的躺椅和空调。',
    },
    'dev-100030',
  );
  await t.data(
    'proposals',
    { action: 'proposals.invite', proposalId, staffNos: ['100031'] },
    'dev-100030',
  );

  t.resetRequests();
  const after = await home(me);
  // identity + sign-ups, events, batches, campaigns, my walk, unread, invitations
  expect(t.requests()).toBeLessThanOrEqual(8);
  // the tea talk is 9 days away, the TCM talk 12: the sooner one comes first (or an earlier
  // sign-up of mine from the demo data)
  const tea = await t.data<{ startAt: string }>(
    'events',
    { action: 'events.get', eventId: 'ev-demo-tea' },
    me,
  );
  const sooner =
    before.nextEvent && before.nextEvent.startAt < tea.startAt ? before.nextEvent.eventId : null;
  expect(after.nextEvent).toMatchObject({ eventId: sooner ?? 'ev-demo-tea' });
  expect(after.gift).toMatchObject({ state: 'chosen', optionName: expect.any(String) });
  expect(after.cosign).toEqual({
    count: 1,
    first: { proposalId, title: '关于增设教工午休室的提案' },
  });
  expect(after.unread).toBeGreaterThanOrEqual(0);
});

it("shows today's steps for a walker in the running campaign", async () => {
  const res = await t.db
    .collection(COLLECTIONS.stepParticipants)
    .where({ campaignId: DEMO_CAMPAIGN_ID })
    .limit(1)
    .get();
  const walker = (res.data as { staffNo: string; days: Record<string, number> }[])[0];
  const h = await home(`dev-${walker.staffNo}`);
  const today = beijingDay();
  expect(h.steps).toMatchObject({ campaignId: DEMO_CAMPAIGN_ID });
  expect(h.steps?.today).toBe(
    Object.hasOwn(walker.days, today) ? Math.round(walker.days[today]) : null,
  );
});

it('counts my unread messages only', async () => {
  const mine = await home('dev-100040');
  const inbox = await t.data<{ unread: number }>(
    'notify',
    { action: 'notify.inbox' },
    'dev-100040',
  );
  expect(mine.unread).toBe(inbox.unread);
});

it('never shows another person my data (admin sees their own home)', async () => {
  const admin = await home('dev-admin');
  expect(admin.cosign.count).toBe(0);
  expect(JSON.stringify(admin)).not.toMatch(/phone|100031/);
});
