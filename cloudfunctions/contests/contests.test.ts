// The contests function through the gateway, the real SDK and the local cloud: setup and judge
// grants, registration by chairs (own branch only, eligibility), locked sheets (a judge outside
// the contest or round, re-submits, concurrent submits, unlock with a reason), hand-computed
// results and places, rounds with ties at the cut-off, exports, request budgets.
import { COLLECTIONS } from '../../database/collections';
import type { ResultRow } from '../../domain/contests/contract';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import {
  DEMO_CONTEST_ID,
  DEMO_JUDGES,
  DEMO_LIVE_JUDGE,
  seedContests,
} from '../../local-cloud/seed/contests';
import { readXlsx } from '../_kit/xlsx';

jest.setTimeout(180_000);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

const F = 'contests';
const ADMIN = 'dev-admin';
const CHAIR = 'dev-chair'; // chair of b06
const TEACHING = [
  { name: '教学设计', weight: 20 },
  { name: '课堂教学', weight: 75 },
  { name: '教学反思', weight: 5 },
];
const sheet = (a: number, b: number, c: number) => ({ 教学设计: a, 课堂教学: b, 教学反思: c });

interface Person {
  staffNo: string;
  branchId: string;
  birth?: string;
  joinedOn?: string;
}
let b06: Person[] = [];
let b01: Person[] = [];
const as = (p: Person) => `dev-${p.staffNo}`;
const DEMO = ['100001', '100002', '100003'];

beforeAll(async () => {
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ active: true, status: '在职' })
    .field({ staffNo: true, branchId: true, birth: true, joinedOn: true, openid: true })
    .limit(1000)
    .get();
  const rows = (res.data as (Person & { openid?: string })[]).filter(
    (s) => s.openid && !DEMO.includes(s.staffNo),
  );
  b06 = rows.filter((s) => s.branchId === 'b06');
  b01 = rows.filter((s) => s.branchId === 'b01');
  expect(b06.length).toBeGreaterThanOrEqual(4);
  expect(b01.length).toBeGreaterThanOrEqual(5);
});

async function code(p: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const env = await p;
  return env.ok ? 'ok' : env.error!.code;
}

async function rolesOf(staffNo: string) {
  const res = await t.db.collection(COLLECTIONS.staff).doc(staffNo).get();
  return (res.data as { roles: { role: string; contestId?: string }[] }[])[0].roles;
}

describe('a one-round contest', () => {
  let contestId = '';
  let judgeA: Person;
  let judgeB: Person;
  let outsider: Person; // a judge of another contest
  const entry = (p: Person) => `${contestId}:${p.staffNo}`;

  beforeAll(async () => {
    [judgeA, judgeB, outsider] = b01;
  });

  it('only the admin creates; judges must be on the roster', async () => {
    const input = {
      action: 'contests.create',
      name: '测试竞赛',
      criteria: TEACHING,
      judges: ['100010'],
    };
    expect(await code(t.call(F, input, CHAIR))).toBe('auth.forbidden');
    expect(await code(t.call(F, input, 'dev-100010'))).toBe('auth.forbidden');
    expect(await code(t.call(F, input, null))).toBe('auth.unbound');
    const bad = await t.call(F, { ...input, judges: ['100010', '999999'] }, ADMIN);
    expect(bad.ok || bad.error).toMatchObject({ code: 'contests.no_judge' });
    if (!bad.ok) expect(bad.error.message).toContain('999999');
    const weight = await t.call(
      F,
      { ...input, criteria: [{ name: '课堂教学', weight: 0 }] },
      ADMIN,
    );
    expect(weight.ok || weight.error.message).toContain('评分项权重应为 1 到 100 之间的整数');
  });

  it('creates a jc- contest and grants each judge the judge role for it only', async () => {
    const out = await t.data<{ contestId: string }>(
      F,
      {
        action: 'contests.create',
        name: '青年教师教学竞赛（测试）',
        criteria: TEACHING,
        judges: [judgeA.staffNo, judgeB.staffNo],
      },
      ADMIN,
    );
    contestId = out.contestId;
    expect(contestId).toMatch(/^jc-/);
    expect(await rolesOf(judgeA.staffNo)).toContainEqual({ role: 'judge', contestId });
    const other = await t.data<{ contestId: string }>(
      F,
      { action: 'contests.create', name: '另一场', criteria: TEACHING, judges: [outsider.staffNo] },
      ADMIN,
    );
    expect(other.contestId).not.toBe(contestId);
    const audit = await t.db
      .collection(COLLECTIONS.auditLog)
      .where({ action: 'contests.create', target: `${contestId}:${judgeA.staffNo}` })
      .get();
    expect(audit.data).toHaveLength(1);
    // each judge is told once, with a link to their sheets; the outsider of this contest is not
    const told = (
      await t.db.collection(COLLECTIONS.notifyInbox).where({ subject: contestId }).get()
    ).data as { kind: string; staffNo: string; page: string; fields: Record<string, string> }[];
    expect(told.map((n) => n.staffNo).sort()).toEqual([judgeA.staffNo, judgeB.staffNo].sort());
    for (const n of told)
      expect(n).toMatchObject({
        kind: 'judge_assigned',
        page: `/packages/contests/pages/judge/index?contestId=${encodeURIComponent(contestId)}`,
        fields: { title: '青年教师教学竞赛（测试）' },
      });
  });

  it('a chair registers their own branch; another branch answers like an unknown 工号', async () => {
    const reg = (staffNo: string, who: string) =>
      t.call<{ entryId: string }>(F, { action: 'contests.register', contestId, staffNo }, who);
    const own = await reg(b06[0].staffNo, CHAIR);
    expect(own.ok && own.data.entryId).toBe(entry(b06[0]));
    const other = await reg(b01[3]?.staffNo ?? b01[0].staffNo, CHAIR);
    const unknown = await reg('999999', CHAIR);
    expect(!other.ok && other.error).toEqual(!unknown.ok && unknown.error);
    expect(!other.ok && other.error.code).toBe('contests.not_member');
    // plain staff and judges may not register
    expect(await code(reg(b06[1].staffNo, as(b06[2])))).toBe('auth.forbidden');
    expect(await code(reg(b06[1].staffNo, as(judgeA)))).toBe('auth.forbidden');
    // a retry answers the same entry
    const again = await t.data<{ already: boolean }>(
      F,
      { action: 'contests.register', contestId, staffNo: b06[0].staffNo },
      CHAIR,
    );
    expect(again.already).toBe(true);
    await t.data(F, { action: 'contests.register', contestId, staffNo: b06[1].staffNo }, CHAIR);
    // the admin registers anyone
    await t.data(F, { action: 'contests.register', contestId, staffNo: b01[3].staffNo }, ADMIN);
    const mine = await t.data<{ entries: { branchId: string }[] }>(
      F,
      { action: 'contests.entries', contestId },
      CHAIR,
    );
    expect(mine.entries.map((e) => e.branchId)).toEqual(['b06', 'b06']);
    const all = await t.data<{ entries: unknown[] }>(
      F,
      { action: 'contests.entries', contestId },
      ADMIN,
    );
    expect(all.entries).toHaveLength(3);
  });

  it('judges see only their own contest', async () => {
    const list = await t.data<{ items: { entryId: string; locked: boolean }[] }>(
      F,
      { action: 'contests.assignments', contestId },
      as(judgeA),
    );
    expect(list.items).toHaveLength(3);
    expect(await code(t.call(F, { action: 'contests.assignments', contestId }, as(outsider)))).toBe(
      'contests.forbidden',
    );
    expect(await code(t.call(F, { action: 'contests.assignments', contestId }, as(b06[2])))).toBe(
      'auth.forbidden',
    );
  });

  it('a sheet locks when submitted; re-submits, outsiders and bad sheets get a plain refusal', async () => {
    const score = (who: string, entryId: string, scores: Record<string, number>) =>
      t.call<{ locked: true; total: number }>(
        F,
        { action: 'contests.score', contestId, entryId, scores },
        who,
      );
    t.resetRequests();
    const first = await score(as(judgeA), entry(b06[0]), sheet(90, 88, 80));
    expect(first).toEqual({ ok: true, data: { locked: true, total: 88 } });
    // the kit's identity lookup, the contest, the entry, the sheet
    expect(t.requests()).toBeLessThanOrEqual(4);
    const again = await score(as(judgeA), entry(b06[0]), sheet(99, 99, 99));
    expect(!again.ok && again.error.code).toBe('contests.locked');
    expect(!again.ok && again.error.message).toContain('联系校工会解锁');
    expect(await code(score(as(outsider), entry(b06[0]), sheet(1, 1, 1)))).toBe(
      'contests.forbidden',
    );
    expect(await code(score(as(b06[2]), entry(b06[0]), sheet(1, 1, 1)))).toBe('auth.forbidden');
    // the admin is not on the panel: no sheet of their own
    expect(await code(score(ADMIN, entry(b06[0]), sheet(1, 1, 1)))).toBe('contests.forbidden');
    // an entry of another contest, or none
    expect(await code(score(as(judgeB), `${contestId}:999999`, sheet(1, 1, 1)))).toBe(
      'contests.forbidden',
    );
    const missing = await score(as(judgeB), entry(b06[1]), { 教学设计: 90, 课堂教学: 90 });
    expect(!missing.ok && missing.error.message).toBe('请给「教学反思」打分');
    const high = await score(as(judgeB), entry(b06[1]), sheet(90, 101, 90));
    expect(!high.ok && high.error.message).toContain('每项评分应为 0 到 100 之间的数');
    const proto = await score(as(judgeB), entry(b06[1]), { ...sheet(90, 90, 90), constructor: 5 });
    expect(!proto.ok && proto.error.code).toBe('validation.failed');
  });

  it('concurrent submits of one sheet: exactly one goes through', async () => {
    const calls = await Promise.all(
      [70, 71, 72, 73, 74, 75].map((x) =>
        t.call(
          F,
          { action: 'contests.score', contestId, entryId: entry(b01[3]), scores: sheet(x, x, x) },
          as(judgeA),
        ),
      ),
    );
    expect(calls.filter((c) => c.ok)).toHaveLength(1);
    expect(calls.filter((c) => !c.ok && c.error.code === 'contests.locked')).toHaveLength(5);
  });

  it('results: weighted totals averaged over judges, rounded half up, places shared', async () => {
    await t.data(
      F,
      { action: 'contests.score', contestId, entryId: entry(b06[0]), scores: sheet(92, 88.5, 85) },
      as(judgeB),
    );
    await t.data(
      F,
      {
        action: 'contests.score',
        contestId,
        entryId: entry(b06[1]),
        scores: sheet(88.25, 88.25, 88.25),
      },
      as(judgeA),
    );
    await t.data(
      F,
      { action: 'contests.score', contestId, entryId: entry(b06[1]), scores: sheet(88, 88, 88) },
      as(judgeB),
    );
    const res = await t.data<{ entries: ResultRow[]; sheets: number }>(
      F,
      { action: 'contests.results', contestId },
      as(b06[3]),
    );
    const by = new Map(res.entries.map((e) => [e.staffNo, e]));
    // (88 + 89.025) / 2 = 88.5125 → 88.51
    expect(by.get(b06[0].staffNo)).toMatchObject({ score: 88.51, rank: 1, sheets: 2 });
    // (88.25 + 88) / 2 = 88.125 → 88.13
    expect(by.get(b06[1].staffNo)).toMatchObject({ score: 88.13, rank: 2 });
    expect(res.sheets).toBe(5);
    expect(res.entries.map((e) => e.rank)).toEqual([1, 2, 3]);
  });

  it('an admin unlocks a sheet with a reason (audited); the judge submits again', async () => {
    const input = {
      action: 'contests.unlock',
      contestId,
      entryId: entry(b01[3]),
      judge: judgeA.staffNo,
      reason: '评委误操作',
    };
    expect(await code(t.call(F, input, as(judgeA)))).toBe('auth.forbidden');
    expect(await code(t.call(F, { ...input, reason: ' ' }, ADMIN))).toBe('validation.failed');
    expect(await t.data(F, input, ADMIN)).toEqual({ unlocked: true });
    expect(await code(t.call(F, input, ADMIN))).toBe('contests.not_locked');
    // while unlocked the sheet does not count
    const mid = await t.data<{ entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId },
      ADMIN,
    );
    expect(mid.entries.find((e) => e.staffNo === b01[3].staffNo)).toMatchObject({
      score: null,
      rank: null,
    });
    const re = await t.data<{ total: number }>(
      F,
      {
        action: 'contests.score',
        contestId,
        entryId: entry(b01[3]),
        scores: sheet(88.51, 88.51, 88.51),
      },
      as(judgeA),
    );
    expect(re.total).toBe(88.51);
    const after = await t.data<{ entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId },
      ADMIN,
    );
    // ties share a place: 88.51, 88.51, 88.13 → 1, 1, 3
    expect(after.entries.map((e) => e.rank)).toEqual([1, 1, 3]);
    const unlocks = await t.db.collection(COLLECTIONS.contestUnlocks).where({ contestId }).get();
    expect(unlocks.data).toHaveLength(1);
    const audit = await t.db
      .collection(COLLECTIONS.auditLog)
      .where({ action: 'contests.unlock', outcome: 'unlocked' })
      .get();
    expect(audit.data).toHaveLength(1);
    expect(JSON.stringify(audit.data)).not.toContain('误操作');
  });

  it('exports the results and each judge’s sheets as .xlsx; a judge only their own', async () => {
    const file = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'contests.exportResults', contestId },
      ADMIN,
    );
    const x = await readXlsx(Buffer.from(file.base64, 'base64'));
    expect(x.headers).toEqual([
      '名次',
      '组内名次',
      '工号',
      '姓名',
      '分工会',
      '最后得分',
      '评分表数',
      '晋级',
    ]);
    expect(x.rows.map((r) => r.cells['最后得分'])).toEqual(['88.51', '88.51', '88.13']);
    const mine = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'contests.exportSheets', contestId },
      as(judgeB),
    );
    expect(mine.rows).toBe(2);
    const all = await t.data<{ rows: number }>(
      F,
      { action: 'contests.exportSheets', contestId },
      ADMIN,
    );
    expect(all.rows).toBe(5);
    const s = await readXlsx(Buffer.from(mine.base64, 'base64'));
    expect(s.headers).toContain('课堂教学（权重 75）');
    expect(
      await code(
        t.call(
          F,
          { action: 'contests.exportSheets', contestId, judge: judgeA.staffNo },
          as(judgeB),
        ),
      ),
    ).toBe('contests.forbidden');
    expect(
      await code(t.call(F, { action: 'contests.exportSheets', contestId }, as(outsider))),
    ).toBe('contests.forbidden');
    expect(await code(t.call(F, { action: 'contests.exportResults', contestId }, CHAIR))).toBe(
      'auth.forbidden',
    );
    expect(await code(t.call(F, { action: 'contests.advance', contestId }, ADMIN))).toBe(
      'contests.last_round',
    );
  });
});

describe('eligibility and rounds', () => {
  it('refuses a contestant over the age limit and notes a missing field', async () => {
    const withBirth = b06.filter((p) => p.birth);
    const oldest = [...withBirth].sort((a, b) => (a.birth! < b.birth! ? -1 : 1))[0];
    const limit = 2026 - Number(oldest.birth!.slice(0, 4)) - 2;
    const { contestId } = await t.data<{ contestId: string }>(
      F,
      {
        action: 'contests.create',
        name: '青年组',
        criteria: TEACHING,
        judges: [b01[0].staffNo],
        // the oldest in b06 is over the limit by a year at least
        eligibility: { onDay: '2026-09-01', maxAge: limit },
      },
      ADMIN,
    );
    const env = await t.call(
      F,
      { action: 'contests.register', contestId, staffNo: oldest.staffNo },
      CHAIR,
    );
    expect(!env.ok && env.error.code).toBe('contests.ineligible');
    expect(!env.ok && env.error.message).toContain(`本次竞赛要求不超过 ${limit} 周岁`);
    // someone without a birth date on the roster: registered, with a visible note
    await t.db
      .collection(COLLECTIONS.staff)
      .doc(b06[3].staffNo)
      .update({ birth: t.db.command.remove() });
    const noted = await t.data<{ notes: string[] }>(
      F,
      { action: 'contests.register', contestId, staffNo: b06[3].staffNo },
      CHAIR,
    );
    expect(noted.notes).toEqual(['名册里没有出生日期，未核对年龄，请分工会核实']);
  });

  it('a college round then a final: top 1 of each branch, ties at the cut-off go on together', async () => {
    const [j1, j2, j3] = b01;
    const { contestId } = await t.data<{ contestId: string }>(
      F,
      {
        action: 'contests.create',
        contestId: 'jc-test-rounds',
        name: '两轮赛',
        criteria: [{ name: '总分', weight: 1 }],
        judges: [j1.staffNo, j2.staffNo, j3.staffNo],
        rounds: [
          { name: '学院初赛', groupBy: 'branch', advance: 1, judges: [j1.staffNo, j2.staffNo] },
          { name: '校级决赛', judges: [j3.staffNo] },
        ],
      },
      ADMIN,
    );
    expect(contestId).toBe('jc-test-rounds');
    const people = [b06[0], b06[1], b06[2], b01[4]];
    for (const p of people)
      await t.data(F, { action: 'contests.register', contestId, staffNo: p.staffNo }, ADMIN);
    const give = (judge: Person, p: Person, x: number) =>
      t.data(
        F,
        {
          action: 'contests.score',
          contestId,
          entryId: `${contestId}:${p.staffNo}`,
          scores: { 总分: x },
        },
        as(judge),
      );
    // b06: 90, 90, 80 → the two at 90 tie for first and both go on; b01: 70 alone → goes on
    await give(j1, b06[0], 90);
    await give(j1, b06[1], 90);
    await give(j1, b06[2], 80);
    await give(j1, b01[4], 70);
    // j3 is not on the college round's panel
    expect(
      await code(
        t.call(
          F,
          {
            action: 'contests.score',
            contestId,
            entryId: `${contestId}:${b06[0].staffNo}`,
            scores: { 总分: 1 },
          },
          as(j3),
        ),
      ),
    ).toBe('contests.forbidden');
    const college = await t.data<{ entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId },
      ADMIN,
    );
    expect(college.entries.map((e) => [e.staffNo, e.groupRank])).toEqual([
      [b06[0].staffNo, 1],
      [b06[1].staffNo, 1],
      [b06[2].staffNo, 3],
      [b01[4].staffNo, 1],
    ]);
    expect(await code(t.call(F, { action: 'contests.advance', contestId }, CHAIR))).toBe(
      'auth.forbidden',
    );
    expect(await t.data(F, { action: 'contests.advance', contestId }, ADMIN)).toEqual({
      round: 1,
      advanced: 3,
    });
    // registration closed once the final started
    expect(
      await code(
        t.call(F, { action: 'contests.register', contestId, staffNo: b06[3].staffNo }, CHAIR),
      ),
    ).toBe('contests.closed');
    // the final: only j3 scores, only the three who went on
    expect(await code(t.call(F, { action: 'contests.assignments', contestId }, as(j1)))).toBe(
      'contests.forbidden',
    );
    const final = await t.data<{ roundName: string; items: unknown[] }>(
      F,
      { action: 'contests.assignments', contestId },
      as(j3),
    );
    expect(final.roundName).toBe('校级决赛');
    expect(final.items).toHaveLength(3);
    expect(
      await code(
        t.call(
          F,
          {
            action: 'contests.score',
            contestId,
            entryId: `${contestId}:${b06[2].staffNo}`,
            scores: { 总分: 1 },
          },
          as(j3),
        ),
      ),
    ).toBe('contests.forbidden');
    await give(j3, b01[4], 95);
    await give(j3, b06[1], 85);
    const res = await t.data<{ roundName: string; entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId },
      ADMIN,
    );
    expect(res.roundName).toBe('校级决赛');
    expect(res.entries.map((e) => [e.staffNo, e.rank])).toEqual([
      [b01[4].staffNo, 1],
      [b06[1].staffNo, 2],
      [b06[0].staffNo, null],
    ]);
    // the college round's results stay readable, with who went on
    const past = await t.data<{ entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId, round: 0 },
      ADMIN,
    );
    expect(past.entries.filter((e) => e.advanced)).toHaveLength(3);
  });
});

describe('a panel per college', () => {
  it('a college panel judge sees and scores that college only; their sheets count only there', async () => {
    const [j1, j2] = b01;
    const { contestId } = await t.data<{ contestId: string }>(
      F,
      {
        action: 'contests.create',
        name: '分组评委',
        criteria: [{ name: '总分', weight: 1 }],
        judges: [j1.staffNo, j2.staffNo],
        rounds: [
          {
            name: '学院初赛',
            groupBy: 'branch',
            advance: 1,
            panels: [
              { branchId: 'b06', judges: [j1.staffNo] },
              { branchId: 'b01', judges: [j2.staffNo] },
            ],
          },
          { name: '校级决赛' },
        ],
      },
      ADMIN,
    );
    for (const p of [b06[0], b01[4]])
      await t.data(F, { action: 'contests.register', contestId, staffNo: p.staffNo }, ADMIN);
    const mine = await t.data<{ items: { entryId: string }[] }>(
      F,
      { action: 'contests.assignments', contestId },
      as(j1),
    );
    expect(mine.items.map((i) => i.entryId)).toEqual([`${contestId}:${b06[0].staffNo}`]);
    const other = await t.call(
      F,
      {
        action: 'contests.score',
        contestId,
        entryId: `${contestId}:${b01[4].staffNo}`,
        scores: { 总分: 99 },
      },
      as(j1),
    );
    expect(!other.ok && other.error).toMatchObject({
      code: 'contests.forbidden',
      message: '这位选手不在你本轮的评分名单里。',
    });
    await t.data(
      F,
      {
        action: 'contests.score',
        contestId,
        entryId: `${contestId}:${b06[0].staffNo}`,
        scores: { 总分: 80 },
      },
      as(j1),
    );
    await t.data(
      F,
      {
        action: 'contests.score',
        contestId,
        entryId: `${contestId}:${b01[4].staffNo}`,
        scores: { 总分: 70 },
      },
      as(j2),
    );
    const res = await t.data<{ entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId },
      ADMIN,
    );
    expect(res.entries.map((e) => [e.staffNo, e.score, e.sheets, e.groupRank])).toEqual([
      [b06[0].staffNo, 80, 1, 1],
      [b01[4].staffNo, 70, 1, 1],
    ]);
    const bad = await t.call(
      F,
      {
        action: 'contests.create',
        name: '错的评委组',
        criteria: [{ name: '总分', weight: 1 }],
        judges: [j1.staffNo],
        rounds: [
          { name: '初赛', groupBy: 'branch', panels: [{ branchId: 'b06', judges: ['100099'] }] },
        ],
      },
      ADMIN,
    );
    expect(!bad.ok && bad.error.message).toContain('评委组里的评委都要在竞赛评委名单里');
  });
});

describe('five judges', () => {
  it('drops one highest and one lowest: 80, 81, 83, 90, 60 → 244 / 3 = 81.33', async () => {
    const judges = b01.slice(0, 5);
    const { contestId } = await t.data<{ contestId: string }>(
      F,
      {
        action: 'contests.create',
        name: '五位评委',
        criteria: TEACHING,
        judges: judges.map((j) => j.staffNo),
      },
      ADMIN,
    );
    const who = b06[2];
    await t.data(F, { action: 'contests.register', contestId, staffNo: who.staffNo }, ADMIN);
    const totals = [80, 81, 83, 90, 60];
    await Promise.all(
      judges.map((j, i) =>
        t.data(
          F,
          {
            action: 'contests.score',
            contestId,
            entryId: `${contestId}:${who.staffNo}`,
            scores: sheet(totals[i], totals[i], totals[i]),
          },
          as(j),
        ),
      ),
    );
    const res = await t.data<{ entries: ResultRow[] }>(
      F,
      { action: 'contests.results', contestId },
      CHAIR,
    );
    expect(res.entries).toEqual([
      expect.objectContaining({ staffNo: who.staffNo, score: 81.33, rank: 1, sheets: 5 }),
    ]);
  });
});

describe('the demo contest', () => {
  it('seeds 青年教师教学竞赛 once: college entries, two judges’ sheets, a third judge to score', async () => {
    await seedContests(t.db, new Date());
    await seedContests(t.db, new Date());
    const res = await t.data<{
      name: string;
      entries: ResultRow[];
      sheets: number;
      judges: number;
    }>(F, { action: 'contests.results', contestId: DEMO_CONTEST_ID }, 'dev-100010');
    expect(res.name).toBe('第十届青年教师教学竞赛');
    expect(res.entries.length).toBeGreaterThanOrEqual(8);
    expect(res.sheets).toBe(res.entries.length * 2);
    expect(res.entries.every((e) => e.score !== null && e.rank !== null)).toBe(true);
    const live = await t.data<{ items: { locked: boolean }[] }>(
      F,
      { action: 'contests.assignments', contestId: DEMO_CONTEST_ID },
      `dev-${DEMO_LIVE_JUDGE}`,
    );
    expect(live.items.filter((i) => i.locked)).toHaveLength(0);
    const judge = await t.data<{ items: { locked: boolean }[] }>(
      F,
      { action: 'contests.assignments', contestId: DEMO_CONTEST_ID },
      `dev-${DEMO_JUDGES[0]}`,
    );
    expect(judge.items.every((i) => i.locked)).toBe(true);
  });
});
