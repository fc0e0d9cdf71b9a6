// Walkathon setup in the h5 build: an admin creates a campaign with two custom teams (groups of
// branches) through the form — the page says which branches are still missing — the standings
// show those two teams, and the admin edits the daily target from the admin page.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

/** Taps a button of the visible Taro.showModal dialog (h5 keeps closed dialogs in the page). */
async function confirmModal(page: Page, label: string) {
  await page
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText(label, { exact: true })
    .click();
}

interface CampaignDoc {
  _id: string;
  name: string;
  dailyTarget: number;
  teamMode: string;
  teams: { teamId: string; name: string; branchIds: string[] }[];
}

it('an admin sets up two custom teams, sees them in the standings, and edits the target', async () => {
  const page = await openAs('dev-admin', pages.walkathon.setup());
  const field = (label: string) =>
    page.locator('.field', { has: page.getByText(label, { exact: true }) }).locator('input');
  await field('活动名称').waitFor();
  await field('活动名称').fill('东西区健步走');
  await page.getByText('自定义队伍', { exact: true }).click();

  const rows = page.getByTestId('team-row');
  await rows.nth(1).waitFor();
  await rows.nth(0).locator('input').fill('东区联队');
  await rows.nth(1).locator('input').fill('西区联队');
  const chips = rows.nth(0).locator('.chips__chip');
  const n = await chips.count();
  expect(n).toBeGreaterThan(3);
  const half = Math.floor(n / 2);
  for (let i = 0; i < half; i++) await rows.nth(0).locator('.chips__chip').nth(i).click();
  // the rest are still missing: the page says so, in plain words
  await page.getByText(`还有 ${n - half} 个分工会没编入队伍`, { exact: false }).waitFor();
  // a branch picked twice is named
  await rows.nth(1).locator('.chips__chip').nth(0).click();
  await page.getByText('一个分工会只能在一支队伍', { exact: false }).waitFor();
  await screenshot(page, 'walkathon-setup-1-doubled');
  await rows.nth(1).locator('.chips__chip').nth(0).click();
  for (let i = half; i < n; i++) await rows.nth(1).locator('.chips__chip').nth(i).click();
  await page.getByText(`${n} 个分工会都已编入队伍`, { exact: false }).waitFor();
  await screenshot(page, 'walkathon-setup-2-teams');

  await page.getByText('发布活动', { exact: true }).click();
  await confirmModal(page, '发布');
  await page.getByText('各队情况').waitFor();

  const list = await t.db
    .collection(COLLECTIONS.stepCampaigns)
    .where({ name: '东西区健步走' })
    .get();
  const c = (list.data as CampaignDoc[])[0];
  expect(c.teamMode).toBe('custom');
  expect(c.teams.map((x) => [x.name, x.branchIds.length])).toEqual([
    ['东区联队', half],
    ['西区联队', n - half],
  ]);

  // one walker from each team signs up; the standings show the two teams and nothing else
  const table = page.getByTestId('team-table');
  for (const team of c.teams) {
    const res = await t.db
      .collection(COLLECTIONS.staff)
      .where({ active: true, branchId: t.db.command.in(team.branchIds) })
      .limit(100)
      .get();
    const walker = (res.data as { openid?: string }[]).find((s) => s.openid?.startsWith('dev-1'));
    expect(walker).toBeDefined();
    await t.data('steps', { action: 'steps.join', campaignId: c._id }, walker?.openid ?? null);
  }
  await page.reload();
  await table.getByText('东区联队', { exact: true }).waitFor();
  await table.getByText('西区联队', { exact: true }).waitFor();
  expect(await table.locator('.wk-table__row').count()).toBe(2);
  await screenshot(page, 'walkathon-setup-3-standings');

  // edit: the target, from the admin page, with a confirmation
  await page.getByText('修改活动', { exact: true }).click();
  await field('每日目标（步）').waitFor();
  await field('每日目标（步）').fill('8000');
  await page.getByText('保存修改', { exact: true }).click();
  await confirmModal(page, '保存');
  await page.getByText('各队情况').filter({ visible: true }).first().waitFor();
  const after = (await t.db.collection(COLLECTIONS.stepCampaigns).doc(c._id).get())
    .data[0] as CampaignDoc;
  expect(after.dailyTarget).toBe(8000);
  await page
    .getByText('每天走满 8,000 步', { exact: false })
    .filter({ visible: true })
    .first()
    .waitFor();
}, 180_000);
