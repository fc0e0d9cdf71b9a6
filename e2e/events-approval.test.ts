// Organizer approval end to end in the h5 build: an event that needs approval (created through the
// function), a staff member signs up and is told 待审核; the organizer opens the list, sees them
// under 待审核 with their branch and taps 通过; the staff member's page then says they are in.
import type { Browser, Page } from 'playwright-core';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

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

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

it('a sign-up waits for approval; the organizer approves it in the list; the person is in', async () => {
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '茶艺体验课',
      type: '培训',
      location: '工会活动中心',
      startAt: iso(48 * HOUR),
      endAt: iso(50 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(24 * HOUR),
      capacity: 10,
      approval: true,
    },
    'dev-organizer',
  );
  const staffNo = '100012';
  const who = (await t.db.collection('staff').doc(staffNo).get()).data[0] as {
    name: string;
    branchId: string;
  };
  const branch = (await t.db.collection('branches').doc(who.branchId).get()).data[0] as {
    name: string;
  };

  // the staff member applies and is told it waits for the organizer
  const staff = await openAs(`dev-${staffNo}`, pages.events.detail({ id: eventId }));
  await staff.getByText('还剩 10 个名额，报名后由组织者审核。').waitFor();
  await staff.getByText('提交报名').click();
  await staff
    .getByText('允许', { exact: true })
    .click({ timeout: 10_000 })
    .catch(() => undefined);
  await staff.getByText('待审核：报名已提交，组织者审核后会通知你。').waitFor();
  await screenshot(staff, 'events-approval-1-pending');

  // the organizer sees them under 待审核 with their branch, and approves
  const org = await openAs('dev-organizer', pages.events.attendance({ id: eventId }));
  const section = org.getByTestId('pending-approvals');
  await section.getByText('待审核（1 人）').waitFor();
  const row = section.getByTestId('pending-row').filter({ hasText: who.name });
  await row.getByText(`${who.name} · ${branch.name}`).waitFor();
  await screenshot(org, 'events-approval-2-list');
  await row.getByText('通过', { exact: true }).click();
  await section.getByText(`已通过${who.name}的报名，已通知本人。`).waitFor();
  await section.getByText('待审核（0 人）').waitFor();
  await org
    .getByTestId('attendance-list')
    .locator('.ev-row', { hasText: who.name })
    .getByText('已报名')
    .waitFor();
  await screenshot(org, 'events-approval-3-approved');

  // the staff member's page now says they are in
  const after = await openAs(`dev-${staffNo}`, pages.events.detail({ id: eventId }));
  await after.getByText('你已报名成功，到场时出示签到码。').waitFor();
  await screenshot(after, 'events-approval-4-confirmed');

  const doc = (await t.db.collection('event_signups').doc(`${eventId}:${staffNo}`).get())
    .data[0] as { status: string };
  expect(doc.status).toBe('confirmed');
}, 180_000);
