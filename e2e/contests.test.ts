// A judged contest end to end in the h5 build: the admin creates it (judges by 工号), the
// branch chair registers two of their own staff (another branch's 工号 is refused), two judges
// score on their phones (a submitted sheet is locked), and the hall's scoreboard, polling, shows
// the ranking with the hand-computed scores.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import { pages } from '../domain/pages';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, openAs as openPageAs, screenshot } from './browser';

jest.setTimeout(240_000);

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
const input = (page: Page, label: string) =>
  page
    .locator(`input[aria-label="${label}"], textarea[aria-label="${label}"]`)
    .filter({ visible: true });

async function confirmModal(page: Page, label: string) {
  await page
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText(label, { exact: true })
    .click();
}

const JUDGES = ['100010', '100011'];

async function b06Staff(): Promise<string[]> {
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ branchId: 'b06', active: true, status: '在职' })
    .orderBy('_id', 'asc')
    .limit(20)
    .get();
  return (res.data as { staffNo: string }[])
    .map((s) => s.staffNo)
    .filter((n) => n !== '100003' && !JUDGES.includes(n));
}

async function score(judge: string, contestId: string, name: string, values: string[]) {
  const page = await openAs(`dev-${judge}`, pages.contests.judge({ contestId }));
  await page.getByText(`已评 `, { exact: false }).first().waitFor();
  await page
    .locator('[data-testid="jc-entry"]', { hasText: name })
    .filter({ visible: true })
    .click();
  await input(page, '教学设计（权重 20）').fill(values[0]);
  await input(page, '课堂教学（权重 75）').fill(values[1]);
  await input(page, '教学反思（权重 5）').fill(values[2]);
  await page.getByText('提交评分', { exact: true }).filter({ visible: true }).click();
  await confirmModal(page, '提交');
  return page;
}

it('admin creates → chair registers → two judges score → the scoreboard ranks', async () => {
  // the admin sets the contest up: the teaching criteria are filled in already
  const admin = await openAs('dev-admin', pages.contests.create());
  await input(admin, '竞赛名称').fill('第十一届青年教师教学竞赛');
  await input(admin, '评委工号').fill(JUDGES.join(' '));
  await screenshot(admin, 'contests-create');
  await admin.getByText('创建竞赛', { exact: true }).filter({ visible: true }).click();
  await admin.getByText('现在是：决赛').filter({ visible: true }).waitFor();
  const defs = await t.db
    .collection(COLLECTIONS.contestDefs)
    .where({ name: '第十一届青年教师教学竞赛' })
    .get();
  const contestId = (defs.data as { _id: string }[])[0]._id;
  expect(contestId).toMatch(/^jc-/);

  // the chair of b06 registers two of their own staff; a 工号 of another branch is refused
  const [a, b] = await b06Staff();
  const chair = await openAs('dev-chair', pages.contests.contest({ contestId }));
  for (const staffNo of [a, b]) {
    await input(chair, '选手工号').fill(staffNo);
    await chair.getByText('报名', { exact: true }).filter({ visible: true }).click();
    await chair
      .getByText(/^报名成功/)
      .filter({ visible: true })
      .waitFor();
  }
  await input(chair, '选手工号').fill('100200');
  await chair.getByText('报名', { exact: true }).filter({ visible: true }).click();
  await chair
    .getByText(/不是你们分工会的在职教职工/)
    .filter({ visible: true })
    .waitFor();
  await chair.getByText('报名名单（2 人）').filter({ visible: true }).waitFor();
  await screenshot(chair, 'contests-chair');
  const names = new Map(
    (
      (await t.db.collection(COLLECTIONS.contestEntries).where({ contestId }).get()).data as {
        staffNo: string;
        name: string;
      }[]
    ).map((e) => [e.staffNo, e.name]),
  );
  const nameA = names.get(a) as string;
  const nameB = names.get(b) as string;

  // the hall's board is open before the judges start
  const board = await openAs('dev-admin', pages.contests.board({ contestId }));
  await board.getByText(/已收到 0 张评分表/).waitFor();

  // judge 1: A (90, 88, 80) → 88.00, B all 88.25 → 88.25; judge 2: A (92, 88.5, 85) → 89.03, B 88
  const j1 = await score(JUDGES[0], contestId, nameA, ['90', '88', '80']);
  await j1.getByText('已提交，加权得分 88.00（已锁定）').filter({ visible: true }).waitFor();
  await j1
    .locator('[data-testid="jc-entry"]', { hasText: nameB })
    .filter({ visible: true })
    .click();
  for (const label of ['教学设计（权重 20）', '课堂教学（权重 75）', '教学反思（权重 5）'])
    await input(j1, label).fill('88.25');
  await j1.getByText('加权得分：88.25').filter({ visible: true }).waitFor();
  await j1.getByText('提交评分', { exact: true }).filter({ visible: true }).click();
  await confirmModal(j1, '提交');
  await j1
    .getByText('已评 2 / 2 位。每位选手提交一次，提交后锁定。')
    .filter({ visible: true })
    .waitFor();
  await screenshot(j1, 'contests-judge-locked');

  const j2 = await score(JUDGES[1], contestId, nameA, ['92', '88.5', '85']);
  await j2.getByText('已提交，加权得分 89.03（已锁定）').filter({ visible: true }).waitFor();
  await j2
    .locator('[data-testid="jc-entry"]', { hasText: nameB })
    .filter({ visible: true })
    .click();
  for (const label of ['教学设计（权重 20）', '课堂教学（权重 75）', '教学反思（权重 5）'])
    await input(j2, label).fill('88');
  await j2.getByText('提交评分', { exact: true }).filter({ visible: true }).click();
  await confirmModal(j2, '提交');
  await j2
    .getByText('已评 2 / 2 位。每位选手提交一次，提交后锁定。')
    .filter({ visible: true })
    .waitFor();

  // the board, polling, shows the ranking: A (88 + 89.025) / 2 = 88.51, B (88.25 + 88) / 2 = 88.13
  await board.getByText(/已收到 4 张评分表/).waitFor({ timeout: 30_000 });
  const rows = board.locator('.jc-board__row');
  await expect(rows.nth(0).innerText()).resolves.toMatch(
    new RegExp(`第1[\\s\\S]*${nameA}[\\s\\S]*88\\.51`),
  );
  await expect(rows.nth(1).innerText()).resolves.toMatch(
    new RegExp(`第2[\\s\\S]*${nameB}[\\s\\S]*88\\.13`),
  );
  await screenshot(board, 'contests-board');
});
