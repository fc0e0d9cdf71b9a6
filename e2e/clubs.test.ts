// Clubs end to end in the h5 build: a staff member asks to join 小海鸥读书会, its leader approves,
// and the new member sees the club's posts and can post; 我的 lists the club. Screenshots of each step.
import type { Browser, Page } from 'playwright-core';
import { DEV_OPENID_KEY } from '../src/services/dev-identity';
import { seedClubs } from '../local-cloud/seed/clubs';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, phonePage, screenshot } from './browser';

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

async function openAs(openid: string, hashPath: string): Promise<Page> {
  const page = await phonePage(browser);
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    DEV_OPENID_KEY,
    openid,
  ] as const);
  await page.goto(`${t.cloud.url}/#${hashPath}`);
  return page;
}

const CLUB = '/packages/clubs/pages/club/index?clubId=club-seagull';

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
  const me = await openAs('dev-100200', '/pages/me/index');
  await me.getByText('我的社团').waitFor();
  await me.getByText('小海鸥读书会').waitFor();
  await screenshot(me, 'clubs-6-my-clubs');

  const doc = (await t.db.collection('club_members').doc('club-seagull:100200').get()).data[0];
  expect(doc).toMatchObject({ status: 'member' });
}, 120_000);

it('lists clubs with a search box', async () => {
  const page = await openAs('dev-100200', '/packages/clubs/pages/index/index');
  await page.getByText('摄影协会').waitFor();
  await page.locator('input').first().fill('书画');
  await page.getByText('书画协会').waitFor();
  await page.getByText('摄影协会').waitFor({ state: 'detached' });
  await screenshot(page, 'clubs-0-list-search');
}, 60_000);
