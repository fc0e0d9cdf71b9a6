// The year report end to end in the h5 build: an admin opens this year (last year beside it, from
// last year's records), taps "参与（签到人次）" and reads the list behind it, opens a branch from the
// by-branch bars, and downloads both the Excel workbook and the Word draft; a chair sees their own
// branch only, and care shows no list; the judged contest's entries open from the contests section.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { pages } from '../domain/pages';
import { beijing } from '../domain/time';
import { COLLECTIONS } from '../database/collections';
import { seedAwards } from '../local-cloud/seed/awards';
import { DEMO_CONTEST_ID, seedContests } from '../local-cloud/seed/contests';
import { seedReport } from '../local-cloud/seed/report';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, openAs as openPageAs, screenshot } from './browser';

let t: TestCloud;
let browser: Browser;
const YEAR = beijing(new Date()).year();
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedReport(t.db, new Date());
  await seedAwards(t.db, new Date());
  await seedContests(t.db, new Date());
  browser = await launchBrowser();
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '中医养生讲座',
      type: '健康',
      location: '图书馆报告厅',
      startAt: iso(24 * HOUR),
      endAt: iso(26 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(20 * HOUR),
      capacity: 50,
      allocation: 'first_come',
    },
    'dev-organizer',
  );
  for (const no of [100150, 100151, 100152]) {
    await t.data('events', { action: 'events.signup', eventId }, `dev-${no}`);
    const p = await t.data<{ token: string }>(
      'events',
      { action: 'events.pass', eventId },
      `dev-${no}`,
    );
    if (no !== 100152)
      await t.data(
        'events',
        { action: 'events.checkin', eventId, token: p.token },
        'dev-organizer',
      );
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

it('admin opens the year, taps a figure, downloads the workbook and the Word draft', async () => {
  const admin = await openAs('dev-admin', pages.report.index());
  const head = admin.getByTestId('rp-head').filter({ visible: true });
  await head.getByText(`全校 · ${YEAR}年`, { exact: true }).waitFor();
  await head.getByText(/右边是上一年同期/).waitFor();
  const events = admin.getByTestId('rp-events').filter({ visible: true });
  await events.getByText('上年 8', { exact: true }).waitFor(); // last year's eight events
  await screenshot(admin, 'report-1-year');
  // bars by month (12) and by branch (every branch; tapping one opens that branch)
  const months = events.getByTestId('rp-chart-events').first();
  await months.scrollIntoViewIfNeeded();
  expect(await months.locator('.bar-chart__row').count()).toBe(12);
  await admin.screenshot({ path: 'test-output/screenshots/report-1b-charts.png' });

  // the number opens the list behind it: the two check-ins of this year
  await events.getByRole('button', { name: /参与（签到人次） 2，看明细/ }).click();
  const detail = admin.getByTestId('rp-detail').filter({ visible: true });
  await detail.getByText(`${YEAR}年签到参与的人次：共 2 条`, { exact: true }).waitFor();
  await admin
    .getByText('中医养生讲座', { exact: true })
    .filter({ visible: true })
    .first()
    .waitFor();
  await screenshot(admin, 'report-2-detail');

  // both files
  const back = await openAs('dev-admin', pages.report.index());
  await back.getByTestId('rp-head').filter({ visible: true }).waitFor();
  const [xlsx] = await Promise.all([
    back.waitForEvent('download'),
    back.getByText('下载 Excel 表格', { exact: true }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`全校${YEAR}年度工作数据.xlsx`);
  await back.getByText('已下载 Excel 表格', { exact: true }).waitFor();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  expect(wb.worksheets).toHaveLength(11);
  expect(wb.getWorksheet('活动')!.getRow(2).values).toEqual([undefined, '举办活动（场）', 1, 8]);
  const [docx] = await Promise.all([
    back.waitForEvent('download'),
    back.getByText('下载 Word 总结稿', { exact: true }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe(`全校${YEAR}年度工作总结（数据部分）.docx`);
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain('全年举办活动 1 场（上年 8 场，减少 7 场）');
  expect(text).toContain('参与教职工 2 人次（2 人）');
  expect(text).toContain('全年未举办知识竞赛。');
  expect(text).toMatch(/全年组织竞赛 1 项，参赛 \d+ 人次/);
  await screenshot(back, 'report-3-downloaded');
}, 240_000);

it('a chair sees their own branch, and care has no list', async () => {
  const chair = await openAs('dev-chair', pages.report.index());
  const head = chair.getByTestId('rp-head').filter({ visible: true });
  await head.getByText(new RegExp(`· ${YEAR}年$`)).waitFor();
  expect(await head.getByText(/^全校/).count()).toBe(0);
  const care = chair.getByTestId('rp-care').filter({ visible: true });
  await care.getByText(/不提供名单/).waitFor();
  expect(await care.getByRole('button').count()).toBe(0);
  await screenshot(chair, 'report-4-chair');
}, 120_000);

it('admin opens the contestants behind the contests figure; honours show last year beside', async () => {
  const entries = await t.db
    .collection(COLLECTIONS.contestEntries)
    .where({ contestId: DEMO_CONTEST_ID })
    .count();
  const n = entries.total ?? 0;
  expect(n).toBeGreaterThan(0);
  const admin = await openAs('dev-admin', pages.report.index());
  const contests = admin.getByTestId('rp-contests').filter({ visible: true });
  await contests.scrollIntoViewIfNeeded();
  await contests.getByText('竞赛评分', { exact: true }).waitFor();
  const honours = admin.getByTestId('rp-honours').filter({ visible: true });
  await honours.getByText('表彰先进（人次）', { exact: true }).waitFor();
  await screenshot(admin, 'report-5-contests-honours');
  await contests.getByRole('button', { name: `参赛（人次） ${n}，看明细` }).click();
  const detail = admin.getByTestId('rp-detail').filter({ visible: true });
  await detail.getByText(new RegExp(`共 ${n} 条`)).waitFor();
  await admin
    .getByText('第十届青年教师教学竞赛', { exact: true })
    .filter({ visible: true })
    .first()
    .waitFor();
  await screenshot(admin, 'report-6-contest-entries');
}, 120_000);
