// 审计日志 end to end in the h5 build: an admin grants a role (one entry), opens the page from the
// registry, sees the entry in plain words, filters by 工号 and by outcome, and exports to Excel.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
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

/** The input of the form field labelled `label`. */
const field = (page: Page, label: string) =>
  page.locator('.field').filter({ hasText: label }).locator('input');

it('an admin finds a role grant in the audit trail, filters it and exports it', async () => {
  const me = await t.data<{ staffNo: string }>('account', { action: 'account.me' }, 'dev-admin');
  await t.data(
    'roster',
    {
      action: 'roster.grantRole',
      staffNo: '100020',
      grant: { role: 'branch_chair', branchId: 'b06' },
    },
    'dev-admin',
  );
  // a refused one: nobody in the roster has this 工号 (the entry says 找不到对象)
  const refused = await t.call(
    'roster',
    { action: 'roster.grantRole', staffNo: '999999', grant: { role: 'admin' } },
    'dev-admin',
  );
  expect(refused.ok).toBe(false);

  const admin = await openAs('dev-admin', pages.admin.audit());
  const entries = admin.getByTestId('audit-entry');
  const grant = entries.filter({ hasText: '对象：100020 · 分工会主席' });
  await grant.getByText('授予角色 · 成功', { exact: true }).waitFor();
  await grant.getByText(`操作人：${me.staffNo}（校工会管理员）`, { exact: true }).waitFor();
  await grant.getByText(/^时间：\d{4}年\d+月\d+日 \d\d:\d\d$/).waitFor();
  await screenshot(admin, 'audit-1-list');

  const missing = entries.filter({ hasText: '对象：999999 · 校工会管理员' });
  await missing.getByText('授予角色 · 找不到对象', { exact: true }).waitFor();

  // by 工号: someone with no entries sees the plain empty state
  await field(admin, '工号').fill('100299');
  await admin.getByText('查询', { exact: true }).click();
  await admin.getByText('没有符合条件的记录', { exact: true }).waitFor();
  await screenshot(admin, 'audit-2-empty');
  // dates are picked; a range that ends before it starts is named, not sent
  await field(admin, '工号').fill(me.staffNo);
  await admin.getByLabel('开始日期', { exact: true }).fill('2026-03-10');
  await admin.getByLabel('结束日期', { exact: true }).fill('2026-03-09');
  await admin.getByText('查询', { exact: true }).click();
  await admin.getByText('结束日期不能早于开始日期', { exact: true }).waitFor();
  await admin.getByLabel('开始日期', { exact: true }).fill('');
  await admin.getByLabel('结束日期', { exact: true }).fill('');
  await admin.getByText('查询', { exact: true }).click();
  await grant.first().waitFor();

  // outcome 成功 with this 工号: the grant only
  await admin.getByTestId('audit-outcome').getByText('成功', { exact: true }).click();
  await missing.first().waitFor({ state: 'detached' });
  await grant.first().waitFor();
  await screenshot(admin, 'audit-3-filtered');

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByText('导出 Excel', { exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('审计日志.xlsx');
  await admin.getByText(/^已导出 \d+ 条记录：审计日志\.xlsx/).waitFor();
  await screenshot(admin, 'audit-4-exported');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const rows = wb.worksheets[0].getSheetValues().filter(Boolean).length;
  expect(rows).toBeGreaterThanOrEqual(2); // the header and the grant

  // the export itself is on the trail now
  await admin.getByText('查询', { exact: true }).click();
  await admin.getByTestId('audit-outcome').getByText('全部', { exact: false }).click();
  await entries.filter({ hasText: '导出审计日志 · 成功' }).first().waitFor();
}, 240_000);

it('plain staff cannot read the audit trail', async () => {
  const r = await t.call('account', { action: 'account.audit' }, 'dev-100050');
  expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
});
