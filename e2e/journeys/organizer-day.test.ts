// Journey: an organizer's event from the form to the export — creates a talk through the real
// h5 form (times picked with the date pickers), two staff sign up on their own phones, one shows
// the pass at the door and is checked in with the code on it, and the organizer exports the
// attendance: the workbook marks the one who came as 签到 and the other as not.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { pages } from '../../domain/pages';
import type { TestCloud } from '../../local-cloud/testing';
import { launchBrowser } from '../browser';
import { allowNotices, expectGoodPage, settle, startJourneyCloud, visit } from './cloud';

const ORGANIZER = 'dev-organizer';
// neither among the demo sign-ups nor used by the other journeys
const CAME = '100261';
const AWAY = '100262';
const TITLE = '退休生活规划讲座';

let t: TestCloud;
let browser: Browser;
beforeAll(async () => {
  t = await startJourneyCloud();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** "2026-12-02T14:05" in Beijing time, `minutes` from now: what a datetime-local input takes. */
function beijingLocal(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000);
  return d.toISOString().slice(0, 16);
}

async function pick(page: Page, label: string, value: string): Promise<void> {
  await page.locator(`input[aria-label="${label}"]`).filter({ visible: true }).fill(value);
}

let eventId = '';

it('the organizer creates the talk through the form, picking every time', async () => {
  const page = await visit(browser, t, ORGANIZER, pages.events.edit());
  await page.getByText('发布活动', { exact: true }).waitFor();
  await expectGoodPage(page, 'organizer-1-form');

  // publishing an empty form names what is missing
  await page.getByText('发布活动', { exact: true }).click();
  await page.getByText('请填写活动名称').waitFor();
  await page.getByText('请选择日期和时间').first().waitFor();

  await page.locator('input[placeholder="例如 中医养生讲座"]').fill(TITLE);
  await page.locator('input[placeholder="例如 图书馆报告厅"]').fill('行政楼三楼会议室');
  // sign-up open now until one hour before the talk; the talk in two hours (the door today)
  await pick(page, '活动开始', beijingLocal(120));
  await pick(page, '活动结束', beijingLocal(240));
  await pick(page, '报名开始', beijingLocal(-60));
  await pick(page, '报名截止', beijingLocal(60));
  await page.locator('input[placeholder="例如 100"]').fill('30');
  await page
    .locator('textarea')
    .filter({ visible: true })
    .fill('养老金、医保与退休手续，一次讲清楚。欢迎带着问题来。');
  // each problem went as its field was fixed
  expect(await page.getByText('请选择日期和时间').filter({ visible: true }).count()).toBe(0);
  expect(await page.getByText('请填写活动名称').filter({ visible: true }).count()).toBe(0);
  await expectGoodPage(page, 'organizer-2-form-filled');

  await page.getByText('发布活动', { exact: true }).click();
  await page.waitForURL(/packages\/events\/pages\/detail\/index\?id=/);
  eventId = decodeURIComponent(/[?&]id=([^&]+)/.exec(page.url())?.[1] ?? '');
  expect(eventId).not.toBe('');
  await page.getByText(TITLE).first().waitFor();
  await settle(page);
  await expectGoodPage(page, 'organizer-3-published');
  await page.context().close();

  const ev = (await t.db.collection('events').doc(eventId).get()).data[0] as {
    status: string;
    capacity: number;
    location: string;
  };
  expect(ev).toMatchObject({ status: 'published', capacity: 30, location: '行政楼三楼会议室' });
}, 180_000);

let code = '';

it('two staff sign up on their own phones; one opens the pass at the door', async () => {
  for (const staffNo of [CAME, AWAY]) {
    const page = await visit(browser, t, `dev-${staffNo}`, pages.events.detail({ id: eventId }));
    await page.getByText('立即报名').waitFor();
    if (staffNo === CAME) await expectGoodPage(page, 'organizer-4-staff-detail');
    await page.getByText('立即报名').click();
    await allowNotices(page);
    await page.getByText('你已报名成功，到场时出示签到码。').waitFor();
    if (staffNo === AWAY) {
      await page.context().close();
      continue;
    }
    await page.getByText('出示签到码', { exact: true }).click();
    const codeEl = page.getByTestId('pass-code');
    await page.waitForFunction(
      () =>
        /^\d{8}$/.test(
          (document.querySelector('[data-testid="pass-code"]')?.textContent ?? '').replace(
            /\s/g,
            '',
          ),
        ),
      undefined,
      { timeout: 15_000 },
    );
    await settle(page);
    code = ((await codeEl.textContent()) ?? '').replace(/\s/g, '');
    // the pass says which event it is for
    await page.getByText(TITLE, { exact: false }).filter({ visible: true }).first().waitFor();
    await expectGoodPage(page, 'organizer-5-pass');
    await page.context().close();
  }
  expect(code).toMatch(/^\d{8}$/);
}, 180_000);

it('the organizer checks one in with the code on the pass, then exports the attendance', async () => {
  const name = async (staffNo: string) =>
    ((await t.db.collection('staff').doc(staffNo).get()).data[0] as { name: string }).name;
  const came = await name(CAME);
  const away = await name(AWAY);

  const door = await visit(browser, t, ORGANIZER, pages.events.checkin({ id: eventId }));
  await door.getByText('已签到 0 / 2 人').waitFor();
  await expectGoodPage(door, 'organizer-6-checkin');
  await door.locator('input[placeholder="例如 0042 7319"]').fill(code);
  await door.getByText('确认签到').click();
  await door.getByText(`${came}（${CAME}）签到成功`).waitFor();
  await door.getByText('已签到 1 / 2 人').waitFor();
  await expectGoodPage(door, 'organizer-7-checked-in');
  await door.context().close();

  const att = await visit(browser, t, ORGANIZER, pages.events.attendance({ id: eventId }));
  await att.locator('.ev-row', { hasText: came }).getByText('已签到', { exact: false }).waitFor();
  await att.locator('.ev-row', { hasText: away }).getByText('已报名', { exact: true }).waitFor();
  await expectGoodPage(att, 'organizer-8-attendance');
  const [download] = await Promise.all([
    att.waitForEvent('download'),
    att.getByText('导出签到表（Excel）', { exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${TITLE}-签到表.xlsx`);
  // the export says what it did (D21: it used to download silently)
  await att.getByText(`已导出 2 人：${TITLE}-签到表.xlsx`, { exact: false }).waitFor();
  await expectGoodPage(att, 'organizer-9-exported');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (h: string) => header.indexOf(h);
  expect(col('签到号')).toBeGreaterThan(0);
  expect(col('签到时间')).toBeGreaterThan(0);
  const rows = new Map<string, string[]>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = (row.values as unknown[]).map((v) => String(v ?? ''));
    rows.set(cells[col('工号')], cells);
  });
  expect([...rows.keys()].sort()).toEqual([CAME, AWAY].sort());
  const cameRow = rows.get(CAME) as string[];
  const awayRow = rows.get(AWAY) as string[];
  expect(cameRow[col('姓名')]).toBe(came);
  expect(cameRow[col('签到号')]).toMatch(/^\d+$/);
  expect(cameRow[col('签到时间')]).toMatch(/\d{1,2}:\d{2}/);
  expect(awayRow[col('签到号')]).toBe('');
  expect(awayRow[col('签到时间')]).toBe('未签到');
  await att.context().close();
}, 180_000);
