// Journey: someone new opens the app, binds their 工号 and lands somewhere useful — then switches
// on 关怀模式 and finds every page in larger, darker text, remembered after a restart.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../../database/collections';
import type { TestCloud } from '../../local-cloud/testing';
import { launchBrowser } from '../browser';
import { expectGoodPage, settle, startJourneyCloud, visit } from './cloud';

let t: TestCloud;
let browser: Browser;
beforeAll(async () => {
  t = await startJourneyCloud();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const fontPx = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

it('an unbound person binds from home and lands on a page that knows them', async () => {
  const staffNo = '100296';
  const staff = (await t.db.collection(COLLECTIONS.staff).doc(staffNo).get()).data[0] as {
    name: string;
    phone: string;
  };
  const page = await visit(browser, t, `dev-${staffNo}`, '/pages/home/index');
  await page.getByText('还没有绑定工号').waitFor();
  await expectGoodPage(page, 'bind-1-home-unbound');

  await page.getByText('绑定工号', { exact: true }).last().click();
  await page.locator('input[placeholder="例如 100001"]').waitFor();
  await settle(page);
  // the bind page says who to call when stuck
  await page.getByText('遇到问题，请联系校工会办公室').waitFor();
  await expectGoodPage(page, 'bind-2-form');

  await page.locator('input[placeholder="例如 100001"]').fill(staffNo);
  await page.locator('input[placeholder="和学校登记的一致"]').fill(staff.name);
  await page.locator('input[placeholder="4 位数字"]').fill(staff.phone.slice(-4));
  await page.getByText('确认绑定').click();
  // lands on a page with my name on it (我的 today)
  await page
    .getByText(staff.name, { exact: false })
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 15_000 });
  await settle(page);
  await expectGoodPage(page, 'bind-3-landed');

  // and home now shows 我的近期 instead of the bind prompt
  await page.goto(`${t.cloud.url}/#/pages/home/index`);
  await settle(page);
  await page.getByText('我的近期').waitFor();
  expect(await page.getByText('还没有绑定工号').count()).toBe(0);
  await expectGoodPage(page, 'bind-4-home-bound');
}, 120_000);

it('关怀模式 makes text 25 % larger on every page, and is remembered', async () => {
  const page = await visit(browser, t, 'dev-100020', '/pages/me/index');
  const sw = page.getByRole('switch');
  await sw.waitFor();
  await expectGoodPage(page, 'care-1-me');
  const before = await fontPx(page, '.care-switch__title');
  const hintBefore = await fontPx(page, '.care-switch__hint');
  expect(await sw.getAttribute('aria-checked')).toBe('false');

  await sw.click();
  await page.getByText('已开启').waitFor();
  expect(await sw.getAttribute('aria-checked')).toBe('true');
  const after = await fontPx(page, '.care-switch__title');
  const hintAfter = await fontPx(page, '.care-switch__hint');
  expect(after / before).toBeCloseTo(48 / 38, 1);
  expect(hintAfter / hintBefore).toBeCloseTo(1.25, 1);
  await expectGoodPage(page, 'care-2-on');

  // a fresh start remembers it, and other pages are larger too
  await page.goto(`${t.cloud.url}/#/pages/home/index`);
  await page.reload();
  await settle(page);
  expect(await page.evaluate(() => document.documentElement.classList.contains('care-mode'))).toBe(
    true,
  );
  const title = await fontPx(page, '.area-grid__title');
  expect(title).toBeGreaterThanOrEqual(28); // 58 design px on a 390-wide phone
  await expectGoodPage(page, 'care-3-home');
  await page.goto(`${t.cloud.url}/#/packages/notify/pages/inbox/index`);
  await settle(page);
  await expectGoodPage(page, 'care-4-inbox');

  // and off again
  await page.goto(`${t.cloud.url}/#/pages/me/index`);
  await settle(page);
  await page.getByRole('switch').click();
  await page.getByText('未开启').waitFor();
  expect(await fontPx(page, '.care-switch__title')).toBeCloseTo(before, 0);
}, 120_000);
