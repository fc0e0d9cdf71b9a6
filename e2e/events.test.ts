// Events end to end in the h5 build: a staff member signs up for 名师有约·品茶论道 and opens the
// pass; the organizer checks them in by the typed code; the attendance list shows them checked
// in. Screenshots of each step.
import type { Browser, Page } from 'playwright-core';
import { seedEvents } from '../local-cloud/seed/events';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedEvents(t.db, new Date());
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

const EVENT = 'ev-demo-tea';

it('signs up, shows the pass, is checked in by typed code and listed as present', async () => {
  const staffNo = '100011';
  const name = ((await t.db.collection('staff').doc(staffNo).get()).data[0] as { name: string })
    .name;

  // the 活动 tab lists the open events
  const list = await openAs(`dev-${staffNo}`, pages.tabs.events());
  await list.getByText('名师有约·品茶论道').first().waitFor();
  await screenshot(list, 'events-1-list');

  // the event page says in one line what I can do; I sign up
  const staff = await openAs(`dev-${staffNo}`, pages.events.detail({ id: EVENT }));
  await staff.getByText('还剩 15 个名额，现在可以报名。').waitFor();
  await screenshot(staff, 'events-2-detail');
  await staff.getByText('立即报名').click();
  // the notify feature asks, right after the tap, whether reminders may be sent (simulated in h5)
  await staff
    .getByText('允许', { exact: true })
    .click({ timeout: 10_000 })
    .catch(() => undefined);
  await staff.getByText('报名成功！到场时出示签到码。').waitFor();
  await staff.getByText('你已报名成功，到场时出示签到码。').waitFor();
  await screenshot(staff, 'events-3-signed-up');

  // my pass: a QR and the 8-digit code
  await staff.getByText('出示签到码', { exact: true }).click();
  const codeEl = staff.getByTestId('pass-code');
  await codeEl.waitFor();
  await staff.waitForFunction(
    () =>
      (document.querySelector('[data-testid="pass-code"]')?.textContent ?? '').trim().length >= 9,
  );
  const code = ((await codeEl.textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^\d{8}$/);
  await staff.getByText('秒后自动刷新', { exact: false }).waitFor();
  await screenshot(staff, 'events-4-pass');

  // the organizer types the code at the door
  const organizer = await openAs('dev-organizer', pages.events.checkin({ id: EVENT }));
  await organizer.getByText('已签到 0 / 6 人').waitFor();
  await organizer.locator('input[placeholder="例如 0042 7319"]').fill(code);
  await organizer.getByText('确认签到').click();
  await organizer.getByText(`${name}（${staffNo}）签到成功`).waitFor();
  await organizer.getByText('已签到 1 / 6 人').waitFor();
  await screenshot(organizer, 'events-5-checked-in');

  // the attendance list shows them present
  const att = await openAs('dev-organizer', pages.events.attendance({ id: EVENT }));
  const row = att.locator('.ev-row', { hasText: name });
  await row.getByText('已签到', { exact: false }).waitFor();
  await screenshot(att, 'events-6-attendance');

  const doc = (await t.db.collection('event_signups').doc(`${EVENT}:${staffNo}`).get()).data[0] as {
    status: string;
    checkedInAt?: Date;
  };
  expect(doc.status).toBe('confirmed');
  expect(doc.checkedInAt).toBeTruthy();
}, 180_000);
