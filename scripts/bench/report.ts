// Bench `report`: a 3,000-person union's year — 200 events with 20,000 sign-ups (60 % checked
// in), six welfare batches, a 500-walker walkathon of 60 days, check-ups, a knowledge contest
// (2,400 people, 6,000 attempts), an honours round (600 nominations, 120 honours) and a judged
// contest (240 entries × 5 judges) — and last year's 200 events beside it. Then the year report through the gateway: the cold computation
// (database requests, ≤ 30), the day's cache, the .xlsx and .docx; checks the figures against
// the counts written.
import { COLLECTIONS } from '../../database/collections';
import type { Report } from '../../domain/report/contract';
import { addDays, beijing, startOfBeijingDay } from '../../domain/time';
import { startTestCloud } from '../../local-cloud/testing';

const PEOPLE = 3000;
const EVENTS = 200;
const SIGNUPS = 20_000;
const WALKERS = 500;
const DAYS = 60;
const HOUR = 3_600_000;
const BRANCHES = 24;

type Doc = Record<string, unknown> & { _id: string };

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

export async function benchReport(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ synthetic: PEOPLE });
  try {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('T0001')
      .update({ roles: [{ role: 'admin' }] });
    const year = beijing(new Date()).year();
    const staff = Array.from({ length: PEOPLE }, (_v, i) => `T${String(i + 1).padStart(4, '0')}`);
    const branchOf = (i: number) => `b${String((i % BRANCHES) + 1).padStart(2, '0')}`;
    const insert = async (collection: string, docs: Doc[]) => {
      for (let i = 0; i < docs.length; i += 1000)
        await t.db.collection(collection).add(docs.slice(i, i + 1000));
    };
    const seedStarted = performance.now();
    let checkedIn = 0;
    for (const y of [year - 1, year]) {
      const events: Doc[] = [];
      const signups: Doc[] = [];
      for (let e = 0; e < EVENTS; e++) {
        // spread over the year's first 330 days, so every event of this year is already held
        const startAt = new Date(startOfBeijingDay(`${y}-01-02`).getTime() + e * 39 * HOUR);
        const eventId = `bench-${y}-${e}`;
        events.push({
          _id: eventId,
          title: `活动 ${e}`,
          type: ['讲座', '培训', '健康', '联谊', '竞赛'][e % 5],
          location: '报告厅',
          startAt,
          endAt: new Date(startAt.getTime() + 2 * HOUR),
          status: 'published',
          createdAt: startAt,
        });
        for (let k = 0; k < SIGNUPS / EVENTS; k++) {
          const i = (e * 131 + k * 17) % PEOPLE;
          const came = (e + k) % 5 < 3;
          if (came && y === year) checkedIn += 1;
          signups.push({
            _id: `${eventId}:${staff[i]}`,
            eventId,
            staffNo: staff[i],
            name: `教职工${i}`,
            branchId: branchOf(i),
            status: 'confirmed',
            createdAt: startAt,
            ...(came ? { checkedInAt: startAt } : {}),
          });
        }
      }
      await insert(COLLECTIONS.events, events);
      await insert(COLLECTIONS.eventSignups, signups);
    }
    // six welfare batches this year, 2,500 gifts handed over each
    const batches: Doc[] = [];
    const claims: Doc[] = [];
    for (let b = 0; b < 6; b++) {
      const opens = startOfBeijingDay(`${year}-${String(2 * b + 1).padStart(2, '0')}-05`);
      batches.push({
        _id: `bench-wb-${b}`,
        name: `福利 ${b}`,
        claimOpenAt: opens,
        claimCloseAt: new Date(opens.getTime() + 10 * 24 * HOUR),
        status: 'closed',
        options: [
          { id: 'o1', name: 'A', valueFen: 20_000 },
          { id: 'o2', name: 'B', valueFen: 30_000 },
        ],
        stock: {},
        stockTotal: {},
        eligibility: {},
        ledger: {},
      });
      for (let i = 0; i < 2500; i++)
        claims.push({
          _id: `bench-wb-${b}:${staff[i]}`,
          batchId: `bench-wb-${b}`,
          staffNo: staff[i],
          name: `教职工${i}`,
          branchId: branchOf(i),
          optionId: i % 2 ? 'o2' : 'o1',
          handedOverAt: new Date(opens.getTime() + 24 * HOUR),
        });
    }
    await insert(COLLECTIONS.welfareBatches, batches);
    await insert(COLLECTIONS.welfareClaims, claims);
    // a 60-day walkathon of 500 walkers, finished
    const start = `${year}-09-01`;
    await insert(COLLECTIONS.stepCampaigns, [
      {
        _id: 'bench-walk',
        name: '健步走',
        startDate: start,
        endDate: addDays(start, DAYS - 1),
        dailyTarget: 8000,
        dailyCap: 20000,
        flagAbove: 30000,
        rule: { type: 'ratio', ratio: 0.8 },
        teamMode: 'branch',
        teams: [],
        ageGroups: [],
      },
    ]);
    await insert(
      COLLECTIONS.stepParticipants,
      Array.from({ length: WALKERS }, (_v, i) => ({
        _id: `bench-walk:${staff[i]}`,
        campaignId: 'bench-walk',
        staffNo: staff[i],
        name: `教职工${i}`,
        branchId: branchOf(i),
        teamId: branchOf(i),
        teamName: `第${(i % BRANCHES) + 1}分工会`,
        ageGroup: 'all',
        days: Object.fromEntries(
          Array.from({ length: DAYS }, (_d, d) => [
            addDays(start, d),
            (i + d) % 10 < 8 + (i % 3) - 1 ? 9000 : 3000,
          ]),
        ),
        joinedAt: startOfBeijingDay(start),
        updatedAt: startOfBeijingDay(start),
      })),
    );
    // 2,000 check-up bookings, 1,800 done
    await insert(
      COLLECTIONS.checkupBookings,
      Array.from({ length: 2000 }, (_v, i) => ({
        _id: `bench-ck:${staff[i]}`,
        campaignId: 'bench-ck',
        staffNo: staff[i],
        name: `教职工${i}`,
        branchId: branchOf(i),
        status: 'booked',
        slotId: 's',
        date: `${year}-10-${String((i % 20) + 1).padStart(2, '0')}`,
        start: '08:00',
        packageId: 'p',
        packageName: '通用',
        version: 1,
        ...(i < 1800 ? { checkedInAt: startOfBeijingDay(`${year}-10-21`) } : {}),
      })),
    );
    // a knowledge contest in April: 2,400 people's counters (6,000 attempts, best 60–100 by 10)
    await insert(COLLECTIONS.quizContests, [
      { _id: 'bench-qc', name: '工会知识竞赛', openAt: startOfBeijingDay(`${year}-04-01`) },
    ]);
    let quizBestSum = 0;
    const counters: Doc[] = Array.from({ length: 2400 }, (_v, i) => {
      const best = 60 + (i % 5) * 10;
      quizBestSum += best;
      return {
        _id: `bench-qc:${staff[i]}`,
        contestId: 'bench-qc',
        staffNo: staff[i],
        branchId: branchOf(i),
        teamId: branchOf(i),
        used: i % 2 ? 3 : 2,
        best,
      };
    });
    await insert(COLLECTIONS.quizAttemptCounts, counters);
    // an honours round in May: 600 nominations (500 accepted, 100 returned), 120 honours
    await insert(COLLECTIONS.awardRounds, [
      {
        _id: 'bench-ar',
        name: '年度评优',
        year,
        stage: 'final',
        nominateOpenAt: startOfBeijingDay(`${year}-05-01`),
      },
    ]);
    await insert(
      COLLECTIONS.awardNominations,
      Array.from({ length: 600 }, (_v, i) => ({
        _id: `bench-ar:c${i % 3}:${staff[i]}`,
        roundId: 'bench-ar',
        categoryId: `c${i % 3}`,
        staffNo: staff[i],
        branchId: branchOf(i),
        status: i < 120 ? 'awarded' : i < 500 ? 'not_selected' : 'returned',
      })),
    );
    await insert(
      COLLECTIONS.honours,
      Array.from({ length: 120 }, (_v, i) => ({
        _id: `bench-ar:c${i % 3}:${staff[i]}`,
        roundId: 'bench-ar',
        staffNo: staff[i],
        branchId: branchOf(i),
        year,
        categoryId: `c${i % 3}`,
        categoryName: ['先进工会工作者', '工会工作积极分子', '三八红旗手'][i % 3],
        awardedAt: startOfBeijingDay(`${year}-06-20`),
      })),
    );
    // a judged contest in June: 240 entries, every one scored by 5 judges
    await insert(COLLECTIONS.contestDefs, [
      { _id: 'bench-cd', name: '青年教师教学竞赛', createdAt: startOfBeijingDay(`${year}-06-01`) },
    ]);
    await insert(
      COLLECTIONS.contestEntries,
      Array.from({ length: 240 }, (_v, i) => ({
        _id: `bench-cd:${staff[i]}`,
        contestId: 'bench-cd',
        staffNo: staff[i],
        name: `教职工${i}`,
        branchId: branchOf(i),
        round: 0,
      })),
    );
    await insert(
      COLLECTIONS.contestSheets,
      Array.from({ length: 1200 }, (_v, k) => ({
        _id: `bench-cd:0:${staff[k % 240]}:J${Math.floor(k / 240)}`,
        contestId: 'bench-cd',
        round: 0,
        entryId: `bench-cd:${staff[k % 240]}`,
        staffNo: staff[k % 240],
        judge: `J${Math.floor(k / 240)}`,
        locked: true,
      })),
    );
    const seedMs = Math.round(performance.now() - seedStarted);

    const call = (event: Record<string, unknown>) => t.data<Report>('report', event, 'dev-T0001');
    // cold: computed (a warm-up first, so a cold start of the instance is not in the numbers)
    await call({ action: 'report.year', year: 2021 });
    const ms: number[] = [];
    const requests: number[] = [];
    let r: Report | undefined;
    for (let i = 0; i < 5; i++) {
      t.resetRequests();
      const started = performance.now();
      r = await call({ action: 'report.year', year, refresh: true });
      ms.push(performance.now() - started);
      requests.push(t.requests());
    }
    t.resetRequests();
    const c0 = performance.now();
    const cached = await call({ action: 'report.year', year });
    const cachedMs = Math.round(performance.now() - c0);
    const cachedRequests = t.requests();
    t.resetRequests();
    const chair = await call({ action: 'report.year', year, branchId: 'b06', refresh: true });
    const branchRequests = t.requests();
    const x0 = performance.now();
    const xlsx = await t.data<{ base64: string; sheets: number }>(
      'report',
      { action: 'report.exportXlsx', year },
      'dev-T0001',
    );
    const docx = await t.data<{ base64: string }>(
      'report',
      { action: 'report.exportDocx', year },
      'dev-T0001',
    );
    const exportMs = Math.round(performance.now() - x0);
    const sorted = [...ms].sort((a, b) => a - b);
    const f = r as Report;
    const invariants = {
      held: f.events.held === EVENTS,
      signups: f.events.signups === SIGNUPS,
      attended: f.events.attended === checkedIn,
      lastYear: f.previous?.events.held === EVENTS && f.previous?.events.signups === SIGNUPS,
      welfare:
        f.welfare.handedOver === 15_000 &&
        f.welfare.valueFen === 6 * (1250 * 20_000 + 1250 * 30_000),
      walkers: f.walkathon.participants === WALKERS,
      checkups: f.checkups.booked === 2000 && f.checkups.done === 1800,
      quiz:
        f.quiz.contests === 1 &&
        f.quiz.people === 2400 &&
        f.quiz.attempts === 6000 &&
        f.quiz.averageBest === Math.round((quizBestSum / 2400) * 10) / 10,
      honours:
        f.honours.nominated === 600 &&
        f.honours.accepted === 500 &&
        f.honours.awarded === 120 &&
        f.honours.byCategory.every((b) => b.value === 40),
      contests:
        f.contests.entries === 240 && f.contests.people === 240 && f.contests.sheets === 1200,
      cached: cached.cached && cached.events.signups === SIGNUPS,
      branch: chair.branchId === 'b06' && chair.events.signups < SIGNUPS,
      budget: Math.max(...requests) <= 30,
    };
    return {
      people: PEOPLE,
      events: EVENTS,
      signups: SIGNUPS,
      seedMs,
      computeMs: { p50: pct(sorted, 50), p95: pct(sorted, 95), runs: ms.length },
      requestsPerCompute: Math.max(...requests),
      requestsPerBranchCompute: branchRequests,
      cached: { ms: cachedMs, requests: cachedRequests },
      reportBytes: JSON.stringify(f).length,
      figures: {
        held: f.events.held,
        signups: f.events.signups,
        attended: f.events.attended,
        people: f.events.people,
        handedOver: f.welfare.handedOver,
        valueYuan: f.welfare.valueFen / 100,
        walkers: f.walkathon.participants,
        compliant: f.walkathon.compliant,
        quizPeople: f.quiz.people,
        quizAttempts: f.quiz.attempts,
        quizAverageBest: f.quiz.averageBest,
        honoursAwarded: f.honours.awarded,
        contestEntries: f.contests.entries,
        contestSheets: f.contests.sheets,
      },
      exports: {
        ms: exportMs,
        xlsxBytes: Math.round((xlsx.base64.length * 3) / 4),
        sheets: xlsx.sheets,
        docxBytes: Math.round((docx.base64.length * 3) / 4),
      },
      invariants,
      ok: Object.values(invariants).every(Boolean),
    };
  } finally {
    await t.stop();
  }
}
