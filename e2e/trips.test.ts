// Recuperation trips end to end in the h5 build: the admin creates a plan with two routes and a
// priority list → three staff apply with preferences → the admin allocates → one confirms, another
// lets the deadline pass (the timer) and the next on the waitlist is offered the place → the
// group's list and the agency export.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { StaffDoc } from '../domain/roster/staff';
import type { ApplicationDoc } from '../domain/trips/model';
import { addDays, beijingDay } from '../domain/time';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';

let t: TestCloud;
let browser: Browser;
let people: StaffDoc[];

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
  const res = await t.db.collection(COLLECTIONS.staff).limit(1000).get();
  people = (res.data as StaffDoc[]).filter(
    (s) =>
      s.openid &&
      s.member &&
      s.status === '在职' &&
      (s.joinedOn ?? '9999') < '2015' &&
      s.roles.length === 0 &&
      s.staffNo > '100100',
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

async function confirmModal(page: Page, label: string) {
  await page
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText(label, { exact: true })
    .click();
}

const ROOT = '/packages/trips/pages';
const field = (page: Page, label: string) => page.locator(`input[placeholder="${label}"]`);

async function applyFor(s: StaffDoc, route: string) {
  const page = await openAs(`dev-${s.staffNo}`, `${ROOT}/index/index`);
  await page.getByText('你可以报名').waitFor();
  await page.locator('.tr-card', { hasText: route }).locator('.tr-group').first().click();
  await page.getByText('第 1 志愿').waitFor();
  await page.getByText('提交报名', { exact: true }).click();
  await page.getByText('已报名，等待分配').waitFor();
  return page;
}

it('plan → apply with preferences → allocate → confirm, timeout passes the place on → leader list and export', async () => {
  const [x, z, y] = people;
  const today = beijingDay();

  // the admin publishes a plan with two routes, one place each
  const admin = await openAs('dev-admin', `${ROOT}/admin/index`);
  await admin.getByText('新建疗休养计划', { exact: true }).click();
  await field(admin, '计划名称（如 2027 年度教职工疗休养）').fill('2027 年度教职工疗休养');
  await admin.getByLabel('报名截止日期', { exact: true }).fill(addDays(today, 7));
  const routes = [
    ['千岛湖康养', '4', '1', '2800', '2400', addDays(today, 60)],
    ['黄山徒步', '5', '5', '3600', '3000', addDays(today, 70)],
  ];
  for (const [i, [name, days, level, cost, subsidy, depart]] of routes.entries()) {
    const card = admin.locator('.tr-card .tr-card').nth(i);
    await card.locator('input[placeholder="路线名称"]').fill(name);
    await card.locator('input[placeholder="天数"]').fill(days);
    await card.locator('input[placeholder="强度 1–5（5 为登山较多）"]').fill(level);
    await card.locator('input[placeholder="费用（元）"]').fill(cost);
    await card.locator('input[placeholder="工会补贴（元）"]').fill(subsidy);
    await card.getByLabel(`路线 ${i + 1} 出发日期`, { exact: true }).fill(depart);
    await card.locator('input[placeholder="名额"]').fill('1');
  }
  await screenshot(admin, 'trips-1-admin-new-plan');
  await admin.getByText('发布计划', { exact: true }).click();
  await admin.getByText('报名中', { exact: false }).waitFor();
  // the priority list: x and z go first
  await admin.locator('textarea').first().fill(`${x.staffNo}\n${z.staffNo}`);
  await admin.getByText('保存优先名单', { exact: true }).click();
  await admin.getByText('已保存').first().waitFor();

  // three staff apply: x for 千岛湖, z and y for 黄山 (y waits behind z)
  const px = await applyFor(x, '千岛湖康养');
  await screenshot(px, 'trips-2-staff-applied');
  await px.close();
  await (await applyFor(z, '黄山徒步')).close();
  const py = await applyFor(y, '黄山徒步');
  await py.close();

  // the admin allocates (before the deadline: with a confirmation)
  await admin.reload();
  await admin.getByText('分配名额', { exact: true }).waitFor();
  await admin.locator('input[placeholder="随机种子（可不填，系统生成并公布）"]').fill('2027-e2e');
  await admin.getByText('分配名额', { exact: true }).click();
  await confirmModal(admin, '分配');
  await admin.getByText('随机种子 2027-e2e', { exact: false }).waitFor();
  await screenshot(admin, 'trips-3-admin-allocated');

  // x confirms with an emergency contact
  const cx = await openAs(`dev-${x.staffNo}`, `${ROOT}/index/index`);
  await cx.getByText('你获得了名额，请确认').waitFor();
  await cx.locator('input[placeholder="紧急联系人姓名"]').fill('王芳');
  await cx.locator('input[placeholder="紧急联系人手机号"]').fill('13900001111');
  await screenshot(cx, 'trips-4-offer');
  await cx.getByText('确认参加', { exact: true }).click();
  await cx.getByText('已确认参加').waitFor();
  await cx.getByText('出发签到码', { exact: true }).click();
  await cx.getByText('集合时把手机给领队扫码', { exact: false }).waitFor();
  await screenshot(cx, 'trips-5-pass');

  // y waits; z lets the deadline pass; the timer offers z's place to y
  const wy = await openAs(`dev-${y.staffNo}`, `${ROOT}/index/index`);
  await wy.getByText('候补中，第 1 位').waitFor();
  const apps = (
    await t.db.collection(COLLECTIONS.tripApplications).where({ staffNo: z.staffNo }).get()
  ).data as ApplicationDoc[];
  await t.db
    .collection(COLLECTIONS.tripApplications)
    .doc(apps[0]._id)
    .update({ confirmBy: new Date(Date.now() - 1000) });
  expect(await t.data('trips', { Type: 'Timer', TriggerName: 'tick' })).toMatchObject({
    expired: 1,
  });
  await wy.reload();
  await wy.getByText('你获得了名额，请确认').waitFor();
  await screenshot(wy, 'trips-6-waitlist-offered');
  const cz = await openAs(`dev-${z.staffNo}`, `${ROOT}/index/index`);
  await cz.getByText('确认已过期').waitFor();

  // the group's list (admin acting as leader) with the emergency contact, and the export
  await admin.reload();
  await admin.getByText('名单与签到', { exact: true }).first().click();
  await admin.getByText(`${x.name}（${x.staffNo}）`, { exact: false }).waitFor();
  await admin.getByText('紧急联系人 王芳', { exact: false }).waitFor();
  await screenshot(admin, 'trips-7-leader-list');
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByText('导出旅行社名单（.xlsx）', { exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^千岛湖康养-.*出行名单\.xlsx$/);
}, 240_000);
