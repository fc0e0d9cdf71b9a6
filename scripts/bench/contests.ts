// Bench `contests`: the university final in the hall — 13 colleges × 10 contestants registered,
// 7 judges submitting every sheet at once (910 sheets, each also re-sent once as a phone would
// on a bad network) while the scoreboard polls. Reports throughput, latency, database requests
// per sheet and per scoreboard read, the board's size, and checks from the database: one locked
// sheet per judge × entry, every re-send refused as locked, every score the hand rule's.
import { COLLECTIONS } from '../../database/collections';
import { finalScore, weightTotal, weightedSum } from '../../domain/contests/rules';
import type { Envelope } from '../../domain/errors';
import { startTestCloud } from '../../local-cloud/testing';

const COLLEGES = 13;
const PER_COLLEGE = 10;
const JUDGES = 7;
const CRITERIA = [
  { name: '教学设计', weight: 20 },
  { name: '课堂教学', weight: 75 },
  { name: '教学反思', weight: 5 },
];
const score = (e: number, j: number, c: number) => 70 + ((e * 13 + j * 7 + c * 3) % 61) * 0.5;

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
  );
}

export async function benchContests(): Promise<Record<string, unknown>> {
  // synthetic staff T0001… are spread over the branches in turn: 23 × 20 covers 13 × 10 + judges
  const t = await startTestCloud({ synthetic: 460 });
  try {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('T0001')
      .update({ roles: [{ role: 'admin' }] });
    const judges = Array.from(
      { length: JUDGES },
      (_v, i) => `T${String(400 + i).padStart(4, '0')}`,
    );
    const { contestId } = await t.data<{ contestId: string }>(
      'contests',
      {
        action: 'contests.create',
        contestId: 'jc-bench',
        name: '压测：校级决赛',
        criteria: CRITERIA,
        judges,
      },
      'dev-T0001',
    );
    const staff = (
      await t.db
        .collection(COLLECTIONS.staff)
        .where({ active: true })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get()
    ).data as { staffNo: string; branchId: string }[];
    const byBranch = new Map<string, string[]>();
    for (const s of staff) {
      if (judges.includes(s.staffNo) || s.staffNo === 'T0001') continue;
      byBranch.set(s.branchId, [...(byBranch.get(s.branchId) ?? []), s.staffNo]);
    }
    const contestants = [...byBranch.values()]
      .slice(0, COLLEGES)
      .flatMap((l) => l.slice(0, PER_COLLEGE));
    for (let i = 0; i < contestants.length; i += 20)
      await Promise.all(
        contestants
          .slice(i, i + 20)
          .map((staffNo) =>
            t.data('contests', { action: 'contests.register', contestId, staffNo }, 'dev-T0001'),
          ),
      );
    const sheetOf = (e: number, j: number) =>
      Object.fromEntries(CRITERIA.map((k, c) => [k.name, score(e, j, c)])) as Record<
        string,
        number
      >;

    // one sheet alone: requests per submit on the happy path
    t.resetRequests();
    await t.data(
      'contests',
      {
        action: 'contests.score',
        contestId,
        entryId: `${contestId}:${contestants[0]}`,
        scores: sheetOf(0, 0),
      },
      `dev-${judges[0]}`,
    );
    const happyRequests = t.requests();

    // the rush: every other sheet at once, each sent twice
    const calls: { e: number; j: number }[] = [];
    for (let e = 0; e < contestants.length; e++)
      for (let j = 0; j < JUDGES; j++) if (e || j) calls.push({ e, j }, { e, j });
    const latencies: number[] = [];
    const codes = new Map<string, number>();
    t.resetRequests();
    let boardReads = 0;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        await t.call('contests', { action: 'contests.results', contestId }, 'dev-T0002');
        boardReads++;
      }
    })();
    const t0 = performance.now();
    await Promise.all(
      calls.map(async ({ e, j }) => {
        const s = performance.now();
        const env = (await t.call(
          'contests',
          {
            action: 'contests.score',
            contestId,
            entryId: `${contestId}:${contestants[e]}`,
            scores: sheetOf(e, j),
          },
          `dev-${judges[j]}`,
        )) as Envelope<unknown>;
        latencies.push(performance.now() - s);
        const code = env.ok ? 'ok' : env.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }),
    );
    const ms = performance.now() - t0;
    polling = false;
    await poll;
    const rushRequests = t.requests();

    // the board once more, alone: its requests and size
    t.resetRequests();
    const board = await t.call<{ entries: { staffNo: string; score: number | null }[] }>(
      'contests',
      { action: 'contests.results', contestId },
      'dev-T0002',
    );
    const boardRequests = t.requests();
    const boardBytes = Buffer.byteLength(JSON.stringify(board));

    const sheets: { judge: string; entryId: string; locked: boolean }[] = [];
    for (let skip = 0; ; skip += 1000) {
      const page = (
        await t.db
          .collection(COLLECTIONS.contestSheets)
          .where({ contestId })
          .skip(skip)
          .limit(1000)
          .get()
      ).data as typeof sheets;
      sheets.push(...page);
      if (page.length < 1000) break;
    }
    const w = weightTotal(CRITERIA);
    const expected = new Map(
      contestants.map((s, e) => [
        s,
        finalScore(
          Array.from({ length: JUDGES }, (_v, j) => weightedSum(CRITERIA, sheetOf(e, j))),
          w,
        ),
      ]),
    );
    const entries = board.ok ? board.data.entries : [];
    const sorted = [...latencies].sort((a, b) => a - b);
    const result = {
      contestants: contestants.length,
      judges: JUDGES,
      calls: calls.length,
      ms: Math.round(ms),
      throughputPerSecond: Math.round((calls.length / ms) * 1000),
      latencyMs: { p50: pct(sorted, 50), p95: pct(sorted, 95), max: pct(sorted, 100) },
      codes: Object.fromEntries(codes),
      requestsPerSheetIncludingIdentity: happyRequests,
      rushRequestsPerCall: Math.round((rushRequests / (calls.length + boardReads)) * 100) / 100,
      boardReadsDuringRush: boardReads,
      boardRequestsIncludingIdentity: boardRequests,
      boardBytes,
      checks: {
        oneSheetPerJudgeAndEntry:
          sheets.length === contestants.length * JUDGES &&
          new Set(sheets.map((s) => `${s.judge}:${s.entryId}`)).size === sheets.length,
        allLocked: sheets.every((s) => s.locked),
        everyResendRefused:
          codes.get('contests.locked') === calls.length / 2 && codes.get('ok') === calls.length / 2,
        scoresAsHandRule:
          entries.length === contestants.length &&
          entries.every((x) => x.score === expected.get(x.staffNo)),
        happyPathWithinBudget: happyRequests <= 1 + 3,
      },
    };
    return { ...result, invariantsHold: Object.values(result.checks).every(Boolean) };
  } finally {
    await t.stop();
  }
}
