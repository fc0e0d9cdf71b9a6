// Bench `awards`: a 2,000-person union (23 branches of ~87). 23 chairs each fire 30 nominations at
// once into "先进工会工作者" (5 % of members → 4 places each) and 10 into "最美家庭" (1 each), all
// 920 calls together through the gateway; then the admin accepts, 9 judges vote (M = 20 each, 5
// more tries past M), results and the 公示. Reports throughput, p50/p95, requests per nomination,
// and checks from the database: no counter over its quota, used = nominations holding a place,
// left = quota − used, no ballot over M, every caller a clear answer.
import { COLLECTIONS } from '../../database/collections';
import { quotaFor } from '../../domain/awards/rules';
import type { Envelope } from '../../domain/errors';
import { startTestCloud } from '../../local-cloud/testing';

const PEOPLE = 2000;
const BRANCHES = 23;
const JUDGES = 9;
const M = 20;
const KNOWN = new Set(['awards.quota_full', 'awards.already', 'awards.no_votes_left']);

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const v = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return Math.round(v * 10) / 10;
}

export async function benchAwards(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ synthetic: PEOPLE });
  try {
    const staff = Array.from({ length: PEOPLE }, (_v, i) => `T${String(i + 1).padStart(4, '0')}`);
    const branchOf = (i: number) => `b${String((i % BRANCHES) + 1).padStart(2, '0')}`;
    // T0001 admin; the chairs: T0002…T0024 (one per branch, in synthetic order: branch of i)
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('T0001')
      .update({ roles: [{ role: 'admin' }] });
    const chairs: { staffNo: string; branchId: string }[] = [];
    for (let i = 1; i <= BRANCHES; i++) {
      const staffNo = staff[i]!;
      const branchId = branchOf(i);
      chairs.push({ staffNo, branchId });
      await t.db
        .collection(COLLECTIONS.staff)
        .doc(staffNo)
        .update({ roles: [{ role: 'branch_chair', branchId }] });
    }
    const judges = staff.slice(100, 100 + JUDGES);
    const now = Date.now();
    const { roundId } = await t.data<{ roundId: string }>(
      'awards',
      {
        action: 'awards.createRound',
        roundId: 'ar-bench',
        name: '压测：年度评优',
        nominateOpenAt: new Date(now - 60_000).toISOString(),
        nominateCloseAt: new Date(now + 7 * 86_400_000).toISOString(),
        categories: [
          { name: '先进工会工作者', quota: { share: 0.05 }, places: 40 },
          { name: '最美家庭', quota: { perBranch: 1 }, places: 10 },
        ],
        votesPerJudge: M,
        judges,
      },
      'dev-T0001',
    );
    const latencies: number[] = [];
    let unclear = 0;
    const codes: Record<string, number> = {};
    const timed = async <T>(openid: string, event: Record<string, unknown>) => {
      const started = performance.now();
      const r = await t.call<T>('awards', event, openid);
      latencies.push(performance.now() - started);
      if (!r.ok) {
        codes[r.error.code] = (codes[r.error.code] ?? 0) + 1;
        if (!(KNOWN.has(r.error.code) && r.error.message)) unclear += 1;
      }
      return r;
    };
    const members = (b: string) => staff.filter((_s, i) => branchOf(i) === b);

    // the calm path, measured apart: one nomination into an existing counter
    const c0 = chairs[0]!;
    const first = members(c0.branchId).filter((s) => s !== c0.staffNo);
    await timed(`dev-${c0.staffNo}`, {
      action: 'awards.nominate',
      roundId,
      categoryId: 'c2',
      staffNo: first[0],
      reason: '家庭和睦，热心公益',
    });
    t.resetRequests();
    await timed(`dev-${c0.staffNo}`, {
      action: 'awards.withdraw',
      nominationId: `${roundId}:c2:${first[0]}`,
    });
    const withdrawRequests = t.requests();
    t.resetRequests();
    await timed(`dev-${c0.staffNo}`, {
      action: 'awards.nominate',
      roundId,
      categoryId: 'c2',
      staffNo: first[1],
      reason: '家庭和睦，热心公益',
    });
    const happyRequests = t.requests();

    // the burst: every chair at once, 30 tries for 4 places and 10 for 1 (some twice)
    latencies.length = 0;
    t.resetRequests();
    const calls: Promise<Envelope<unknown>>[] = [];
    for (const c of chairs) {
      const mine = members(c.branchId).filter((s) => s !== c.staffNo);
      for (let k = 0; k < 30; k++) {
        calls.push(
          timed(`dev-${c.staffNo}`, {
            action: 'awards.nominate',
            roundId,
            categoryId: 'c1',
            staffNo: mine[k % 26],
            reason: '长期承担分工会工作',
          }),
        );
      }
      for (let k = 0; k < 10; k++) {
        calls.push(
          timed(`dev-${c.staffNo}`, {
            action: 'awards.nominate',
            roundId,
            categoryId: 'c2',
            staffNo: mine[30 + k],
            reason: '家庭和睦',
          }),
        );
      }
    }
    const burstStarted = performance.now();
    const answers = await Promise.all(calls);
    const burstMs = performance.now() - burstStarted;
    const burstRequests = t.requests();
    const burstSorted = [...latencies].sort((a, b) => a - b);

    // invariants from the database
    const counters = (
      await t.db.collection(COLLECTIONS.awardQuotaCounts).where({ roundId }).limit(1000).get()
    ).data as {
      _id: string;
      branchId: string;
      categoryId: string;
      quota: number;
      used: number;
      left: number;
    }[];
    const noms = (
      await t.db.collection(COLLECTIONS.awardNominations).where({ roundId }).limit(1000).get()
    ).data as { _id: string; branchId: string; categoryId: string; status: string }[];
    const violations: string[] = [];
    for (const c of counters) {
      const holding = noms.filter(
        (n) =>
          n.branchId === c.branchId &&
          n.categoryId === c.categoryId &&
          ['submitted', 'accepted'].includes(n.status),
      ).length;
      const members87 = members(c.branchId).length;
      const expected = c.categoryId === 'c1' ? quotaFor({ share: 0.05 }, members87) : 1;
      if (c.quota !== expected) violations.push(`${c._id} quota ${c.quota} ≠ ${expected}`);
      if (c.used > c.quota) violations.push(`${c._id} over quota`);
      if (c.used !== holding) violations.push(`${c._id} used ${c.used} ≠ ${holding} holding`);
      if (c.left !== c.quota - c.used) violations.push(`${c._id} left`);
    }

    // review: the admin accepts every submitted nomination (one by one, as on the page)
    for (const n of noms.filter((x) => x.status === 'submitted')) {
      await timed('dev-T0001', {
        action: 'awards.review',
        nominationId: n._id,
        decision: 'accept',
      });
    }
    await t.data('awards', { action: 'awards.startVoting', roundId }, 'dev-T0001');
    const accepted = noms.filter((n) => n.categoryId === 'c1').map((n) => n._id);
    latencies.length = 0;
    t.resetRequests();
    const voteStarted = performance.now();
    await Promise.all(
      judges.map(async (j, ji) => {
        for (let k = 0; k < M + 5; k++) {
          await timed(`dev-${j}`, {
            action: 'awards.vote',
            nominationId: accepted[(ji * 7 + k) % accepted.length],
          });
        }
      }),
    );
    const voteMs = performance.now() - voteStarted;
    const voteRequests = t.requests();
    const voteCalls = JUDGES * (M + 5);
    const voteSorted = [...latencies].sort((a, b) => a - b);
    const ballots = (
      await t.db.collection(COLLECTIONS.awardVotes).where({ roundId }).limit(1000).get()
    ).data as { _id: string; used: number; max: number; picks: Record<string, unknown> }[];
    for (const b of ballots) {
      if (b.used > b.max) violations.push(`${b._id} over M`);
      if (Object.keys(b.picks).length !== b.used) violations.push(`${b._id} picks ≠ used`);
    }
    t.resetRequests();
    const results = await t.data<{ categories: { rows: unknown[] }[] }>(
      'awards',
      { action: 'awards.results', roundId },
      'dev-T0001',
    );
    const resultsRequests = t.requests();
    const ok = answers.filter((a) => a.ok).length;
    return {
      nominations: calls.length,
      accepted: ok,
      placesTotal: counters.reduce((s, c) => s + c.quota, 0),
      errorCodes: codes,
      unclearAnswers: unclear,
      burstMs: Math.round(burstMs),
      throughputPerSec: Math.round((calls.length / burstMs) * 1000),
      nominateP50Ms: pct(burstSorted, 50),
      nominateP95Ms: pct(burstSorted, 95),
      happyNominateRequests: happyRequests,
      withdrawRequests,
      burstRequestsPerNomination: Math.round((burstRequests / calls.length) * 10) / 10,
      votes: voteCalls,
      voteMs: Math.round(voteMs),
      voteP50Ms: pct(voteSorted, 50),
      voteP95Ms: pct(voteSorted, 95),
      voteRequestsPerCall: Math.round((voteRequests / voteCalls) * 10) / 10,
      resultsRows: results.categories.reduce((s, c) => s + c.rows.length, 0),
      resultsRequests,
      violations,
    };
  } finally {
    await t.stop();
  }
}
