// Knowledge contests end to end in the h5 build: the admin imports a question bank (a bad row
// shown with its line) and opens a contest; two staff take it (one question at a time, the
// answers saved as they go, 交卷) and see their scores; the team table; then the final on the
// big screen with two judges scoring from their phones and one undoing their own last entry.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { FinalBoard } from '../domain/quiz/contract';
import { pages } from '../domain/pages';
import { addDays, beijingDay } from '../domain/time';
import { BANK_ROWS, bankXlsxBase64 } from '../local-cloud/seed/quiz-bank';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, openAs as openPageAs, screenshot } from './browser';

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
const visible = (page: Page, text: string | RegExp, exact = false) =>
  page.getByText(text, { exact }).filter({ visible: true }).first();
const field = (page: Page, label: string) =>
  page.locator('.field').filter({ hasText: label }).filter({ visible: true }).locator('input');

/** Taps a button of the visible Taro.showModal dialog (h5 keeps closed dialogs in the page). */
async function confirmModal(page: Page, label: string) {
  await page
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText(label, { exact: true })
    .click();
}

/** Answers every question with its first option and hands in. */
async function takeIt(page: Page, total: number) {
  for (let i = 0; i < total; i++) {
    await visible(page, `第 ${i + 1} / ${total} 题`).waitFor();
    await page.locator('.qz-option').filter({ visible: true }).first().click();
    await visible(page, '已保存，可以改选。').waitFor();
    if (i < total - 1) await visible(page, '下一题', true).click();
  }
  await visible(page, '交卷', true).click();
  // the confirm dialog
  await confirmModal(page, '交卷');
  await visible(page, '这次得分').waitFor();
}

let contestId = '';

it('the admin imports a bank and opens a contest; two staff take it; the team table', async () => {
  const admin = await openAs('dev-admin', pages.quiz.admin());
  await visible(admin, '导入题库').waitFor();
  const bad = { 题型: '单选', 题干: '答案写错的题', 选项A: '甲', 选项B: '乙', 答案: 'E' };
  const [chooser] = await Promise.all([
    admin.waitForEvent('filechooser'),
    visible(admin, '选择 Excel 文件', true).click(),
  ]);
  await chooser.setFiles({
    name: '工会知识题库.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await bankXlsxBase64([...BANK_ROWS, bad]), 'base64'),
  });
  await visible(admin, `第 ${BANK_ROWS.length + 2} 行`).waitFor();
  await visible(admin, /答案 E 不在选项里/).waitFor();
  await screenshot(admin, 'quiz-1-bank-preview');
  await visible(admin, `导入 ${BANK_ROWS.length} 道题`).click();
  await confirmModal(admin, '导入');
  await visible(admin, new RegExp(`新增 ${BANK_ROWS.length} 道`)).waitFor();
  await screenshot(admin, 'quiz-2-bank-imported');

  await visible(admin, '竞赛', true).click();
  await visible(admin, '新建一次竞赛').click();
  const today = beijingDay(new Date());
  await field(admin, '竞赛名称').fill('工会知识竞赛（测试）');
  await field(admin, '开始日期').fill(today);
  await field(admin, '结束日期').fill(addDays(today, 14));
  await field(admin, '每次题数').fill('5');
  await screenshot(admin, 'quiz-3-new-contest');
  await visible(admin, '建好竞赛').click();
  await visible(admin, '工会知识竞赛（测试）').waitFor();
  const list = await t.data<{ contests: { contestId: string }[] }>(
    'quiz',
    { action: 'quiz.listContests' },
    'dev-admin',
  );
  contestId = list.contests[0].contestId;
  expect(contestId).toMatch(/^qc-/);

  for (const who of ['dev-100010', 'dev-100011']) {
    const staff = await openAs(who, pages.quiz.index({ contest: contestId }));
    await visible(staff, '今天还可以答 3 次').waitFor();
    await visible(staff, '开始答题', true).click();
    await takeIt(staff, 5);
    await screenshot(staff, `quiz-4-result-${who}`);
    await staff.close();
  }
  // the two papers differ (drawn per person on the server)
  const attempts = await t.db
    .collection(COLLECTIONS.quizAttempts)
    .where({ contestId })
    .limit(10)
    .get();
  const papers = (attempts.data as { items: { questionId: string }[] }[]).map((a) =>
    a.items.map((q) => q.questionId).join(),
  );
  expect(papers).toHaveLength(2);
  expect(papers[0]).not.toBe(papers[1]);

  const table = await openAs('dev-admin', pages.quiz.standings({ contest: contestId }));
  await visible(table, '已有 2 人参加').waitFor();
  await visible(table, /参加 1\//).waitFor();
  await screenshot(table, 'quiz-5-team-table');
  await visible(table, '个人', true).click();
  await screenshot(table, 'quiz-6-people-table');
}, 240_000);

it('the final on the big screen: two judges score, one undoes their own last entry', async () => {
  await t.data(
    'quiz',
    { action: 'quiz.setupFinal', contestId, teamIds: ['b01', 'b02', 'b03'] },
    'dev-admin',
  );
  for (const no of ['100020', '100021']) {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc(no)
      .update({ roles: [{ role: 'judge', contestId }] });
  }
  const screen = await openAs('dev-100030', pages.quiz.final({ contest: contestId }));
  await visible(screen, /· 决赛/).waitFor();
  const judge1 = await openAs('dev-100020', pages.quiz.final({ contest: contestId }));
  await visible(judge1, '评委记分').waitFor();
  await visible(judge1, /^加分：/).click();
  await visible(judge1, /已记：/).waitFor();

  const judge2 = await openAs('dev-100021', pages.quiz.final({ contest: contestId }));
  await visible(judge2, '评委记分').waitFor();
  await judge2.locator('.chips').nth(1).getByText('风险').click();
  await judge2.locator('.chips').nth(2).getByText('-20').click();
  await visible(judge2, /^扣分：/).click();
  await visible(judge2, /已记：.*-20/).waitFor();
  await screenshot(judge2, 'quiz-7-judge-pad');

  // judge 1 undoes their own entry only
  await visible(judge1, '撤销我的上一条').click();
  await confirmModal(judge1, '撤销');
  await visible(judge1, '已撤销我的上一条。').waitFor();
  const board = await t.data<FinalBoard>(
    'quiz',
    { action: 'quiz.finalBoard', contestId },
    'dev-admin',
  );
  expect(board.teams.map((x) => x.total).sort((a, b) => a - b)).toEqual([-20, 0, 0]);

  // the screen polls: the deduction shows there without a reload
  await screen.locator('.qz-screen__total').filter({ hasText: '-20' }).waitFor({ timeout: 15_000 });
  await screenshot(screen, 'quiz-8-big-screen');
}, 180_000);
