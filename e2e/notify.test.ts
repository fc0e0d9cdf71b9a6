// Notifications end to end in the h5 build: a staff member signs up for an event and allows the
// (simulated) subscribe dialog; the event comes within 24 hours; the reminder job runs; the message
// shows on the dev panel's phone (outbox) and in 我的 › 消息, and tapping it opens the event.
import type { Browser, Page } from 'playwright-core';
import { seedEvents } from '../local-cloud/seed/events';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, phonePage, screenshot, openAs as openPageAs } from './browser';
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

it('signs up, allows reminders, gets the reminder on the phone and in the inbox', async () => {
  const staffNo = '100012';
  const openid = `dev-${staffNo}`;
  const page = await openAs(openid, pages.events.detail({ id: EVENT }));
  await page.getByText('立即报名').click();
  // the simulated subscribe dialog (h5 local mode), right after the sign-up
  await page.getByText('「智慧工会」想给你发消息').waitFor();
  await screenshot(page, 'notify-1-subscribe-dialog');
  await page.getByText('允许', { exact: true }).click();
  await page.getByText('你已报名成功，到场时出示签到码。').waitFor();
  // the answer is recorded in the quota ledger
  for (let i = 0; i < 50; i++) {
    const q = await t.db.collection('notify_quota').where({ openid }).get();
    if (q.data.length > 0) break;
    await page.waitForTimeout(100);
  }
  const ledger = (await t.db.collection('notify_quota').where({ openid }).get()).data as {
    left: number;
  }[];
  expect(ledger.length).toBeGreaterThan(0);

  // time passes: the event now starts in 5 hours
  await t.db
    .collection('events')
    .doc(EVENT)
    .update({ startAt: new Date(Date.now() + 5 * 3600_000) });
  const fired = await fetch(`${t.cloud.url}/api/dev/timer/notify`, { method: 'POST' });
  expect(fired.status).toBe(200);
  const out = (await (await fetch(`${t.cloud.url}/api/dev/outbox?touser=${openid}`)).json()) as {
    messages: { templateId: string; page: string; data: Record<string, { value: string }> }[];
  };
  expect(out.messages).toHaveLength(1);
  expect(out.messages[0]).toMatchObject({
    templateId: 'dev-tpl-event-reminder',
    page: pages.events.detail({ id: EVENT }).slice(1),
    data: { thing1: { value: '名师有约·品茶论道' } },
  });
  // a second run sends nothing more
  await fetch(`${t.cloud.url}/api/dev/timer/notify`, { method: 'POST' });
  const again = (await (await fetch(`${t.cloud.url}/api/dev/outbox?touser=${openid}`)).json()) as {
    messages: unknown[];
  };
  expect(again.messages).toHaveLength(1);

  // the dev panel's phone shows it
  const panel = await phonePage(browser);
  await panel.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    'union-hub.dev-openid',
    openid,
  ] as const);
  await panel.goto(`${t.cloud.url}/dev`);
  await panel.getByText('进入小程序查看', { exact: false }).first().waitFor();
  await panel.locator('#phone-list').scrollIntoViewIfNeeded();
  await screenshot(panel, 'notify-2-phone');

  // 我的 shows the unread count; the inbox lists it; tapping opens the event
  const me = await openAs(openid, pages.tabs.me());
  await me.getByText('1 条未读', { exact: false }).first().waitFor();
  await screenshot(me, 'notify-3-me');
  const inbox = await openAs(openid, pages.notify.inbox());
  await inbox.getByText('活动提醒：名师有约·品茶论道').waitFor();
  await screenshot(inbox, 'notify-4-inbox');
  await inbox.getByText('活动提醒：名师有约·品茶论道').click();
  await inbox.waitForURL(/packages\/events\/pages\/detail/);
  const box = (await t.data('notify', { action: 'notify.inbox' }, openid)) as {
    unread: number;
    items: { kind: string; read: boolean }[];
  };
  expect(box.items.find((i) => i.kind === 'event_reminder')?.read).toBe(true);
}, 180_000);

it('lets a branch chair broadcast to the branch and shows the delivery counts', async () => {
  const page = await openAs('dev-chair', pages.notify.broadcast());
  await page.getByText('一个分工会', { exact: true }).click();
  await page.getByTestId('audience-option').first().click();
  await page.locator('input[placeholder="例如：周五下午分工会会议"]').fill('周五分工会会议');
  await page.locator('textarea').fill('周五下午三点在工会活动室开会，请准时参加。');
  await page.getByText('发送通知').click();
  await page.getByText('确认发送').waitFor();
  await page.getByText('发送', { exact: true }).click();
  await page.getByTestId('broadcast-status').waitFor();
  await page.getByText('收到站内消息').waitFor();
  await screenshot(page, 'notify-5-broadcast');
}, 120_000);
