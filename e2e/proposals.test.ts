// Proposals end to end in the h5 build: a representative files a proposal and invites two
// co-signers, both accept, the committee accepts it and assigns 后勤保障处, the department answers,
// and the proposer rates the answer. Identity switches through the dev openid in localStorage.
import type { Browser, Page } from 'playwright-core';
import { COLLECTIONS } from '../database/collections';
import type { ProposalDoc } from '../domain/proposals/model';
import { DEMO_SESSION, seedProposals } from '../local-cloud/seed/proposals';
import { startTestCloud, type TestCloud } from '../local-cloud/testing';
import { launchBrowser, screenshot, openAs as openPageAs } from './browser';
import { pages } from '../domain/pages';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedProposals(t.db, new Date());
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const openAs = (openid: string, hashPath: string): Promise<Page> =>
  openPageAs(browser, t.cloud.url, openid, hashPath);

async function nameOf(staffNo: string): Promise<string> {
  const res = await t.db.collection(COLLECTIONS.staff).doc(staffNo).get();
  return (res.data as { name: string }[])[0].name;
}

const TITLE = '关于教学楼增设直饮水机的提案';

it('files with two co-signers, is accepted and assigned, answered, and rated', async () => {
  // a representative writes the proposal; the rules are checked as they type
  const author = await openAs('dev-100030', pages.proposals.file({ session: DEMO_SESSION }));
  await author.getByText('提交类型').waitFor();
  await author.locator('input').first().fill(TITLE);
  await author.getByText('后勤', { exact: true }).click();
  const boxes = author.locator('textarea');
  await boxes.nth(0).fill('教学楼里只有一楼有开水炉，课间老师和学生要排队接水。');
  await author.getByText('背景与问题至少要 50 个字', { exact: false }).waitFor();
  await boxes
    .nth(0)
    .fill(
      '教学楼里只有一楼有开水炉，课间十分钟老师和学生都要排队接水，高楼层上课的老师常常来不及接水就要上下一节课，夏天尤其不方便，大家反映了很多次。',
    );
  await boxes
    .nth(1)
    .fill(
      '建议后勤保障处在教学楼每层增设一台直饮水机，并定期检测水质、公布检测结果，方便师生课间饮水。',
    );
  await screenshot(author, 'proposals-1-file-form');
  await author.getByText('提交，然后邀请附议').click();

  // on its page: invite two representatives by name
  await author.getByText('邀请代表附议').waitFor();
  const [a, b] = await Promise.all([nameOf('100031'), nameOf('100032')]);
  for (const name of [a, b]) {
    await author.locator('input[placeholder="输入代表姓名或代表团"]').fill(name);
    await author.getByText('查找代表').click();
    await author.locator('.pp-person', { hasText: name }).first().click();
  }
  await author.getByText('邀请这 2 位代表附议').click();
  await author.getByText(`等待回应：${a}、${b}`).waitFor();
  await screenshot(author, 'proposals-2-invited');
  const id = (
    (
      await t.db
        .collection(COLLECTIONS.proposals)
        .where({ proposerNo: '100030', title: TITLE })
        .get()
    ).data as ProposalDoc[]
  )[0]._id;

  // both co-sign in the app
  for (const [openid, shot] of [
    ['dev-100031', 'proposals-3-cosign-invitation'],
    ['dev-100032', ''],
  ] as const) {
    const cosigner = await openAs(openid, pages.proposals.mine({ tab: 'invitations' }));
    await cosigner.getByText('邀请我附议（1）').click();
    await cosigner.getByText(TITLE).click();
    await cosigner.getByText('同意附议').waitFor();
    if (shot) await screenshot(cosigner, shot);
    await cosigner.getByText('同意附议').click();
    await cosigner
      .getByText(`附议人：`, { exact: false })
      .filter({ hasText: await nameOf(openid.slice(4)) })
      .waitFor();
  }
  expect((await t.db.collection(COLLECTIONS.proposals).doc(id).get()).data[0]).toMatchObject({
    status: 'filed',
  });

  // the committee accepts it and assigns 后勤保障处
  const committee = await openAs('dev-100044', pages.proposals.detail({ id }));
  await committee.getByText('审查这份提案').click();
  await committee.getByText('承办部门（可多选）').waitFor();
  await committee.getByText('后勤保障处', { exact: true }).click();
  await screenshot(committee, 'proposals-4-review');
  await committee.getByText('保存审查结果').click();
  await committee.getByText('确定', { exact: true }).click();
  await committee.getByText('审查意见：立案').waitFor();
  await screenshot(committee, 'proposals-5-accepted');

  // the department handler answers
  const handler = await openAs('dev-100045', pages.proposals.mine({ tab: 'assigned' }));
  await handler.getByText('待部门办理', { exact: false }).click();
  await handler.getByText(TITLE).click();
  await handler.getByText('以后勤保障处名义答复').click();
  await handler.getByText('已解决', { exact: true }).click();
  await handler
    .locator('textarea')
    .fill(
      '感谢代表的关心。教学楼每层已安装一台直饮水机，水质每季度检测一次，结果在一楼公告栏公布。',
    );
  await screenshot(handler, 'proposals-6-answer');
  await handler.getByText('提交答复').click();
  await handler.getByText('提交', { exact: true }).click();
  await handler.getByText('后勤保障处答复：已解决').waitFor();

  // the proposer rates it; it closes
  const back = await openAs('dev-100030', pages.proposals.detail({ id }));
  await back.getByText('评价答复').waitFor();
  await back.getByText('满意', { exact: true }).click();
  await back.getByText('提交评价').click();
  await back.getByText('提案人评价：满意').waitFor();
  await screenshot(back, 'proposals-7-rated');
  const doc = (await t.db.collection(COLLECTIONS.proposals).doc(id).get()).data[0] as ProposalDoc;
  expect(doc).toMatchObject({
    status: 'closed',
    departments: [{ id: 'hqbzc', name: '后勤保障处' }],
  });
  expect(doc.cosigners.map((p) => p.staffNo)).toEqual(['100031', '100032']);

  // the board shows it with the others, and the printable page renders
  const board = await openAs('dev-100200', pages.proposals.index());
  await board.getByText(TITLE).waitFor();
  await board.getByText('按承办部门').waitFor();
  await screenshot(board, 'proposals-8-board');
  const print = await openAs('dev-100200', pages.proposals.print({ id }));
  await print.getByText('教职工代表大会提案表', { exact: false }).waitFor();
  await screenshot(print, 'proposals-9-print');
}, 180_000);
