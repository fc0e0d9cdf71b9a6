// Honours end to end in the h5 build: a branch chair nominates two of the branch within the
// quota → the union admin accepts both and opens the vote → two judges vote → the admin starts the
// 公示 (name, branch and category only) → after the 公示 the final list goes into honours.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import { pages } from '../domain/pages';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, openAs as openPageAs, screenshot } from './browser';

jest.setTimeout(180_000);

let t: TestCloud;
let browser: Browser;
let roundId: string;
let nominees: { staffNo: string; name: string }[];
const DAY = 86_400_000;
const JUDGES = ['100007', '100008'];

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  browser = await launchBrowser();
  const now = Date.now();
  ({ roundId } = await t.data<{ roundId: string }>(
    'awards',
    {
      action: 'awards.createRound',
      name: '2026年度评优评先',
      nominateOpenAt: new Date(now - 3600_000).toISOString(),
      nominateCloseAt: new Date(now + 10 * DAY).toISOString(),
      categories: [{ name: '先进工会工作者', quota: { perBranch: 3 }, places: 1 }],
      votesPerJudge: 1,
      publicityDays: 5,
      judges: JUDGES,
    },
    'dev-admin',
  ));
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ branchId: 'b06', active: true })
    .orderBy('_id', 'asc')
    .limit(20)
    .get();
  nominees = (res.data as { staffNo: string; name: string }[])
    .filter((s) => s.staffNo !== '100003')
    .slice(0, 2);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, url: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, url);

async function confirmModal(page: Page, label: string) {
  await page
    .locator('.taro-modal__foot')
    .filter({ visible: true })
    .getByText(label, { exact: true })
    .click();
}

const visible = (page: Page, text: string | RegExp, exact = false) =>
  page.getByText(text, { exact }).filter({ visible: true }).first();

it('a chair nominates two → admin accepts → judges vote → 公示 → final', async () => {
  const [a, b] = nominees as [{ staffNo: string; name: string }, { staffNo: string; name: string }];
  // the chair: quota in words, two nominations
  const chair = await openAs('dev-chair', pages.awards.nominate({ round: roundId }));
  await visible(chair, '本分工会的名额').waitFor();
  await visible(chair, '已推荐 0 / 3 名').waitFor();
  for (const p of [a, b]) {
    await chair.locator('input[aria-label="被推荐人的工号"]').fill(p.staffNo);
    await chair
      .locator('textarea[aria-label="推荐理由（主要事迹）"]')
      .fill(`${p.name}同志长期承担分工会工作，组织健步走和读书会。`);
    await visible(chair, '提交推荐', true).click();
    await visible(chair, '已提交，等待校工会审核。').waitFor();
  }
  await visible(chair, '已推荐 2 / 3 名').waitFor();
  await visible(chair, `${b.name}（${b.staffNo}）· 先进工会工作者`).waitFor();
  await screenshot(chair, 'awards-1-chair-nominated');

  // the admin accepts both, then closes nominations for the vote
  const admin = await openAs('dev-admin', pages.awards.admin({ round: roundId }));
  await visible(admin, /审核提名（2 条，待审核 2 条）/).waitFor();
  for (const p of [a, b]) {
    await visible(admin, `通过${p.name}`, true).click();
    await visible(admin, '已审核通过。').waitFor();
  }
  await visible(admin, /待审核 0 条/).waitFor();
  await visible(admin, '截止提名，开始评委投票', true).click();
  await confirmModal(admin, '开始投票');
  await visible(admin, /已有 0 位评委投票/).waitFor();
  await screenshot(admin, 'awards-2-admin-voting');

  // two judges vote for A; a judge has one vote in the category
  for (const no of JUDGES) {
    const judge = await openAs(`dev-${no}`, pages.awards.vote({ round: roundId }));
    await visible(judge, '每位评委最多 1 票，还可以投 1 票').waitFor();
    await visible(judge, `投${a.name}一票`, true).click();
    await visible(judge, '已投票，这一类还可以投 0 票。').waitFor();
    if (no === JUDGES[0]) await screenshot(judge, 'awards-3-judge-voted');
    await judge.close();
  }

  // the admin sees the result and starts the 公示
  await admin.reload();
  await visible(admin, /已有 2 位评委投票/).waitFor();
  await visible(admin, '2 票 当选').waitFor();
  await visible(admin, '开始公示', true).click();
  await confirmModal(admin, '开始公示');
  await visible(admin, '公示期意见（0）').waitFor();

  // anyone bound sees the 公示: name, branch and category — not the reason, not the votes
  const staff = await openAs('dev-100040', pages.awards.publicity({ round: roundId }));
  await visible(staff, '公示名单', true).waitFor();
  await visible(staff, a.name, true).waitFor();
  await visible(staff, /先进工会工作者/).waitFor();
  expect(await staff.getByText(b.name, { exact: true }).filter({ visible: true }).count()).toBe(0);
  expect(
    await staff
      .getByText(/长期承担分工会工作|票/)
      .filter({ visible: true })
      .count(),
  ).toBe(0);
  await screenshot(staff, 'awards-4-publicity');

  // after the 公示 (5 days): the final list, into honours
  t.setClockOffset(5 * DAY + 3600_000);
  try {
    await admin.reload();
    await visible(admin, '公布最终名单', true).click();
    await confirmModal(admin, '公布');
    await visible(admin, '最终名单已经公布，获奖人员已记入荣誉档案。').waitFor();
    await screenshot(admin, 'awards-5-final');
  } finally {
    t.setClockOffset(0);
  }
  const honours = await t.db.collection(COLLECTIONS.honours).where({ roundId }).get();
  expect((honours.data as { staffNo: string }[]).map((h) => h.staffNo)).toEqual([a.staffNo]);
  // the honoured person sees it on the awards home
  const winner = await openAs(`dev-${a.staffNo}`, pages.awards.index());
  await visible(winner, '我获得的荣誉').waitFor();
  await visible(winner, /年度 先进工会工作者/).waitFor();
});
