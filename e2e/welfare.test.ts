// Welfare end to end in the h5 build: a staff member chooses a gift, changes it and shows the
// pickup code; a distributor types the code and hands over (twice: the second says already);
// the admin's progress page counts the hand-over.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { Progress } from '../domain/welfare/contract';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

let t: TestCloud;
let browser: Browser;
let batchId: string;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
  const now = Date.now();
  ({ batchId } = await t.data<{ batchId: string }>(
    'welfare',
    {
      action: 'welfare.createBatch',
      name: '2026 冬季助力乡村振兴慰问品',
      description: '每位教职工选一份，截止后未选择的发放五常大米。',
      claimOpenAt: new Date(now - 3600_000).toISOString(),
      claimCloseAt: new Date(now + 5 * 86400_000).toISOString(),
      options: [
        { name: '五常大米礼盒', stock: 300, description: '10 斤当季新米' },
        { name: '农家土鸡蛋', stock: 3, description: '60 枚，数量有限' },
        { name: '山区菌菇干货', stock: 300 },
      ],
      points: [
        { name: '东区领取点', place: '东区工会活动中心一楼', hours: '周一至周五 9:00–16:00' },
      ],
    },
    'dev-admin',
  ));
  await t.db
    .collection(COLLECTIONS.staff)
    .doc('100200')
    .update({ roles: [{ role: 'distributor', batchId }] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

/** The notify feature asks to subscribe right after choosing (a simulated dialog in h5): allow. */
async function allowNotices(page: Page): Promise<void> {
  const allow = page.locator('.taro__modal').getByText('允许', { exact: true });
  try {
    await allow.waitFor({ timeout: 3000 });
  } catch {
    return; // not asked (e.g. already answered, or no template configured)
  }
  await allow.click();
  await page.locator('.taro__modal').waitFor({ state: 'hidden' });
}

it('choose, change, show the code; a distributor hands over by typed code; progress counts it', async () => {
  const staff = await openAs('dev-100010', pages.tabs.welfare());
  await staff.getByText('2026 冬季助力乡村振兴慰问品').waitFor();
  await staff.getByText('仅剩 3 份').waitFor();
  await staff.locator('[data-testid="option-o2"]').click();
  await staff.getByText('确认选择「农家土鸡蛋」').click();
  await allowNotices(staff);
  await staff.getByText('已选好「农家土鸡蛋」').waitFor();
  await staff.getByText('仅剩 2 份').waitFor();
  await screenshot(staff, 'welfare-1-chosen');

  await staff.locator('[data-testid="option-o3"]').click();
  await staff.getByText('更换为「山区菌菇干货」').click();
  await allowNotices(staff);
  await staff.getByText('已更换为「山区菌菇干货」').waitFor();
  await staff.getByText('仅剩 3 份').waitFor(); // the eggs came back
  await screenshot(staff, 'welfare-2-changed');

  await staff.getByText('出示领取码', { exact: true }).click();
  const codeEl = staff.locator('[data-testid="pickup-code"]');
  await codeEl.waitFor();
  await staff.getByText('东区领取点').waitFor();
  const code = (await codeEl.innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{8,9}$/);
  await staff.waitForTimeout(800); // let the page's slide-in finish before the picture
  await screenshot(staff, 'welfare-3-code');

  const desk = await openAs('dev-100200', pages.welfare.scan({ batchId }));
  await desk.locator('input').first().fill(code);
  await desk.getByText('核销这个领取码').click();
  await desk.getByText('核销成功，请发放').waitFor();
  await desk.getByText('礼包：山区菌菇干货').waitFor();
  await screenshot(desk, 'welfare-4-handed-over');
  await desk.locator('input').first().fill(code);
  await desk.getByText('核销这个领取码').click();
  await desk.getByText(/已领取过/).waitFor();
  await screenshot(desk, 'welfare-5-already');

  const admin = await openAs('dev-admin', pages.welfare.progress({ batchId }));
  await admin.getByText(/已领取 1 人/).waitFor();
  await admin.getByText('各分工会').waitFor();
  await screenshot(admin, 'welfare-6-progress');

  const p = await t.data<Progress>('welfare', { action: 'welfare.progress', batchId }, 'dev-admin');
  expect(p.options.find((o) => o.optionId === 'o3')).toMatchObject({ claimed: 1, handedOver: 1 });
  expect(p.options.find((o) => o.optionId === 'o2')).toMatchObject({ left: 3, claimed: 0 });
}, 120_000);
