// Walkathon end to end in the h5 build: steps prepared in the dev panel's WeRun simulator, a walker
// signs up, syncs and sees the ring and the chart; an admin sees the team table and exports it.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import { addDays, beijingDay, startOfBeijingDay } from '../domain/time';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, phonePage, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

let t: TestCloud;
let browser: Browser;
let campaignId: string;
const today = beijingDay();
const ts = (d: string) => startOfBeijingDay(d).getTime() / 1000;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
  ({ campaignId } = await t.data<{ campaignId: string }>(
    'steps',
    {
      action: 'steps.createCampaign',
      name: '秋冬健步走',
      startDate: addDays(today, -9),
      endDate: addDays(today, 20),
      dailyTarget: 6000,
      dailyCap: 15000,
      flagAbove: 40000,
      rule: { type: 'min_days', days: 5 },
    },
    'dev-admin',
  ));
  // a few colleagues already walking, so the team table has something to compare
  for (const [i, openid] of ['dev-100020', 'dev-100021', 'dev-100044'].entries()) {
    await t.data('steps', { action: 'steps.join', campaignId }, openid);
    const stepInfoList = Array.from({ length: 10 }, (_, d) => ({
      timestamp: ts(addDays(today, -d)),
      step: 4000 + i * 2500 + d * 100,
    }));
    const { cloudID } = await post<{ cloudID: string }>('/api/dev/werun', { openid, stepInfoList });
    await t.data('steps', { action: 'steps.sync', campaignId, weRunData: { cloudID } }, openid);
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${t.cloud.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

it('a walker syncs steps from the simulator and sees the ring and the chart; an admin sees the team table', async () => {
  const walker = 'dev-100010';

  // the dev panel's simulator: edit the generated history, then save it for this dev user
  const panel = await phonePage(browser);
  await panel.goto(`${t.cloud.url}/dev`);
  await panel.getByText('微信运动模拟器（健步走）').waitFor();
  await panel.locator('#werun-openid').fill(walker);
  await panel.locator('#werun-load').click();
  await panel.locator('#werun-days input').nth(30).waitFor();
  await panel.locator('#werun-days input').nth(30).fill('8123'); // today
  await panel.locator('#werun-days input').nth(29).fill('52000'); // yesterday: implausible
  await panel.locator('#werun-save').click();
  await panel.getByText('cloudID（5 分钟内有效）', { exact: false }).waitFor();
  await screenshot(panel, 'walkathon-0-simulator');

  const page = await openAs(walker, pages.walkathon.index());
  await page.getByText('报名参加', { exact: true }).waitFor();
  await page.getByText('秋冬健步走').first().waitFor();
  await screenshot(page, 'walkathon-1-join');
  await page.getByText('报名参加', { exact: true }).click();
  // joining asks to subscribe to the sync reminder (the notify feature's simulated dialog in h5)
  const allow = page.locator('.taro__modal').getByText('允许', { exact: true });
  await allow.waitFor();
  await allow.click();
  await page.locator('.taro__modal').waitFor({ state: 'hidden' });

  await page.getByText('同步微信步数', { exact: true }).waitFor();
  await page.getByText('步数只在你打开小程序时才会更新', { exact: false }).waitFor();
  await page.getByText('同步微信步数', { exact: true }).click();
  await page.getByText('同步好了', { exact: false }).waitFor();
  await page.getByText('8,123').waitFor();
  await page.getByText('今天已达标 ✓').waitFor();
  await page.getByText('最近 10 天').waitFor();
  expect(await page.locator('.day-bars__bar--flag').count()).toBe(1);
  await page.getByText('各队达标率').waitFor();
  await screenshot(page, 'walkathon-2-synced');
  await page.getByText('各队达标率').scrollIntoViewIfNeeded();
  await screenshot(page, 'walkathon-3-chart');

  // what was stored is what the simulator held: today as edited, yesterday uncapped (flagged)
  const doc = (
    await t.db.collection(COLLECTIONS.stepParticipants).doc(`${campaignId}:100010`).get()
  ).data[0] as { days: Record<string, number> };
  expect(doc.days[today]).toBe(8123);
  expect(doc.days[addDays(today, -1)]).toBe(52000);

  const admin = await openAs('dev-admin', pages.walkathon.admin({ campaignId }));
  await admin.getByText('各队情况').waitFor();
  const table = admin.getByTestId('team-table');
  await table.getByText('艺术与设计学院分工会').waitFor();
  await table.getByText('参加 1 人 · 达标 1 人', { exact: false }).first().waitFor();
  await admin.getByText('参加人数', { exact: true }).waitFor();
  await admin.getByText('异常步数（1）').waitFor();
  await admin.getByText('按人均步数排名').click();
  await screenshot(admin, 'walkathon-4-admin');
  await table.scrollIntoViewIfNeeded();
  await screenshot(admin, 'walkathon-5-team-table');
  await admin.getByText('达标率对比').scrollIntoViewIfNeeded();
  await screenshot(admin, 'walkathon-6-team-chart');

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByText('导出参加者表格（.xlsx）').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^秋冬健步走-.*\.xlsx$/);

  // closing the campaign today, after a confirmation (h5 keeps closed dialogs in the page)
  await admin.getByText('结束活动', { exact: true }).click();
  await admin.getByText('今天就结束这个活动？').filter({ visible: true }).waitFor();
  await screenshot(admin, 'walkathon-7-close');
  await admin
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText('结束活动', { exact: true })
    .click();
  await admin.getByText(/^已结束，\d+ 人全程达标$/).waitFor();
  const closed = (await t.db.collection(COLLECTIONS.stepCampaigns).doc(campaignId).get())
    .data[0] as { endDate: string };
  expect(closed.endDate).toBe(today);
  await admin.getByText('今天是活动的最后一天', { exact: false }).waitFor();
  const manage = admin.getByTestId('campaign-manage');
  expect(await manage.getByText('结束活动', { exact: true }).count()).toBe(0);
}, 120_000);
