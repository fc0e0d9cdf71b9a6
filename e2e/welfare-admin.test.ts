// Welfare admin end to end in the h5 build: the admin creates a members-only batch for two
// branches with two pickup points through the form, confirms the summary, and the stored batch
// holds exactly those settings; a staff member of another branch sees on the 福利 tab that they
// are not in this batch's range, with no gifts to choose.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { StaffDoc } from '../domain/roster/staff';
import { DEMO_BRANCHES } from '../local-cloud/seed/branches';
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

const fieldInput = (page: Page, label: string) =>
  page.locator('.field', { has: page.getByText(label, { exact: true }) }).locator('input');

it('creates a members-only batch for two branches with two pickup points; others are out of range', async () => {
  const [east, west] = [DEMO_BRANCHES[0], DEMO_BRANCHES[1]];
  const admin = await openAs('dev-admin', pages.welfare.admin());
  await admin.getByText('新建福利发放', { exact: true }).first().click();
  await fieldInput(admin, '福利名称').fill('2026 春节会员慰问');
  await admin.getByText('仅工会会员', { exact: true }).click();
  await admin.getByText('不包括退休教职工', { exact: true }).click();
  const branches = admin.locator('[data-testid="branches"]');
  await branches.getByText(east, { exact: true }).click();
  await branches.getByText(west, { exact: true }).click();
  await admin.getByText('已选 2 个分工会').waitFor();

  for (const [i, [name, place, hours, branch]] of [
    ['东区领取点', '东区工会活动中心一楼', '1月20日–22日 9:00–16:00', east],
    ['西区领取点', '西区图书馆报告厅', '1月20日–22日 13:00–17:00', west],
  ].entries()) {
    await admin.getByText('添加领取点', { exact: true }).click();
    await fieldInput(admin, `领取点 ${i + 1} 名称`).fill(name);
    await fieldInput(admin, `领取点 ${i + 1} 地点`).fill(place);
    await fieldInput(admin, `领取点 ${i + 1} 开放时间`).fill(hours);
    await admin.locator(`[data-testid="point-${i}"]`).getByText(branch, { exact: true }).click();
  }

  await fieldInput(admin, '礼包 1 名称').fill('五常大米礼盒');
  await fieldInput(admin, '礼包 1 库存（份）').fill('200');
  await fieldInput(admin, '礼包 1 价值（元，可不填）').fill('128');
  await fieldInput(admin, '礼包 1 说明（可不填）').fill('10 斤当季新米');
  await fieldInput(admin, '礼包 2 名称').fill('农家土鸡蛋');
  await fieldInput(admin, '礼包 2 库存（份）').fill('100');
  await fieldInput(admin, '礼包 2 价值（元，可不填）').fill('99.5');
  await admin
    .locator('[data-testid="default-option"]')
    .getByText('农家土鸡蛋', { exact: true })
    .click();

  // a bad value is named right under its field, and nothing is sent
  await fieldInput(admin, '礼包 2 价值（元，可不填）').fill('九十九');
  await admin.getByText('下一步：核对', { exact: true }).click();
  await admin.getByText('价值请填写金额（元），如 128 或 99.50').waitFor();
  await fieldInput(admin, '礼包 2 价值（元，可不填）').fill('99.5');
  await admin.getByText('下一步：核对', { exact: true }).click();

  const summary = admin.locator('[data-testid="batch-summary"]');
  await summary.getByText('发放对象：工会会员（不含退休教职工）').waitFor();
  await summary.getByText(`范围：${east}、${west}`).waitFor();
  await summary.getByText('礼包 2：农家土鸡蛋，100 份，价值 99.50 元').waitFor();
  await summary.getByText('截止后未选择的：发「农家土鸡蛋」').waitFor();
  await screenshot(admin, 'welfare-admin-1-confirm');
  await admin.getByText('确认发布', { exact: true }).click();
  await admin.waitForURL(/progress/);

  const stored = (await t.db
    .collection(COLLECTIONS.welfareBatches)
    .where({ name: '2026 春节会员慰问' })
    .get()) as { data: Record<string, unknown>[] };
  expect(stored.data).toHaveLength(1);
  const batch = stored.data[0];
  expect(batch).toMatchObject({
    fulfilment: 'pickup',
    eligibility: { membersOnly: true, includeRetired: false, branchIds: ['b01', 'b02'] },
    options: [
      { id: 'o1', name: '五常大米礼盒', description: '10 斤当季新米', valueFen: 12800 },
      { id: 'o2', name: '农家土鸡蛋', valueFen: 9950 },
    ],
    stockTotal: { o1: 200, o2: 100 },
    defaultOptionId: 'o2',
    points: [
      {
        id: 'p1',
        name: '东区领取点',
        place: '东区工会活动中心一楼',
        hours: '1月20日–22日 9:00–16:00',
        branchIds: ['b01'],
      },
      {
        id: 'p2',
        name: '西区领取点',
        place: '西区图书馆报告厅',
        hours: '1月20日–22日 13:00–17:00',
        branchIds: ['b02'],
      },
    ],
  });

  // a bound, active, member staff of another branch: told plainly, and offered nothing to choose
  const others = (await t.db
    .collection(COLLECTIONS.staff)
    .where({ branchId: 'b05', active: true, member: true, status: '在职' })
    .limit(20)
    .get()) as { data: StaffDoc[] };
  const outsider = others.data.find((s) => s.openid);
  if (!outsider) throw new Error('the demo roster has no bound member in b05');
  const staff = await openAs(outsider.openid!, pages.tabs.welfare());
  await staff.getByText('2026 春节会员慰问').waitFor();
  const notice = staff.locator('[data-testid="not-eligible"]');
  await notice.getByText(/你不在本次发放范围内/).waitFor();
  await notice.getByText(/你所在的分工会不在其中/).waitFor();
  expect(await staff.getByText('五常大米礼盒').count()).toBe(0);
  await screenshot(staff, 'welfare-admin-2-out-of-range');
}, 180_000);
