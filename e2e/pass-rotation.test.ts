// The event pass at the door (issue 14, D1): the page stays open while Playwright's page clock runs
// past two 30-second windows; the pass keeps rotating (it never freezes on "正在刷新…"), says which
// event it is for, has a big 刷新 button, and the code on screen then checks in.
import type { Browser, Page } from 'playwright-core';
import { seedEvents } from '../local-cloud/seed/events';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { DEV_OPENID_KEY } from '../src/services/dev-identity';
import { launchBrowser, phonePage, screenshot } from './browser';

let t: TestCloud;
let browser: Browser;

const EVENT = 'ev-demo-tea';
const STAFF = '100012';
const PASS_URL = `/packages/events/pages/pass/index?id=${EVENT}`;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedEvents(t.db, new Date());
  await t.data('events', { action: 'events.signup', eventId: EVENT }, `dev-${STAFF}`);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

interface PassAnswer {
  code: string;
  expiresAt: string;
  serverNow: string;
}

/** The pass page with the page clock installed before it loads; every pass answer recorded. */
async function openPass(): Promise<{ page: Page; answers: PassAnswer[] }> {
  const page = await phonePage(browser);
  const answers: PassAnswer[] = [];
  page.on('response', async (res) => {
    if (!res.url().includes('/api/fn/events')) return;
    if (!(res.request().postData() ?? '').includes('events.pass')) return;
    const body = (await res.json().catch(() => null)) as { ok: boolean; data: PassAnswer } | null;
    if (body?.ok) answers.push(body.data);
  });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    DEV_OPENID_KEY,
    `dev-${STAFF}`,
  ] as const);
  await page.clock.install();
  await page.goto(`${t.cloud.url}/#${PASS_URL}`);
  return { page, answers };
}

const shownCode = async (page: Page) =>
  ((await page.getByTestId('pass-code').textContent()) ?? '').replace(/\s/g, '');

async function waitForAnswers(answers: PassAnswer[], n: number): Promise<void> {
  for (let i = 0; i < 100 && answers.length < n; i++) await new Promise((r) => setTimeout(r, 100));
  expect(answers.length).toBeGreaterThanOrEqual(n);
}

it('keeps rotating past two windows on the page clock, and the code then on screen checks in', async () => {
  const { page, answers } = await openPass();
  await page.getByTestId('pass-code').waitFor();
  await waitForAnswers(answers, 1);
  // which event, when and where, and a big 刷新 button
  await page.getByTestId('pass-event').getByText('名师有约·品茶论道').waitFor();
  await page.getByText('地点：教工之家茶室').waitFor();
  await page.getByText('刷新签到码').waitFor();
  expect(await shownCode(page)).toBe(answers[0].code);

  // the page clock runs 65 s on (past two 30-second windows); the server's clock does not
  await page.clock.runFor(65_000);
  await waitForAnswers(answers, 2);
  // the pass asked again and counts down again on the server's clock, instead of freezing
  await page.getByText(/^\d+ 秒后自动刷新$/).waitFor();
  const code = await shownCode(page);
  expect(code).toBe(answers[answers.length - 1].code);
  await screenshot(page, 'pass-1-after-65s');

  const checkin = await t.call<{ staffNo: string; already: boolean }>(
    'events',
    { action: 'events.checkin', eventId: EVENT, code },
    'dev-organizer',
  );
  expect(checkin).toMatchObject({ ok: true, data: { staffNo: STAFF, already: false } });
  await page.close();
}, 60_000);

it('answers a new pass in the next real window, and the page shows it by itself', async () => {
  const { page, answers } = await openPass();
  await waitForAnswers(answers, 1);
  const first = answers[0];
  // wait (in real time) until the server is in the next window, then let the page clock catch up
  const wait = new Date(first.expiresAt).getTime() - Date.now() + 1_500;
  await new Promise((r) => setTimeout(r, Math.max(0, wait)));
  await page.clock.runFor(Math.max(0, wait) + 1_000);
  await waitForAnswers(answers, 2);
  const next = answers[answers.length - 1];
  expect(next.expiresAt).not.toBe(first.expiresAt);
  expect(new Date(next.expiresAt).getTime()).toBe(new Date(first.expiresAt).getTime() + 30_000);
  await page.getByText(/^\d+ 秒后自动刷新$/).waitFor();
  expect(await shownCode(page)).toBe(next.code);
  // the big button asks for a pass at once
  const before = answers.length;
  await page.getByText('刷新签到码').click();
  await waitForAnswers(answers, before + 1);
  await screenshot(page, 'pass-2-next-window');
  await page.close();
}, 90_000);
