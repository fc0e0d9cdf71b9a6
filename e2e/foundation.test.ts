// The foundation end to end: open the h5 app served by the local cloud, sign in as a demo staff
// member on the dev sign-in page, and see "我的" with their name and branch.
import type { Browser } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, phonePage, screenshot } from './browser';

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

it('signs in as a demo staff member and shows who they are on 我的', async () => {
  const staff = (await t.db.collection(COLLECTIONS.staff).doc('100010').get()).data[0] as {
    name: string;
    branchId: string;
  };
  const branch = (await t.db.collection(COLLECTIONS.branches).doc(staff.branchId).get())
    .data[0] as { name: string };

  const page = await phonePage(browser);
  await page.goto(`${t.cloud.url}/#/pages/dev-login/index`);
  await page
    .locator('.dev-login__search input, input.dev-login__search, .dev-login__search')
    .first()
    .waitFor();
  await page.locator('.dev-login__search input, input.dev-login__search').first().fill('100010');
  await page.locator('.dev-login__row', { hasText: '100010' }).first().click();

  await page.waitForURL(/pages\/me\/index/);
  const me = page.locator('.taro_page:visible, body').last();
  await me.getByText(staff.name, { exact: false }).first().waitFor();
  await me.getByText(branch.name, { exact: false }).first().waitFor();
  await screenshot(page, 'foundation-me');
  expect(await page.evaluate(() => localStorage.getItem('union-hub.dev-openid'))).toBe(
    'dev-100010',
  );
});

it('shows the binding prompt to someone who is not bound', async () => {
  const page = await phonePage(browser);
  await page.addInitScript(() =>
    localStorage.setItem('union-hub.dev-openid', 'dev-new-e2e-someone'),
  );
  await page.goto(`${t.cloud.url}/#/pages/me/index`);
  await page.getByText('绑定工号').first().waitFor();
  await screenshot(page, 'foundation-unbound');
});
