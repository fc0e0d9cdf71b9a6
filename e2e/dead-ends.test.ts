// No dead ends (issue 14, D2): an unbound person on 福利, 社团, 提案 and 消息 sees a 去绑定 button
// that leads to the bind page; a bound person's 领取码 with no gift chosen leads to choosing one.
import { pages } from '../domain/pages';
import type { Browser } from 'playwright-core';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { URLS } from '../src/routes';
import { WELFARE_URLS } from '../src/features/welfare/urls';
import { launchBrowser, openAs, screenshot } from './browser';

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

const UNBOUND = 'dev-100295';
const PAGES: [string, string][] = [
  ['welfare', URLS.welfare],
  ['clubs', pages.clubs.index()],
  ['proposals', pages.proposals.index()],
  ['inbox', pages.notify.inbox()],
];

it.each(PAGES)(
  '%s: an unbound person gets a 去绑定 button that opens the bind page',
  async (name, url) => {
    const page = await openAs(browser, t.cloud.url, UNBOUND, url);
    const button = page.locator('taro-button-core', { hasText: '去绑定' });
    await button.first().waitFor({ timeout: 15_000 });
    await screenshot(page, `dead-end-${name}-unbound`);
    await button.first().click();
    await page.waitForURL(/pages\/bind\/index/);
    await page.close();
  },
  40_000,
);

it('领取码 with no gift chosen leads to choosing one', async () => {
  const now = Date.now();
  const { batchId } = await t.data<{ batchId: string }>(
    'welfare',
    {
      action: 'welfare.createBatch',
      name: '2026 冬季慰问品',
      description: '每位教职工选一份。',
      claimOpenAt: new Date(now - 3600_000).toISOString(),
      claimCloseAt: new Date(now + 5 * 86400_000).toISOString(),
      options: [{ name: '五常大米礼盒', stock: 300 }],
      points: [
        { name: '东区领取点', place: '东区工会活动中心一楼', hours: '周一至周五 9:00–16:00' },
      ],
    },
    'dev-admin',
  );
  const page = await openAs(browser, t.cloud.url, 'dev-100050', WELFARE_URLS.code(batchId));
  const button = page.locator('taro-button-core', { hasText: '去选礼包' });
  await button.waitFor({ timeout: 15_000 });
  await screenshot(page, 'dead-end-pickup-no-gift');
  await button.click();
  await page.waitForURL(/pages\/welfare\/index/);
  await page.close();
}, 40_000);
