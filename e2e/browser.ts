// Headless Chromium for e2e tests: the Debian browser driven by playwright-core, never a download.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEV_OPENID_KEY } from '../src/services/dev-identity';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'test-output', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone-sized page (the app is a mini-program). */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  return context.newPage();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // let Taro's page-slide transition finish, or the shot catches two pages half in view
  await page.waitForTimeout(600);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A phone page acting as `openid` (the dev identity the h5 build reads), opened at a hash path. */
export async function openAs(
  browser: Browser,
  baseUrl: string,
  openid: string,
  hashPath: string,
): Promise<Page> {
  const page = await phonePage(browser);
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    DEV_OPENID_KEY,
    openid,
  ] as const);
  await page.goto(`${baseUrl}/#${hashPath}`);
  return page;
}
