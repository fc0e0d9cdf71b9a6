// Pictures end to end in the h5 build: an organizer adds a cover to an event on its page (picked,
// compressed on the phone, uploaded), and a staff member sees it on the 活动 list; then removes it
// after a confirmation. Screenshots of each step.
import type { Browser, Page } from 'playwright-core';
import { tinyPng } from '../local-cloud/seed/tiny-png';
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

it('an organizer adds a cover; staff see it on the 活动 list; removing asks first', async () => {
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '秋季登山健身活动',
      type: '健康',
      location: '学校东门集合',
      startAt: iso(72 * HOUR),
      endAt: iso(76 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(48 * HOUR),
      capacity: 40,
      allocation: 'first_come',
    },
    'dev-organizer',
  );

  const organizer = await openAs('dev-organizer', pages.events.detail({ id: eventId }));
  const picker = organizer.getByTestId('photo-picker').filter({ visible: true });
  await picker.getByText('还没有活动封面。').waitFor();
  // a big photo, as a phone camera takes it: the page shrinks it and sends a JPEG
  const photo = tinyPng(2400, 1350, [40, 120, 70]);
  const [chooser] = await Promise.all([
    organizer.waitForEvent('filechooser'),
    picker.getByText('添加活动封面', { exact: true }).click(),
  ]);
  await chooser.setFiles({ name: 'mountain.png', mimeType: 'image/png', buffer: photo });
  await picker.getByText('活动封面已更新，大家现在就能看到。').waitFor();
  await picker.getByText('更换活动封面', { exact: true }).waitFor();
  await screenshot(organizer, 'pictures-1-organizer-cover');

  const staff = await openAs('dev-100060', pages.tabs.events());
  const card = staff
    .getByTestId('event-card')
    .filter({ visible: true, hasText: '秋季登山健身活动' });
  const cover = card.getByTestId('event-cover');
  await cover.waitFor();
  await staff.waitForFunction(() =>
    [
      ...document.querySelectorAll<HTMLImageElement>(
        '[data-testid="event-cover"] img, img[data-testid="event-cover"]',
      ),
    ].some((img) => img.complete && img.naturalWidth > 0),
  );
  await screenshot(staff, 'pictures-2-staff-list');

  // what is stored is the phone's JPEG, at most 1280 px wide — not the 2400 px PNG picked
  const { items } = await t.data<{ items: { eventId: string; coverUrl?: string }[] }>(
    'events',
    { action: 'events.list' },
    'dev-100060',
  );
  const url = items.find((i) => i.eventId === eventId)?.coverUrl ?? '';
  const stored = Buffer.from(await (await fetch(`${t.cloud.url}${url}`)).arrayBuffer());
  expect([...stored.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(stored.length).toBeLessThan(photo.length);
  const width = await staff.evaluate(
    () =>
      document.querySelector<HTMLImageElement>(
        '[data-testid="event-cover"] img, img[data-testid="event-cover"]',
      )?.naturalWidth ?? 0,
  );
  expect(width).toBe(1280);

  // the detail page shows it too
  await card.click();
  await staff.getByAltText('秋季登山健身活动的封面').filter({ visible: true }).first().waitFor();

  // removing asks first
  await picker.getByText('去掉活动封面', { exact: true }).click();
  await organizer.getByText('去掉后列表里不再显示这张图片。').filter({ visible: true }).waitFor();
  await organizer.getByText('去掉', { exact: true }).filter({ visible: true }).last().click();
  await picker.getByText('活动封面已去掉。').waitFor();
  await screenshot(organizer, 'pictures-3-removed');
  expect(t.cloud.storage.count()).toBe(0);
}, 120_000);
