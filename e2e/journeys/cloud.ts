// The journeys' local cloud: the demo union with every feature's demo data, and an h5 page per role.
import type { Browser, Page } from 'playwright-core';
import { FEATURE_SEEDERS } from '../../local-cloud/seed/features';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { openAs } from '../browser';

export async function startJourneyCloud(): Promise<TestCloud> {
  const t = await startTestCloud({ demo: true });
  const now = new Date();
  for (const seed of FEATURE_SEEDERS) await seed(t.db, now);
  return t;
}

/** Opens `hashPath` as `openid` and waits until the page has settled (its calls answered). */
export async function visit(
  browser: Browser,
  t: TestCloud,
  openid: string,
  hashPath: string,
): Promise<Page> {
  const page = await openAs(browser, t.cloud.url, openid, hashPath);
  await settle(page);
  return page;
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.page-shell, .taro_page').first().waitFor({ timeout: 15_000 });
  // Taro's page-slide transition, and a loading state giving way to content
  await page.waitForTimeout(700);
  await page.waitForLoadState('networkidle');
}
