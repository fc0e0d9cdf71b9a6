// The journeys' local cloud: the demo union with every feature's demo data, and an h5 page per role.
import type { Browser, Page } from 'playwright-core';
import { FEATURE_SEEDERS } from '../../local-cloud/seed/features';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { openAs, screenshot } from '../browser';
import { checkPage } from '../page-checks';

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
  await page
    .locator('.page-shell, .taro_page')
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 15_000 });
  // Taro's page-slide transition, and a loading state giving way to content
  await page.waitForTimeout(700);
  await page.waitForLoadState('networkidle');
}

/** The notify feature asks to subscribe right after some taps (a simulated dialog in h5): allow. */
export async function allowNotices(page: Page): Promise<void> {
  const allow = page.locator('.taro__modal').getByText('允许', { exact: true });
  try {
    await allow.waitFor({ timeout: 3000 });
  } catch {
    return;
  }
  await allow.click();
  await page.locator('.taro__modal').waitFor({ state: 'hidden' });
}

/**
 * What every journey asserts on every page it passes: no serious or critical axe-core violation,
 * tap targets ≥ 44 px, text ≥ 15 px; and a screenshot under test-output/screenshots/journey-*.
 */
export async function expectGoodPage(page: Page, name: string): Promise<void> {
  await screenshot(page, `journey-${name}`);
  const r = await checkPage(page, name);
  expect({
    page: name,
    axe: r.blocking.map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.targets.join(' | ')}`),
    sizes: r.sizes.map((s) => `${s.kind} ${s.size} ${s.what}`),
  }).toEqual({ page: name, axe: [], sizes: [] });
}
