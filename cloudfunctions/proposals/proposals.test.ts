// The proposals function through the gateway, the real SDK and the local cloud: filing by
// representatives, co-signing, review, merge, answers by the assigned department, rating, board.
import ExcelJS from 'exceljs';
import { COLLECTIONS } from '../../database/collections';
import type { ProposalDetail, ProposalSummary } from '../../domain/proposals/contract';
import type { ProposalDoc } from '../../domain/proposals/model';
import { DEMO_SESSION, seedProposals } from '../../local-cloud/seed/proposals';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
const call = (event: Record<string, unknown>, openid: string) => t.call('proposals', event, openid);
const data = <T>(event: Record<string, unknown>, openid: string) =>
  t.data<T>('proposals', event, openid);

const COMMITTEE = 'dev-100044';
const HQ_HANDLER = 'dev-100045'; // 后勤保障处
const JWC_HANDLER = 'dev-100046'; // 教务处
const NOT_A_REP = 'dev-100060';

const content = (title: string, extra: Record<string, unknown> = {}) => ({
  sessionId: DEMO_SESSION,
  kind: 'proposal',
  title,
  category: '后勤',
  background:
    '学校东区的教职工宿舍楼年代久远，热水供应时有时无，冬天洗澡很不方便，老同志们意见比较大，维修报修后往往要等一两周才有人来处理，影响了大家的正常生活。',
  suggestion:
    '建议后勤保障处对东区教职工宿舍的热水系统进行一次全面检修，并建立报修后三天内上门处理的制度。',
  ...extra,
});

async function stored(id: string): Promise<ProposalDoc> {
  const res = await t.db.collection(COLLECTIONS.proposals).doc(id).get();
  return (res.data as ProposalDoc[])[0];
}

/** Files as `by`, invites and has `cosigners` accept; returns the id. */
async function fileWithCosigners(
  by: string,
  title: string,
  cosigners: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { proposalId } = await data<{ proposalId: string }>(
    { action: 'proposals.file', ...content(title, extra) },
    `dev-${by}`,
  );
  await data({ action: 'proposals.invite', proposalId, staffNos: cosigners }, `dev-${by}`);
  for (const c of cosigners) await data({ action: 'proposals.cosign', proposalId }, `dev-${c}`);
  return proposalId;
}

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  await seedProposals(t.db, new Date());
});
afterAll(() => t.stop());
afterEach(() => t.setDbLatency(null));

describe('filing', () => {
  it('rejects a too-short background at the edge, before touching the database', async () => {
    t.resetRequests();
    const r = await call(
      { action: 'proposals.file', ...content('关于宿舍热水的提案', { background: '热水不好。' }) },
      'dev-100030',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    if (!r.ok) expect(r.error.issues?.[0]).toMatchObject({ path: 'background' });
    expect(t.requests()).toBe(0);
  });

  it('lets only representatives file, and writes nothing for others', async () => {
    const r = await call(
      { action: 'proposals.file', ...content('关于宿舍热水检修的提案甲') },
      NOT_A_REP,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'proposals.not_representative' } });
    const res = await t.db.collection(COLLECTIONS.proposals).where({ proposerNo: '100060' }).get();
    expect(res.data).toHaveLength(0);
  });

  it('files a proposal that waits for two co-signers, then is submitted by itself', async () => {
    t.resetRequests();
    const first = await data<{ proposalId: string; status: string }>(
      { action: 'proposals.file', ...content('关于宿舍热水检修的提案') },
      'dev-100030',
    );
    expect(first.status).toBe('awaiting_cosign');
    // identity, session, representative, existing (a retry?), insert
    expect(t.requests()).toBeLessThanOrEqual(5);
    // a retried call lands on the same document
    const again = await data<{ proposalId: string }>(
      { action: 'proposals.file', ...content('关于宿舍热水检修的提案') },
      'dev-100030',
    );
    expect(again.proposalId).toBe(first.proposalId);

    // the proposal is not on the board yet, and a stranger cannot open it
    await expect(
      call({ action: 'proposals.get', proposalId: first.proposalId }, 'dev-100033'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'proposals.not_found' } });
    await expect(
      call({ action: 'proposals.cosign', proposalId: first.proposalId }, 'dev-100031'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'proposals.not_invited' } });
    await expect(
      call(
        { action: 'proposals.invite', proposalId: first.proposalId, staffNos: ['100060'] },
        'dev-100030',
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'proposals.not_representative' },
    });

    await data(
      { action: 'proposals.invite', proposalId: first.proposalId, staffNos: ['100031', '100032'] },
      'dev-100030',
    );
    const invited = await data<{ invitations: ProposalSummary[] }>(
      { action: 'proposals.mine' },
      'dev-100031',
    );
    expect(invited.invitations.map((p) => p.id)).toContain(first.proposalId);

    t.resetRequests();
    const one = await data<{ status: string; cosignerCount: number }>(
      { action: 'proposals.cosign', proposalId: first.proposalId },
      'dev-100031',
    );
    // identity, proposal, session (window), atomic co-signature, atomic "enough co-signers?"
    expect(t.requests()).toBeLessThanOrEqual(5);
    expect(one).toMatchObject({ status: 'awaiting_cosign', cosignerCount: 1 });
    const two = await data<{ status: string }>(
      { action: 'proposals.cosign', proposalId: first.proposalId },
      'dev-100032',
    );
    expect(two.status).toBe('filed');
    const doc = await stored(first.proposalId);
    expect(doc.cosigners.map((p) => p.staffNo)).toEqual(['100031', '100032']);
    expect(doc.filedAt).toBeTruthy();
  });

  it('records every co-signer when several accept at the same moment', async () => {
    const { proposalId } = await data<{ proposalId: string }>(
      { action: 'proposals.file', ...content('关于宿舍热水检修的提案乙') },
      'dev-100034',
    );
    const cosigners = ['100035', '100036', '100037', '100038'];
    await data({ action: 'proposals.invite', proposalId, staffNos: cosigners }, 'dev-100034');
    // the four invited sign at the same moment as 124 people who were not invited try to
    const uninvited = Array.from({ length: 124 }, (_v, i) => String(100120 + i));
    t.setDbLatency(RACE_LATENCY_MS);
    const [results, strangers] = await Promise.all([
      Promise.all(
        cosigners.map((c) => call({ action: 'proposals.cosign', proposalId }, `dev-${c}`)),
      ),
      Promise.all(
        uninvited.map((c) => call({ action: 'proposals.cosign', proposalId }, `dev-${c}`)),
      ),
    ]);
    t.setDbLatency(null);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(strangers.every((r) => !r.ok)).toBe(true);
    const doc = await stored(proposalId);
    expect(doc.cosigners.map((p) => p.staffNo).sort()).toEqual(cosigners);
    expect(doc.status).toBe('filed');
    expect(doc.version).toBe(1 + cosigners.length + 1); // invite, one write per co-signer (none lost), submitted once
  });

  it('files a suggestion at once, and refuses filing after the window closed', async () => {
    const s = await data<{ status: string }>(
      {
        action: 'proposals.file',
        ...content('建议宿舍热水报修三天内处理', { kind: 'suggestion', background: '' }),
      },
      'dev-100039',
    );
    expect(s.status).toBe('filed');
    await t.db.collection(COLLECTIONS.congressSessions).add({
      _id: 'c6s0',
      congressId: 'c6',
      name: '五届六次',
      filingOpensAt: new Date('2025-01-01T00:00:00Z'),
      filingClosesAt: new Date('2025-02-01T00:00:00Z'),
      answerDays: 30,
    });
    const r = await call(
      { action: 'proposals.file', ...content('关于宿舍热水检修的提案丙', { sessionId: 'c6s0' }) },
      'dev-100039',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'proposals.window_closed' } });
  });

  it('shows similar proposals of the session before filing', async () => {
    const r = await data<{ items: { title: string; score: number }[] }>(
      {
        action: 'proposals.similar',
        sessionId: DEMO_SESSION,
        title: '关于教工食堂晚餐的提案',
        suggestion: '希望食堂晚餐窗口增加，晚餐时间延长到八点',
      },
      'dev-100030',
    );
    expect(r.items[0].title).toBe('关于增设教工食堂晚餐窗口的提案');
  });
});

describe('review, answer and rating', () => {
  let id: string;
  beforeAll(async () => {
    id = await fileWithCosigners('100004', '关于教学楼增设饮水机的提案', ['100005', '100006']);
  });

  it('lets only the committee review', async () => {
    await expect(
      call(
        {
          action: 'proposals.review',
          proposalId: id,
          decision: 'accept',
          departments: ['后勤保障处'],
        },
        HQ_HANDLER,
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    await expect(
      call(
        { action: 'proposals.review', proposalId: id, decision: 'accept', departments: ['财务科'] },
        COMMITTEE,
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
  });

  it('accepts once when two committee members decide at the same moment', async () => {
    const results = await Promise.all([
      call(
        {
          action: 'proposals.review',
          proposalId: id,
          decision: 'accept',
          departments: ['后勤保障处', 'jwc'],
        },
        COMMITTEE,
      ),
      call(
        { action: 'proposals.review', proposalId: id, decision: 'decline', reason: '重复' },
        'dev-admin',
      ),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, error: { code: 'proposals.wrong_status' } });
    // make the rest of the journey deterministic: whichever won, the committee accepts afresh
    const doc = await stored(id);
    if (doc.status !== 'accepted') {
      id = await fileWithCosigners('100004', '关于教学楼增设直饮水机的提案', ['100005', '100006']);
      await data(
        {
          action: 'proposals.review',
          proposalId: id,
          decision: 'accept',
          departments: ['后勤保障处', 'jwc'],
        },
        COMMITTEE,
      );
    }
    expect((await stored(id)).departments.map((d) => d.name)).toEqual(['后勤保障处', '教务处']);
  });

  it('lets a handler answer only what is assigned to their department', async () => {
    await expect(
      call(
        {
          action: 'proposals.answer',
          proposalId: id,
          status: '已解决',
          text: '人事处已经研究过这个问题。',
        },
        'dev-100047',
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'proposals.not_assigned' },
    });
    await expect(
      call(
        {
          action: 'proposals.answer',
          proposalId: id,
          status: 'resolved',
          text: '我们已经处理完毕，请放心。',
        },
        'dev-100030',
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    t.resetRequests();
    const a = await data<{ status: string }>(
      {
        action: 'proposals.answer',
        proposalId: id,
        status: 'in_progress',
        text: '后勤保障处已采购饮水机，下月安装到位。',
      },
      HQ_HANDLER,
    );
    expect(a.status).toBe('in_handling');
    // identity, proposal, conditional write, one notice
    expect(t.requests()).toBeLessThanOrEqual(4);
    await expect(
      call(
        {
          action: 'proposals.answer',
          proposalId: id,
          status: '已解决',
          text: '再答复一次试试看可以吗',
        },
        HQ_HANDLER,
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'proposals.already_answered' },
    });
    const b = await data<{ status: string }>(
      {
        action: 'proposals.answer',
        proposalId: id,
        status: '列入计划',
        text: '教务处将在教学楼改造中统一考虑。',
      },
      JWC_HANDLER,
    );
    expect(b.status).toBe('answered');
    // the proposer is told, once per department and round
    const inbox = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ kind: 'proposal_answered', subject: id })
      .get();
    expect((inbox.data as { staffNo: string }[]).map((n) => n.staffNo)).toEqual([
      '100004',
      '100004',
    ]);
  });

  it('sends an answer back once on 不满意, then closes on the second rating', async () => {
    await expect(
      call({ action: 'proposals.rate', proposalId: id, rating: '满意' }, 'dev-100005'),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'proposals.not_proposer' },
    });
    const back = await data<{ status: string; round: number }>(
      { action: 'proposals.rate', proposalId: id, rating: 'unsatisfied', comment: '太慢了' },
      'dev-100004',
    );
    expect(back).toEqual({ proposalId: id, status: 'accepted', round: 2 });
    await data(
      {
        action: 'proposals.answer',
        proposalId: id,
        status: '已解决',
        text: '饮水机已于本周安装到位。',
      },
      HQ_HANDLER,
    );
    await data(
      {
        action: 'proposals.answer',
        proposalId: id,
        status: '已解决',
        text: '教务处已配合完成安装。',
      },
      JWC_HANDLER,
    );
    const done = await data<{ status: string }>(
      { action: 'proposals.rate', proposalId: id, rating: '不满意' },
      'dev-100004',
    );
    expect(done.status).toBe('closed');
    const detail = await data<ProposalDetail>(
      { action: 'proposals.get', proposalId: id },
      'dev-100033',
    );
    expect(detail.ratings.map((r) => r.rating)).toEqual(['不满意', '不满意']);
    expect(detail.answers).toHaveLength(4);
  });
});

describe('merge', () => {
  it('keeps both proposers and all co-signers on the target', async () => {
    const target = await fileWithCosigners('100010', '关于改善教职工停车条件的提案', [
      '100011',
      '100012',
    ]);
    const source = await fileWithCosigners('100013', '关于增加东门教职工停车位的提案', [
      '100012',
      '100014',
    ]);
    await expect(
      call({ action: 'proposals.review', proposalId: source, decision: 'merge' }, COMMITTEE),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
    const r = await data<{ status: string; targetId: string }>(
      {
        action: 'proposals.review',
        proposalId: source,
        decision: 'merge',
        mergeInto: target,
        reason: '同一件事',
      },
      COMMITTEE,
    );
    expect(r).toMatchObject({ status: 'merged', targetId: target });
    const t1 = await stored(target);
    expect(t1.proposer.staffNo).toBe('100010');
    expect(t1.coProposers.map((p) => p.staffNo)).toEqual(['100013']);
    expect(t1.cosigners.map((p) => p.staffNo)).toEqual(['100011', '100012', '100014']);
    expect(t1.mergedFrom).toEqual([source]);
    expect((await stored(source)).mergedInto).toBe(target);
  });
});

describe('board, export and representatives', () => {
  it('shows the session to everyone, without drafts or proposals still gathering co-signers', async () => {
    const board = await data<{ items: ProposalSummary[] }>(
      { action: 'proposals.board', sessionId: DEMO_SESSION },
      NOT_A_REP,
    );
    expect(board.items.some((p) => p.status === 'awaiting_cosign' || p.status === 'draft')).toBe(
      false,
    );
    expect(
      board.items.find((p) => p.title === '关于职称评审中充分认定教学业绩的提案')?.overdue,
    ).toBe(true);
    expect(board.items.map((p) => p.no)).toEqual(board.items.map((_, i) => i + 1));
    expect(JSON.stringify(board)).not.toMatch(/phone|openid/);
  });

  it('exports the session for the committee only', async () => {
    await expect(
      call({ action: 'proposals.export', sessionId: DEMO_SESSION }, HQ_HANDLER),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const file = await data<{ filename: string; base64: string; rows: number }>(
      { action: 'proposals.export', sessionId: DEMO_SESSION },
      COMMITTEE,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).getCell(3).value).toBe('标题');
    expect(wb.worksheets[0].rowCount).toBe(file.rows + 1);
  });

  it('imports representatives from .xlsx with a preview of the bad rows', async () => {
    const staff = (await t.db.collection(COLLECTIONS.staff).doc('100100').get()).data as {
      name: string;
    }[];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('代表');
    ws.addRow(['工号', '姓名', '代表团/分组']);
    ws.addRow(['100100', staff[0].name, '机关代表团']);
    ws.addRow(['999999', '无此人', '机关代表团']);
    ws.addRow(['100101', '错名字', '机关代表团']);
    ws.addRow(['100100', staff[0].name, '机关代表团']);
    const fileBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    await expect(
      call({ action: 'proposals.importReps', congressId: 'c6', fileBase64 }, COMMITTEE),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const preview = await data<{
      good: number;
      bad: { line: number; problem: string }[];
      imported: number;
    }>({ action: 'proposals.importReps', congressId: 'c6', fileBase64 }, 'dev-admin');
    expect(preview).toMatchObject({ good: 1, imported: 0 });
    expect(preview.bad.map((b) => b.line)).toEqual([3, 4, 5]);
    expect(preview.bad[0].problem).toContain('名册里没有');
    const none = await t.db.collection(COLLECTIONS.representatives).doc('c6:100100').get();
    expect(none.data).toHaveLength(0);
    const done = await data<{ imported: number }>(
      { action: 'proposals.importReps', congressId: 'c6', fileBase64, commit: true },
      'dev-admin',
    );
    expect(done.imported).toBe(1);
    // now 100100 may file
    await expect(
      data(
        { action: 'proposals.saveDraft', ...content('草稿：宿舍热水', { background: '还没写完' }) },
        'dev-100100',
      ),
    ).resolves.toMatchObject({ status: 'draft' });
  });
});
