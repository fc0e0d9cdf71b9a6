// Roster end to end in the h5 build: an admin imports an .xlsx made here (preview, skip the bad
// row, confirm, progress), a staff member from the file binds their WeChat and sees 我的.
import ExcelJS from 'exceljs';
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

async function rosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['工号', '姓名', '性别', '分工会', '手机号', '会员', '状态', '入职日期', '出生年月']);
  ws.addRow([
    'E0001',
    '陈思远',
    '男',
    '图书馆分工会',
    '13912345678',
    '是',
    '在职',
    '2015-09-01',
    '1988-04',
  ]);
  ws.addRow(['E0002', '林晓雯', '女', '外国语学院', '13812340002', '否', '在职', '2020-03-01', '']);
  ws.addRow([
    'E0003',
    '赵一鸣',
    '男',
    '不存在的分工会',
    '13812340003',
    '是',
    '在职',
    '2019-09-01',
    '',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

it('an admin imports a roster file, and a staff member from it binds and sees their profile', async () => {
  const admin = await openAs('dev-admin', pages.admin.rosterImport());
  await admin.getByText('文件要求').waitFor();
  await screenshot(admin, 'roster-1-import-start');

  const [chooser] = await Promise.all([
    admin.waitForEvent('filechooser'),
    admin.getByText('选择名册文件').click(),
  ]);
  await chooser.setFiles({
    name: '2026教职工名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterXlsx(),
  });
  await admin.getByText('预览：2026教职工名册.xlsx').waitFor();
  await admin.getByText('没有名为“不存在的分工会”的分工会').waitFor();
  await expectTile(admin, 'new', '2');
  await expectTile(admin, 'bad', '1');
  await screenshot(admin, 'roster-2-preview');
  // nothing is written before the admin confirms
  expect((await t.db.collection(COLLECTIONS.staff).doc('E0001').get()).data).toEqual([]);

  await admin.getByText('跳过 1 行有问题的数据', { exact: false }).click();
  await admin.getByText('确认导入').click();
  await admin.getByText('将新增 2 人', { exact: false }).waitFor();
  await confirmModal(admin, '导入');
  await admin.getByText('导入完成').waitFor();
  await admin.getByTestId('import-done').getByText('新增 2 人', { exact: false }).waitFor();
  await screenshot(admin, 'roster-3-imported');
  expect((await t.db.collection(COLLECTIONS.staff).doc('E0002').get()).data[0]).toMatchObject({
    branchId: 'b13',
    member: false,
  });

  // the new colleague binds with 工号 + 姓名 + the last 4 digits of their phone
  const staff = await openAs('e2e-new-phone', pages.account.bind());
  await staff.getByText('确认绑定').waitFor();
  const inputs = staff.locator('input');
  await inputs.nth(0).fill('E0001');
  await inputs.nth(1).fill('陈思远');
  await inputs.nth(2).fill('5678');
  await screenshot(staff, 'roster-4-bind');
  await staff.getByText('确认绑定').click();

  const profile = staff.locator('.profile-card').filter({ visible: true });
  await profile.getByText('图书馆分工会', { exact: true }).waitFor();
  await profile.getByText('E0001', { exact: true }).waitFor();
  await profile.getByText('陈思远', { exact: true }).waitFor();
  await profile.getByText('139****5678', { exact: true }).waitFor();
  await screenshot(staff, 'roster-5-profile');
  expect(await staff.getByText('13912345678').count()).toBe(0);
}, 120_000);

it('lets an admin find a person and grant a branch chair role', async () => {
  const admin = await openAs('dev-admin', pages.admin.rosterPeople());
  await admin.getByText('共 ', { exact: false }).first().waitFor();
  await admin.locator('input').first().fill('100020');
  await admin.getByText('搜索', { exact: true }).click();
  const name = (
    (await t.db.collection(COLLECTIONS.staff).doc('100020').get()).data[0] as { name: string }
  ).name;
  await admin.getByText(`${name} · 100020`).click();
  await admin.getByText('授予角色', { exact: true }).waitFor();
  await screenshot(admin, 'roster-6-person');
  await admin.getByText('分工会主席', { exact: true }).first().click();
  await admin.getByText('授予', { exact: true }).click();
  await confirmModal(admin, '确定');
  await admin.getByText('分工会主席 · 机关分工会', { exact: true }).waitFor();
  await screenshot(admin, 'roster-7-granted');
  expect((await t.db.collection(COLLECTIONS.staff).doc('100020').get()).data[0]).toMatchObject({
    roles: [{ role: 'branch_chair', branchId: 'b01' }],
  });
}, 120_000);

/** Taps a button of the visible Taro.showModal dialog (h5 keeps closed dialogs in the page). */
async function confirmModal(page: Page, label: string) {
  await page
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText(label, { exact: true })
    .click();
}

async function expectTile(page: Page, key: string, value: string) {
  await page.locator(`[data-testid="tile-${key}"]`).getByText(value, { exact: true }).waitFor();
}
