// Check-ups end to end in the h5 build: a staff member sees their package, books a slot,
// reschedules (the old slot's place comes back), opens the pass; union staff at the hospital desk
// type the code (another day than booked: they confirm) and check them in, once; the staff page
// then says so, and every page says no results are stored.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { SlotsOutput } from '../domain/checkups/contract';
import { addDays, beijingDay } from '../domain/time';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, openAs as openPageAs, screenshot } from './browser';

let t: TestCloud;
let browser: Browser;
let campaignId: string;
const day1 = addDays(beijingDay(new Date()), 3);
const day2 = addDays(beijingDay(new Date()), 4);

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
  const now = Date.now();
  ({ campaignId } = await t.data<{ campaignId: string }>(
    'checkups',
    {
      action: 'checkups.createCampaign',
      campaignId: 'ck-e2e',
      name: '2026年教职工体检',
      bookOpenAt: new Date(now - 3600_000).toISOString(),
      bookCloseAt: new Date(now + 5 * 86400_000).toISOString(),
      places: [
        { name: '市第一人民医院健康管理中心', address: '人民路 1 号', shuttle: '6:50 东门发车' },
      ],
      packages: [
        { name: '男职工套餐', sex: 'M', items: ['血常规', '肝功能', '胸部CT'] },
        { name: '女职工套餐', sex: 'F', items: ['血常规', '乳腺彩超', '妇科检查'] },
      ],
      addons: [{ name: '肿瘤标志物', priceFen: 36000 }],
      days: [
        {
          date: day1,
          slots: [
            { start: '07:30', capacity: 2 },
            { start: '08:00', capacity: 2 },
          ],
        },
        { date: day2, slots: [{ start: '07:30', capacity: 2 }] },
      ],
    },
    'dev-admin',
  ));
  await t.db
    .collection(COLLECTIONS.staff)
    .doc('100200')
    .update({ roles: [{ role: 'checkup_desk', campaignId }] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

const left = async () => {
  const s = await t.data<SlotsOutput>(
    'checkups',
    { action: 'checkups.slots', campaignId },
    'dev-100010',
  );
  return s.days.flatMap((d) => d.slots.map((x) => x.left));
};

it('book → reschedule → pass → checked in at the desk (once)', async () => {
  const staff = await openAs(
    'dev-100010',
    `/packages/checkups/pages/index/index?campaign=${campaignId}`,
  );
  await staff.getByText('2026年教职工体检').waitFor();
  await staff.getByText(/请在下面选一个日期和时段预约/).waitFor();
  await staff.getByTestId('ck-no-results').waitFor();
  await screenshot(staff, 'checkups-1-home');

  await staff.getByText('07:30 余 2').first().click();
  await staff.getByText('预约这个时段').click();
  await staff.getByText(/预约成功/).waitFor();
  await staff.getByText(/你已预约/).waitFor();
  expect(await left()).toEqual([1, 2, 2]);
  await screenshot(staff, 'checkups-2-booked');

  await staff.getByText('08:00 余 2').click();
  await staff.getByText('改约到这个时段', { exact: true }).click();
  await staff.getByText(/改约成功/).waitFor();
  await staff.getByText('08:00 我约的').waitFor();
  expect(await left()).toEqual([2, 1, 2]); // the old place came back
  await screenshot(staff, 'checkups-3-rescheduled');

  await staff.getByText('打开体检签到码').click();
  const codeEl = staff.getByTestId('pass-code');
  await codeEl.waitFor();
  await staff.waitForFunction(
    () =>
      (document.querySelector('[data-testid="pass-code"]')?.textContent ?? '').trim().length >= 9,
  );
  const code = (await codeEl.innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{8,9}$/);
  await staff.getByText(/08:00/).filter({ visible: true }).first().waitFor();
  await screenshot(staff, 'checkups-4-pass');

  const desk = await openAs(
    'dev-100200',
    `/packages/checkups/pages/desk/index?campaign=${campaignId}`,
  );
  await desk.locator('input').first().fill(code);
  await desk.getByText('按签到码签到').click();
  await desk.getByText(/不是今天/).waitFor();
  await screenshot(desk, 'checkups-5-other-day');
  await desk.getByText('仍然今天签到').click();
  await desk.getByText(/签到成功：08:00/).waitFor();
  await screenshot(desk, 'checkups-6-checked-in');
  await desk.locator('input').first().fill(code);
  await desk.getByText('按签到码签到').click();
  await desk.getByText(/签到过，不用重复签到/).waitFor();

  await staff.goto(`${t.cloud.url}/#/packages/checkups/pages/index/index?campaign=${campaignId}`);
  // the same hash again does not reload the app: load it afresh, as a person reopening it would
  await staff.reload();
  await staff
    .getByText(/你已在医院签到/)
    .filter({ visible: true })
    .first()
    .waitFor();
  await staff.getByText(/不收集、不保存任何体检结果/).waitFor();
  await screenshot(staff, 'checkups-7-done');
}, 180_000);

it('the admin sees progress per branch and day', async () => {
  const admin = await openAs('dev-admin', '/packages/checkups/pages/admin/index');
  await admin.getByTestId('ck-progress').waitFor();
  await admin.getByText(/已预约 1，已签到 1/).waitFor();
  await admin.getByText('各分工会', { exact: true }).waitFor();
  await screenshot(admin, 'checkups-8-admin');
}, 120_000);
