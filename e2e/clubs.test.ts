// Clubs end to end in the h5 build: a staff member asks to join 小海鸥读书会, its leader approves,
// and the new member sees the club's posts and can post; 我的 lists the club. The leader publishes
// a club activity from the club page and a member signs up for it. A mixer (联谊): a private
// declaration before sign-up, and after the event a mutual match. Screenshots of each step.
import type { Browser, Page } from 'playwright-core';
import { seedClubs } from '../local-cloud/seed/clubs';
import { toBeijingInput } from '../src/features/events/format';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedClubs(t.db, new Date());
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

const CLUB = pages.clubs.club({ clubId: 'club-seagull' });

it('joins a club, the leader approves, and the new member sees the posts', async () => {
  // a staff member asks to join (the club needs the leader's approval)
  const member = await openAs('dev-100200', CLUB);
  await member.getByText('小海鸥读书会').first().waitFor();
  await member.getByText('本月共读《平凡的世界》', { exact: false }).waitFor();
  await screenshot(member, 'clubs-1-club-page');
  await member.getByText('申请加入').click();
  await member.getByText('申请已提交', { exact: false }).waitFor();
  await screenshot(member, 'clubs-2-requested');

  // the leader sees the request and approves it
  const leader = await openAs('dev-100110', CLUB);
  await leader.getByText('负责人管理').waitFor();
  await leader.getByText('待审核 2 人').waitFor();
  await screenshot(leader, 'clubs-3-leader-requests');
  const applicant = (
    (await t.db.collection('staff').doc('100200').get()).data[0] as { name: string }
  ).name;
  const row = leader.locator('.clubs__row', { hasText: applicant });
  await row.getByText('通过', { exact: true }).click();
  await leader.getByText(`已通过 ${applicant} 的申请。`).waitFor();
  await screenshot(leader, 'clubs-4-approved');

  // the new member now sees the posts and may post
  await member.reload();
  await member.getByText('发动态', { exact: true }).waitFor();
  await member.getByText('本月共读《平凡的世界》', { exact: false }).waitFor();
  await member.locator('textarea').fill('第一次参加读书会，请多关照！');
  await member.getByText('发布', { exact: true }).click();
  await member.getByText('动态已发布。').waitFor();
  await member.getByText('第一次参加读书会，请多关照！').waitFor();
  await screenshot(member, 'clubs-5-member-posted');

  // 我的 lists the club
  const me = await openAs('dev-100200', pages.tabs.me());
  await me.getByText('我的社团').waitFor();
  await me.getByText('小海鸥读书会').waitFor();
  await screenshot(me, 'clubs-6-my-clubs');

  const doc = (await t.db.collection('club_members').doc('club-seagull:100200').get()).data[0];
  expect(doc).toMatchObject({ status: 'member' });
}, 120_000);

it('lists clubs with a search box', async () => {
  const page = await openAs('dev-100200', pages.clubs.index());
  await page.getByText('摄影协会').waitFor();
  await page.locator('input').first().fill('书画');
  await page.getByText('书画协会').waitFor();
  await page.getByText('摄影协会').waitFor({ state: 'detached' });
  await screenshot(page, 'clubs-0-list-search');
}, 60_000);

const HOUR = 3_600_000;
// the form's date-and-time fields are the browser's own pickers on h5: "2026-03-08T14:00"
const at = (ms: number) =>
  toBeijingInput(new Date(Date.now() + ms).toISOString()).replace(' ', 'T');
const nameOf = async (staffNo: string) =>
  ((await t.db.collection('staff').doc(staffNo).get()).data[0] as { name: string }).name;

it('a leader publishes an activity from the club page and a member signs up for it', async () => {
  const leader = await openAs('dev-100110', CLUB);
  await leader.getByText('发布社团活动').click();
  await leader.getByTestId('club-audience').getByText('小海鸥读书会的成员').waitFor();
  const field = (label: string) =>
    leader.locator('.field', { has: leader.getByText(label, { exact: true }) }).locator('input');
  await field('活动名称').fill('读书会·共读分享');
  await field('活动地点').fill('工会活动室');
  await field('活动开始').fill(at(72 * HOUR));
  await field('活动结束').fill(at(74 * HOUR));
  await field('报名开始').fill(at(-HOUR));
  await field('报名截止').fill(at(48 * HOUR));
  await field('名额').fill('12');
  await screenshot(leader, 'clubs-7-leader-creates-activity');
  await leader.getByText('发布活动', { exact: true }).click();
  await leader.getByText('面向：社团成员').waitFor();
  await screenshot(leader, 'clubs-8-activity-published');
  const event = (await t.db.collection('events').where({ title: '读书会·共读分享' }).get())
    .data[0] as { _id: string; audience: unknown[]; organizers: string[] };
  expect(event.audience).toEqual([{ kind: 'club', clubId: 'club-seagull', openToAll: false }]);
  expect(event.organizers).toEqual(['100110']);

  // a member finds it on the club page and signs up
  const member = await openAs('dev-100111', CLUB);
  await member.getByText('读书会·共读分享').click();
  await member.getByText('还剩 12 个名额，现在可以报名。').waitFor();
  await member.getByText('立即报名').click();
  await member
    .getByText('允许', { exact: true })
    .click({ timeout: 10_000 })
    .catch(() => undefined);
  await member.getByText('报名成功！到场时出示签到码。').waitFor();
  await screenshot(member, 'clubs-9-member-signed-up');
  const signup = (await t.db.collection('event_signups').doc(`${event._id}:100111`).get()).data[0];
  expect(signup).toMatchObject({ status: 'confirmed' });

  // someone outside the club is told to join first
  const outsider = await openAs('dev-100250', pages.events.detail({ id: event._id }));
  await outsider.getByText('先加入社团再报名', { exact: false }).waitFor();
}, 120_000);

it('a mixer: private declaration, sign-up, and after the event only a mutual match', async () => {
  const [a, b] = ['100150', '100151'];
  for (const no of [a, b])
    await t.db
      .collection('staff')
      .doc(no)
      .update({ birth: no === a ? '1994-05' : '1992-09' });
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '青年教职工联谊会',
      type: '联谊',
      location: '教工之家',
      startAt: new Date(Date.now() + 48 * HOUR).toISOString(),
      endAt: new Date(Date.now() + 50 * HOUR).toISOString(),
      signupOpenAt: new Date(Date.now() - HOUR).toISOString(),
      signupCloseAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      capacity: 20,
      mixer: true,
    },
    'dev-organizer',
  );
  const detail = pages.events.detail({ id: eventId });

  // A declares on the event page, then signs up
  const pa = await openAs(`dev-${a}`, detail);
  await pa.getByText('报名前的个人声明').waitFor();
  await pa.getByText('只有这场活动的组织者能看到', { exact: false }).waitFor();
  await screenshot(pa, 'clubs-10-mixer-declare');
  await pa.getByText('我是单身', { exact: true }).click();
  await pa.getByText('我同意由这场活动的组织者核对我的声明').click();
  await pa.getByText('提交声明').click();
  await pa.getByText('声明已提交', { exact: false }).waitFor();
  await pa.getByText('立即报名').click();
  await pa
    .getByText('允许', { exact: true })
    .click({ timeout: 10_000 })
    .catch(() => undefined);
  await pa.getByText('报名成功！到场时出示签到码。').waitFor();

  // B does the same through the function
  const bOpenid = `dev-${b}`;
  await t.data(
    'clubs',
    { action: 'clubs.mixerDeclare', eventId, single: true, consent: true },
    bOpenid,
  );
  await t.data('events', { action: 'events.signup', eventId }, bOpenid);

  // the organizer sees the declarations on the event's organizer tools
  const org = await openAs('dev-organizer', detail);
  await org.getByText('联谊声明 2 人').waitFor();
  await screenshot(org, 'clubs-11-mixer-declarations');

  // the event is over (moved into the past); B marks A, A marks B back and sees the match
  await t.db
    .collection('events')
    .doc(eventId)
    .update({
      signupOpenAt: new Date(Date.now() - 10 * HOUR),
      signupCloseAt: new Date(Date.now() - 6 * HOUR),
      cancelCutoffAt: new Date(Date.now() - 4 * HOUR),
      startAt: new Date(Date.now() - 4 * HOUR),
      endAt: new Date(Date.now() - 2 * HOUR),
    });
  await t.data('clubs', { action: 'clubs.mixerMark', eventId, staffNo: a, like: true }, bOpenid);
  await pa.reload();
  await pa.getByText('联谊之后：标记想再见面的人').click();
  const bName = await nameOf(b);
  await pa.getByText('还没有。只有你和对方都标记了彼此', { exact: false }).waitFor();
  await pa.locator('.clubs__row', { hasText: bName }).getByText('想再见面').click();
  await pa.getByText(`你和 ${bName} 都想再见面`).waitFor();
  await screenshot(pa, 'clubs-12-mixer-match');
}, 120_000);
