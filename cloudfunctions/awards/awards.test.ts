// The awards function through the gateway, the real SDK and the local cloud: rounds, quotas from
// shares, 12 concurrent nominations for 3 places, who may nominate whom, places given back once,
// the review, judges' votes (M per category, idempotent), ties, the 公示, objections, the final.
import { COLLECTIONS } from '../../database/collections';
import type { Ballot, Publicity, Results, RoundView } from '../../domain/awards/contract';
import { quotaCounterIdOf } from '../../domain/awards/rules';
import type { Envelope } from '../../domain/errors';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { readXlsx } from '../_kit/xlsx';

jest.setTimeout(180_000);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

const F = 'awards';
const ADMIN = 'dev-admin';
const CHAIR = 'dev-chair'; // chair of b06, 工号 100003
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

interface Person {
  staffNo: string;
  branchId: string;
  member: boolean;
  openid?: string;
}
let people: Person[] = [];
const ofBranch = (b: string) =>
  people.filter((p) => p.branchId === b && !['100001', '100002', '100003'].includes(p.staffNo));

beforeAll(async () => {
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ active: true })
    .field({ staffNo: true, branchId: true, member: true, openid: true })
    .limit(1000)
    .get();
  people = res.data as Person[];
});

const fail = async (event: Record<string, unknown>, openid: string | null) => {
  const env = (await t.call(F, event, openid)) as Envelope<unknown>;
  if (env.ok) throw new Error(`expected a refusal of ${String(event.action)}`);
  return env.error;
};

async function createRound(extra: Record<string, unknown> = {}, categories?: unknown[]) {
  return t.data<{ roundId: string; categoryIds: string[] }>(
    F,
    {
      action: 'awards.createRound',
      name: '2026年度评优',
      nominateOpenAt: iso(-HOUR),
      nominateCloseAt: iso(10 * DAY),
      categories: categories ?? [
        { name: '先进工会工作者', quota: { perBranch: 3 }, places: 2 },
        { name: '最美家庭', quota: { share: 0.2 }, selfNomination: true },
      ],
      ...extra,
    },
    ADMIN,
  );
}

/** The notices queued about one nomination (awards tells whoever filed it of the review). */
const inboxOf = async (nominationId: string) =>
  (await t.db.collection(COLLECTIONS.notifyInbox).where({ subject: nominationId }).get()).data as {
    kind: string;
    staffNo: string;
    page: string;
    fields: Record<string, string>;
  }[];

const nominate = (roundId: string, categoryId: string, staffNo: string, openid = ADMIN) =>
  t.call(
    F,
    { action: 'awards.nominate', roundId, categoryId, staffNo, reason: '工作认真负责' },
    openid,
  );

describe('setting up a round', () => {
  it('creates a round with ar- id and category ids (admin only, plain messages)', async () => {
    const r = await createRound();
    expect(r.roundId).toMatch(/^ar-/);
    expect(r.categoryIds).toEqual(['c1', 'c2']);
    const bad = await fail(
      {
        action: 'awards.createRound',
        name: '坏的',
        nominateOpenAt: iso(DAY),
        nominateCloseAt: iso(-DAY),
        categories: [{ name: '甲', quota: { share: 1.5 } }],
      },
      ADMIN,
    );
    expect(bad.code).toBe('validation.failed');
    expect(JSON.stringify(bad)).toMatch('名额比例应在 0 到 1 之间');
    expect(JSON.stringify(bad)).toMatch('提名截止时间要晚于开始时间');
    const valid = {
      action: 'awards.createRound',
      name: '主席建的',
      nominateOpenAt: iso(-HOUR),
      nominateCloseAt: iso(DAY),
      categories: [{ name: '甲', quota: { perBranch: 1 } }],
    };
    expect((await fail(valid, CHAIR)).code).toBe('auth.forbidden');
  });

  it("shows a chair their branch's quota, the share taken of active members rounded down", async () => {
    const { roundId } = await createRound();
    const view = await t.data<RoundView>(F, { action: 'awards.round', roundId }, CHAIR);
    const members = people.filter((p) => p.branchId === 'b06' && p.member).length;
    expect(view.myBranch?.branchId).toBe('b06');
    expect(view.myBranch?.quotas).toEqual([
      { categoryId: 'c1', quota: 3, used: 0 },
      { categoryId: 'c2', quota: Math.floor((members * 2000) / 10000), used: 0 },
    ]);
  });
});

describe('nominating within the quota', () => {
  it('12 concurrent nominations for a quota of 3: 3 ok, 9 quota_full', async () => {
    const { roundId } = await createRound();
    const counts = new Map<string, number>();
    for (const p of people) counts.set(p.branchId, (counts.get(p.branchId) ?? 0) + 1);
    const branch = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const twelve = ofBranch(branch).slice(0, 12);
    expect(twelve).toHaveLength(12);
    t.setDbLatency(RACE_LATENCY_MS);
    const answers = await Promise.all(twelve.map((p) => nominate(roundId, 'c1', p.staffNo)));
    t.setDbLatency(null);
    const ok = answers.filter((a) => a.ok);
    const full = answers.filter((a) => !a.ok && a.error.code === 'awards.quota_full');
    expect(ok).toHaveLength(3);
    expect(full).toHaveLength(9);
    const counter = await t.db
      .collection(COLLECTIONS.awardQuotaCounts)
      .doc(quotaCounterIdOf(roundId, 'c1', branch))
      .get();
    expect((counter.data as { used: number }[])[0]!.used).toBe(3);
    const list = await t.data<{ items: { status: string }[] }>(
      F,
      { action: 'awards.nominations', roundId },
      ADMIN,
    );
    expect(list.items).toHaveLength(3);
  });

  it("a chair nominates only their own branch: another branch's staff answer as an unknown 工号", async () => {
    const { roundId } = await createRound();
    const other = ofBranch('b01')[0]!;
    const a = await fail(
      {
        action: 'awards.nominate',
        roundId,
        categoryId: 'c1',
        staffNo: other.staffNo,
        reason: '好',
      },
      CHAIR,
    );
    const b = await fail(
      { action: 'awards.nominate', roundId, categoryId: 'c1', staffNo: '999999', reason: '好' },
      CHAIR,
    );
    expect(a).toEqual(b);
    expect(a.code).toBe('awards.unknown_staff');
    const mine = ofBranch('b06')[0]!;
    expect((await nominate(roundId, 'c1', mine.staffNo, CHAIR)).ok).toBe(true);
    // the happy path once the branch's counter exists: identity, round + person, one
    // conditional update, one insert, the audit entry
    t.resetRequests();
    expect((await nominate(roundId, 'c1', ofBranch('b06')[1]!.staffNo, CHAIR)).ok).toBe(true);
    expect(t.requests()).toBeLessThanOrEqual(6);
    // twice in one category: a plain message, and no second place taken
    const again = await fail(
      { action: 'awards.nominate', roundId, categoryId: 'c1', staffNo: mine.staffNo, reason: '再' },
      CHAIR,
    );
    expect(again.code).toBe('awards.already');
    const view = await t.data<RoundView>(F, { action: 'awards.round', roundId }, CHAIR);
    expect(view.myBranch?.quotas[0]?.used).toBe(2);
    // plain staff may not nominate others; self only where the category allows it
    const staff = ofBranch('b02').find((p) => p.openid)!;
    expect(
      (
        await fail(
          {
            action: 'awards.nominate',
            roundId,
            categoryId: 'c1',
            staffNo: mine.staffNo,
            reason: '好',
          },
          staff.openid!,
        )
      ).code,
    ).toBe('awards.forbidden');
    expect((await nominate(roundId, 'c1', staff.staffNo, staff.openid!)).ok).toBe(false);
    const self = await nominate(roundId, 'c2', staff.staffNo, staff.openid!);
    // the share quota of a small branch may be 0: then the answer is quota_full, else ok
    if (!self.ok) expect(self.error.code).toBe('awards.quota_full');
  });

  it('a returned, rejected or withdrawn nomination gives its place back exactly once', async () => {
    const { roundId } = await createRound({}, [
      { name: '工会工作积极分子', quota: { perBranch: 1 } },
    ]);
    const [a, b] = ofBranch('b06');
    const first = await t.data<{ nominationId: string }>(
      F,
      { action: 'awards.nominate', roundId, categoryId: 'c1', staffNo: a!.staffNo, reason: '好' },
      CHAIR,
    );
    expect(
      (
        await fail(
          {
            action: 'awards.nominate',
            roundId,
            categoryId: 'c1',
            staffNo: b!.staffNo,
            reason: '好',
          },
          CHAIR,
        )
      ).code,
    ).toBe('awards.quota_full');
    const noReason = await fail(
      { action: 'awards.review', nominationId: first.nominationId, decision: 'return' },
      ADMIN,
    );
    expect(noReason.message).toMatch('请写明原因');
    // two returns at once: one place back, not two
    const returns = await Promise.all(
      [1, 2].map(() =>
        t.call(
          F,
          {
            action: 'awards.review',
            nominationId: first.nominationId,
            decision: 'return',
            reason: '材料不全',
          },
          ADMIN,
        ),
      ),
    );
    expect(returns.every((r) => r.ok)).toBe(true);
    const used = async () =>
      (await t.data<RoundView>(F, { action: 'awards.round', roundId }, CHAIR)).myBranch!.quotas[0]!
        .used;
    expect(await used()).toBe(0);
    // the chair sees the reason, and may nominate again (the returned one, or another)
    const mine = await t.data<{ items: { status: string; reviewReason: string }[] }>(
      F,
      { action: 'awards.mine', roundId },
      CHAIR,
    );
    expect(mine.items[0]).toMatchObject({ status: 'returned', reviewReason: '材料不全' });
    // the chair who filed it is told once (two returns, one notice), with a link to the round
    // and neither the admin's reason nor the nomination's text
    const told = await inboxOf(first.nominationId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      kind: 'award_review',
      staffNo: '100003',
      page: `/packages/awards/pages/nominate/index?round=${encodeURIComponent(roundId)}`,
      fields: { title: '2026年度评优', result: '已退回' },
    });
    expect(JSON.stringify(told[0])).not.toMatch(/材料不全|工作认真负责/);
    expect((await nominate(roundId, 'c1', a!.staffNo, CHAIR)).ok).toBe(true);
    expect(await used()).toBe(1);
    // withdrawn twice: one place back
    await Promise.all(
      [1, 2].map(() =>
        t.call(F, { action: 'awards.withdraw', nominationId: first.nominationId }, CHAIR),
      ),
    );
    expect(await used()).toBe(0);
    const second = await t.data<{ nominationId: string }>(
      F,
      { action: 'awards.nominate', roundId, categoryId: 'c1', staffNo: b!.staffNo, reason: '好' },
      CHAIR,
    );
    await t.data(
      F,
      {
        action: 'awards.review',
        nominationId: second.nominationId,
        decision: 'reject',
        reason: '不符合条件',
      },
      ADMIN,
    );
    expect(await used()).toBe(0);
    expect((await nominate(roundId, 'c1', b!.staffNo, CHAIR)).ok).toBe(false);
    expect(await used()).toBe(0);
    const rejected = await inboxOf(second.nominationId);
    expect(rejected.map((n) => [n.staffNo, n.fields.result])).toEqual([['100003', '未通过']]);
    expect(JSON.stringify(rejected[0])).not.toContain('不符合条件');
  });

  it('enforces the window on the server', async () => {
    const { roundId } = await createRound({
      nominateOpenAt: iso(DAY),
      nominateCloseAt: iso(2 * DAY),
    });
    const p = ofBranch('b06')[0]!;
    expect(
      (
        await fail(
          {
            action: 'awards.nominate',
            roundId,
            categoryId: 'c1',
            staffNo: p.staffNo,
            reason: '好',
          },
          CHAIR,
        )
      ).code,
    ).toBe('awards.closed');
    t.setClockOffset(3 * DAY);
    try {
      expect((await nominate(roundId, 'c1', p.staffNo, CHAIR)).ok).toBe(false);
    } finally {
      t.setClockOffset(0);
    }
    t.setClockOffset(DAY + HOUR);
    try {
      expect((await nominate(roundId, 'c1', p.staffNo, CHAIR)).ok).toBe(true);
    } finally {
      t.setClockOffset(0);
    }
  });
});

describe('from the vote to the final list', () => {
  it('review → votes (M, idempotent) → results with a tie → 公示 → objection → final → honours', async () => {
    const judges = ofBranch('b03')
      .filter((p) => p.openid)
      .slice(0, 3);
    const { roundId } = await createRound(
      { judges: judges.map((j) => j.staffNo), votesPerJudge: 1, publicityDays: 5 },
      [{ name: '先进工会工作者', quota: { perBranch: 5 }, places: 2 }],
    );
    const four = ofBranch('b06').slice(0, 4);
    const ids: string[] = [];
    for (const p of four) {
      const r = await t.data<{ nominationId: string }>(
        F,
        {
          action: 'awards.nominate',
          roundId,
          categoryId: 'c1',
          staffNo: p.staffNo,
          reason: `推荐${p.staffNo}`,
        },
        CHAIR,
      );
      ids.push(r.nominationId);
    }
    for (const id of ids.slice(0, 3)) {
      await t.data(F, { action: 'awards.review', nominationId: id, decision: 'accept' }, ADMIN);
    }
    // votes only once voting started, only by this round's judges
    expect(
      (await fail({ action: 'awards.vote', nominationId: ids[0] }, judges[0]!.openid!)).code,
    ).toBe('awards.wrong_stage');
    await t.data(F, { action: 'awards.startVoting', roundId }, ADMIN);
    const plain = ofBranch('b02').find((p) => p.openid)!;
    expect((await fail({ action: 'awards.vote', nominationId: ids[0] }, plain.openid!)).code).toBe(
      'auth.forbidden',
    );
    expect((await fail({ action: 'awards.ballot', roundId }, plain.openid!)).code).toBe(
      'auth.forbidden',
    );
    const ballot = await t.data<Ballot>(
      F,
      { action: 'awards.ballot', roundId },
      judges[0]!.openid!,
    );
    expect(ballot.categories[0]!.items.map((i) => i.nominationId).sort()).toEqual(
      ids.slice(0, 3).sort(),
    );
    // judge 0 votes for A twice (idempotent), then cannot vote for B (M = 1)
    const v1 = await t.data<{ votesLeft: number }>(
      F,
      { action: 'awards.vote', nominationId: ids[0] },
      judges[0]!.openid!,
    );
    const v2 = await t.data<{ votesLeft: number }>(
      F,
      { action: 'awards.vote', nominationId: ids[0] },
      judges[0]!.openid!,
    );
    expect([v1.votesLeft, v2.votesLeft]).toEqual([0, 0]);
    expect(
      (await fail({ action: 'awards.vote', nominationId: ids[1] }, judges[0]!.openid!)).code,
    ).toBe('awards.no_votes_left');
    // an unaccepted nomination is not on the ballot
    expect(
      (await fail({ action: 'awards.vote', nominationId: ids[3] }, judges[1]!.openid!)).code,
    ).toBe('awards.not_on_ballot');
    // judges 1 and 2 vote B and C: A 1, B 1, C 1 — three tied for 2 places
    await t.data(F, { action: 'awards.vote', nominationId: ids[1] }, judges[1]!.openid!);
    await t.data(F, { action: 'awards.vote', nominationId: ids[2] }, judges[2]!.openid!);
    let res = await t.data<Results>(F, { action: 'awards.results', roundId }, ADMIN);
    expect(res.categories[0]!.rows.map((r) => r.outcome)).toEqual(['tied', 'tied', 'tied']);
    expect(res.categories[0]!.tiedPlaces).toBe(2);
    // judge 2 changes their mind: takes C back, votes A → A 2, B 1, C 0
    await t.data(
      F,
      { action: 'awards.vote', nominationId: ids[2], vote: false },
      judges[2]!.openid!,
    );
    await t.data(F, { action: 'awards.vote', nominationId: ids[0] }, judges[2]!.openid!);
    res = await t.data<Results>(F, { action: 'awards.results', roundId }, ADMIN);
    expect(res.judges).toBe(3);
    expect(
      res.categories[0]!.rows.map((r) => [r.nominationId, r.votes, r.rank, r.outcome]),
    ).toEqual([
      [ids[0], 2, 1, 'elected'],
      [ids[1], 1, 2, 'elected'],
      [ids[2], 0, 3, 'out'],
    ]);
    const pub = await t.data<{ listed: number; publicityEndAt: string }>(
      F,
      { action: 'awards.startPublicity', roundId },
      ADMIN,
    );
    expect(pub.listed).toBe(2);
    // the 公示 for anyone bound: name, branch and category only
    const shown = await t.data<Publicity>(
      F,
      { action: 'awards.publicity', roundId },
      plain.openid!,
    );
    expect(shown.items).toHaveLength(2);
    for (const item of shown.items) {
      expect(Object.keys(item).sort()).toEqual([
        'branchName',
        'categoryName',
        'name',
        'nominationId',
      ]);
    }
    expect(JSON.stringify(shown)).not.toMatch('推荐');
    // a private objection: received; its text and sender only for admins
    await t.data(
      F,
      { action: 'awards.object', nominationId: ids[1], text: '该同志本年度有违纪情况' },
      plain.openid!,
    );
    expect((await fail({ action: 'awards.objections', roundId }, plain.openid!)).code).toBe(
      'auth.forbidden',
    );
    expect((await fail({ action: 'awards.objections', roundId }, CHAIR)).code).toBe(
      'auth.forbidden',
    );
    const objections = await t.data<{ items: { fromStaffNo: string; text: string }[] }>(
      F,
      { action: 'awards.objections', roundId },
      ADMIN,
    );
    expect(objections.items).toEqual([
      expect.objectContaining({ fromStaffNo: plain.staffNo, text: '该同志本年度有违纪情况' }),
    ]);
    // not during the 公示
    expect((await fail({ action: 'awards.finalize', roundId }, ADMIN)).code).toBe(
      'awards.publicity_running',
    );
    t.setClockOffset(5 * DAY + HOUR);
    try {
      expect(
        (await fail({ action: 'awards.object', nominationId: ids[0], text: '晚了' }, plain.openid!))
          .code,
      ).toBe('awards.not_open');
      const fin = await t.data<{ awarded: number }>(
        F,
        { action: 'awards.finalize', roundId, exclude: [ids[1]] },
        ADMIN,
      );
      expect(fin.awarded).toBe(1);
      const again = await t.data<{ awarded: number }>(
        F,
        { action: 'awards.finalize', roundId },
        ADMIN,
      );
      expect(again.awarded).toBe(1);
    } finally {
      t.setClockOffset(0);
    }
    const honours = await t.db.collection(COLLECTIONS.honours).where({ roundId }).get();
    expect(honours.data).toEqual([
      expect.objectContaining({
        _id: `${roundId}:c1:${four[0]!.staffNo}`,
        staffNo: four[0]!.staffNo,
        branchId: 'b06',
        categoryId: 'c1',
        categoryName: '先进工会工作者',
      }),
    ]);
    const mineHonours = await t.data<{ items: { categoryName: string }[] }>(
      F,
      { action: 'awards.myHonours' },
      people.find((p) => p.staffNo === four[0]!.staffNo)!.openid!,
    );
    expect(mineHonours.items.map((h) => h.categoryName)).toContain('先进工会工作者');
    // the exports
    const cert = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'awards.exportCertificates', roundId },
      ADMIN,
    );
    expect(cert.rows).toBe(1);
    const sheet = await readXlsx(Buffer.from(cert.base64, 'base64'));
    expect(sheet.headers).toEqual(['序号', '年度', '荣誉称号', '姓名', '分工会', '工号']);
    expect(sheet.rows[0]!.cells['工号']).toBe(four[0]!.staffNo);
    const all = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'awards.exportResults', roundId },
      ADMIN,
    );
    expect(all.rows).toBe(3);
    expect((await fail({ action: 'awards.exportResults', roundId }, CHAIR)).code).toBe(
      'auth.forbidden',
    );
  });

  it('a tie at the cut-off waits for the admin: 公示 refuses until the tie is decided', async () => {
    const { roundId } = await createRound({}, [
      { name: '三八红旗手', quota: { perBranch: 5 }, places: 1 },
    ]);
    const ids: string[] = [];
    for (const p of ofBranch('b06').slice(0, 2)) {
      const r = await t.data<{ nominationId: string }>(
        F,
        { action: 'awards.nominate', roundId, categoryId: 'c1', staffNo: p.staffNo, reason: '好' },
        CHAIR,
      );
      await t.data(
        F,
        { action: 'awards.review', nominationId: r.nominationId, decision: 'accept' },
        ADMIN,
      );
      ids.push(r.nominationId);
    }
    await t.data(F, { action: 'awards.startVoting', roundId }, ADMIN);
    const tied = await fail({ action: 'awards.startPublicity', roundId }, ADMIN);
    expect(tied.code).toBe('awards.tie_open');
    expect(tied.message).toMatch('请再选 1 位');
    const ok = await t.data<{ listed: number }>(
      F,
      { action: 'awards.startPublicity', roundId, chosen: [ids[1]] },
      ADMIN,
    );
    expect(ok.listed).toBe(1);
    const res = await t.data<Results>(F, { action: 'awards.results', roundId }, ADMIN);
    expect(res.categories[0]!.rows.find((r) => r.nominationId === ids[1])!.outcome).toBe('elected');
    expect(res.categories[0]!.rows.find((r) => r.nominationId === ids[0])!.outcome).toBe('out');
  });
});

describe('the demo seed', () => {
  it('is idempotent and consistent: counters match the nominations holding places', async () => {
    const { seedAwards } = await import('../../local-cloud/seed/awards');
    await seedAwards(t.db, new Date());
    await seedAwards(t.db, new Date());
    const year = new Date(Date.now() + 8 * HOUR).getUTCFullYear();
    const roundId = `ar-${year}`;
    const noms = await t.data<{
      items: { status: string; branchId: string; categoryId: string }[];
    }>(F, { action: 'awards.nominations', roundId }, ADMIN);
    expect(new Set(noms.items.map((n) => n.status))).toEqual(
      new Set(['submitted', 'accepted', 'returned', 'rejected']),
    );
    const counters = await t.db
      .collection(COLLECTIONS.awardQuotaCounts)
      .where({ roundId })
      .limit(100)
      .get();
    type C = { branchId: string; categoryId: string; used: number; left: number; quota: number };
    expect(counters.data.length).toBeGreaterThan(0);
    for (const c of counters.data as C[]) {
      expect(c.used).toBeLessThanOrEqual(c.quota);
      expect(c.left).toBe(c.quota - c.used);
      const holding = noms.items.filter(
        (n) =>
          n.branchId === c.branchId &&
          n.categoryId === c.categoryId &&
          ['submitted', 'accepted'].includes(n.status),
      );
      expect(c.used).toBe(holding.length);
    }
    const past = await t.db
      .collection(COLLECTIONS.honours)
      .where({ year: year - 1 })
      .limit(1000)
      .get();
    expect(past.data.length).toBeGreaterThan(10);
    // a demo judge may open the ballot of this year's round
    const ballot = await t.data<Ballot>(F, { action: 'awards.ballot', roundId }, 'dev-100007');
    expect(ballot.categories).toHaveLength(5);
  });
});
