// Journey: a member of staff's day from 首页 "我的近期" — choose the gift it asks for (and change
// it), sign up for a talk, and keep the pass open at the door past two rotations of the code until
// the organizer checks them in with the code then on screen.
import type { Browser } from 'playwright-core';
import type { TestCloud } from '../../local-cloud/testing';
import { launchBrowser } from '../browser';
import { allowNotices, expectGoodPage, settle, startJourneyCloud, visit } from './cloud';

// not among the demo sign-ups nor the demo gift choices (every third 工号 has one)
const ME = 'dev-100250';
const EVENT = 'ev-demo-tcm';
const PASS = `/packages/events/pages/pass/index?id=${EVENT}`;

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

it('home asks me to choose a gift; I choose, change it, and home then shows my pickup code', async () => {
  const page = await visit(browser, t, ME, '/pages/home/index');
  await page.getByText('我的近期').waitFor();
  const ask = page.getByText('选礼包：', { exact: false });
  await ask.waitFor();
  await expectGoodPage(page, 'staff-1-home');

  await ask.click();
  await page.locator('[data-testid="option-o1"]').waitFor();
  await settle(page);
  await expectGoodPage(page, 'staff-2-welfare');
  await page.locator('[data-testid="option-o1"]').click();
  await page.getByText('确认选择', { exact: false }).click();
  await allowNotices(page);
  await page.getByText('已选好', { exact: false }).waitFor();
  // change the gift
  await page.locator('[data-testid="option-o2"]').click();
  await page.getByText('更换为', { exact: false }).click();
  await allowNotices(page);
  await page.getByText('已更换为', { exact: false }).waitFor();
  await expectGoodPage(page, 'staff-3-changed');

  await page.goto(`${t.cloud.url}/#/pages/home/index`);
  await settle(page);
  const code = page.getByText('领取码：', { exact: false });
  await code.waitFor();
  await code.click();
  await page.getByText('领取', { exact: false }).first().waitFor();
  await settle(page);
  await expectGoodPage(page, 'staff-4-pickup-code');
}, 120_000);

it('signs up from 活动 and finds the pass one tap from home', async () => {
  const page = await visit(browser, t, ME, `/packages/events/pages/detail/index?id=${EVENT}`);
  await page.getByText('立即报名').waitFor();
  await expectGoodPage(page, 'staff-5-event');
  await page.getByText('立即报名').click();
  await allowNotices(page);
  await page.getByText('你已报名成功，到场时出示签到码。').waitFor();

  await page.goto(`${t.cloud.url}/#/pages/home/index`);
  await settle(page);
  const pass = page.getByText('入场码：中医养生讲座');
  await pass.waitFor();
  await pass.click();
  await page.getByTestId('pass-code').waitFor();
  await settle(page);
  await expectGoodPage(page, 'staff-6-pass');
}, 120_000);

it('keeps the pass open at the door past two rotations; the code then on screen checks me in', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.clock.install();
  await page.addInitScript(() => localStorage.setItem('union-hub.dev-openid', 'dev-100250'));
  await page.goto(`${t.cloud.url}/#${PASS}`);
  const codeEl = page.getByTestId('pass-code');
  await codeEl.waitFor();
  const first = ((await codeEl.textContent()) ?? '').replace(/\s/g, '');
  expect(first).toMatch(/^\d{8}$/);

  // stand at the door for 65 s: two rotations of the 30-second code
  await page.clock.runFor(65_000);
  // the code on screen is live: the countdown runs again (never stuck on 正在刷新…)
  await page.getByText('秒后自动刷新', { exact: false }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    () =>
      /^\d{8}$/.test(
        (document.querySelector('[data-testid="pass-code"]')?.textContent ?? '').replace(/\s/g, ''),
      ),
    undefined,
    { timeout: 15_000 },
  );
  const shown = ((await codeEl.textContent()) ?? '').replace(/\s/g, '');
  await expectGoodPage(page, 'staff-7-pass-after-65s');
  const r = await t.call(
    'events',
    { action: 'events.checkin', eventId: EVENT, code: shown },
    'dev-organizer',
  );
  expect(r).toMatchObject({ ok: true });
}, 120_000);
