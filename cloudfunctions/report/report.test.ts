// The report function through the gateway, the real SDK and the local cloud: each figure against
// records made by the features' own actions (events, welfare) and seeders (the rest), counted here
// independently; last year beside this one; the request budget and the day's cache; branch
// scoping; care's small cells and no care list; the list behind a figure; both exports.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { COLLECTIONS } from '../../database/collections';
import type { Detail, Report } from '../../domain/report/contract';
import { summarize } from '../../domain/steps/rules';
import { beijing, beijingDay, startOfBeijingDay } from '../../domain/time';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { seedAwards } from '../../local-cloud/seed/awards';
import { seedCare } from '../../local-cloud/seed/care';
import { seedCheckups } from '../../local-cloud/seed/checkups';
import { seedClubs } from '../../local-cloud/seed/clubs';
import { seedContests } from '../../local-cloud/seed/contests';
import { seedProposals } from '../../local-cloud/seed/proposals';
import { DEMO_CONTEST_ID, seedQuiz } from '../../local-cloud/seed/quiz';
import { seedWalkathon } from '../../local-cloud/seed/steps';
import { seedTrips } from '../../local-cloud/seed/trips';

jest.setTimeout(240_000);

let t: TestCloud;
const F = 'report';
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const YEAR = beijing(new Date()).year();
type Doc = Record<string, unknown> & { _id: string };

/** Every document of a collection (paged), for counting here without the report's code. */
async function all(name: string, where: Record<string, unknown> = {}): Promise<Doc[]> {
  const out: Doc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const res = await t.db.collection(name).where(where).skip(skip).limit(1000).get();
    out.push(...(res.data as Doc[]));
    if (res.data.length < 1000) return out;
  }
}
const inYear = (v: unknown, year = YEAR) =>
  v !== null && v !== undefined && beijing(new Date(v as string)).year() === year;

let eventA = '';
let eventB = '';
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  const now = new Date();
  for (const seed of [
    seedWalkathon,
    seedClubs,
    seedProposals,
    seedCare,
    seedTrips,
    seedCheckups,
    seedQuiz,
    seedAwards,
    seedContests,
  ])
    await seed(t.db, now);

  // knowledge contest, through the quiz function: 100200 twice with no answers (0 both times),
  // 100201 once answering every question right (answers read from the stored draw), 100202 once
  for (const [no, times, right] of [
    [100200, 2, false],
    [100201, 1, true],
    [100202, 1, false],
  ] as const) {
    for (let i = 0; i < times; i++) {
      const a = await t.data<{ attemptId: string; questions: { questionId: string }[] }>(
        'quiz',
        { action: 'quiz.start', contestId: DEMO_CONTEST_ID },
        `dev-${no}`,
      );
      if (right) {
        const doc = (await t.db.collection(COLLECTIONS.quizAttempts).doc(a.attemptId).get())
          .data[0] as { items: { questionId: string; answer: string[] }[] };
        for (const item of doc.items)
          await t.data(
            'quiz',
            {
              action: 'quiz.answer',
              attemptId: a.attemptId,
              questionId: item.questionId,
              keys: item.answer,
            },
            `dev-${no}`,
          );
      }
      await t.data('quiz', { action: 'quiz.submit', attemptId: a.attemptId }, `dev-${no}`);
    }
  }

  // events, through the events function: two events, sign-ups, check-ins by scanned pass
  const create = async (title: string, type: string) =>
    (
      await t.data<{ eventId: string }>(
        'events',
        {
          action: 'events.create',
          title,
          type,
          location: '图书馆报告厅',
          startAt: iso(24 * HOUR),
          endAt: iso(26 * HOUR),
          signupOpenAt: iso(-HOUR),
          signupCloseAt: iso(20 * HOUR),
          capacity: 50,
          allocation: 'first_come',
        },
        'dev-organizer',
      )
    ).eventId;
  eventA = await create('中医养生讲座', '健康');
  eventB = await create('名师有约·品茶论道', '讲座');
  const signUp = (eventId: string, no: number) =>
    t.data('events', { action: 'events.signup', eventId }, `dev-${no}`);
  const checkIn = async (eventId: string, no: number) => {
    const p = await t.data<{ token: string }>(
      'events',
      { action: 'events.pass', eventId },
      `dev-${no}`,
    );
    await t.data('events', { action: 'events.checkin', eventId, token: p.token }, 'dev-organizer');
  };
  for (let no = 100100; no < 100108; no++) await signUp(eventA, no);
  for (let no = 100104; no < 100110; no++) await signUp(eventB, no);
  for (let no = 100100; no < 100105; no++) await checkIn(eventA, no);
  for (let no = 100104; no < 100107; no++) await checkIn(eventB, no);

  // welfare, through the welfare function: a batch with priced gifts, claims, two hand-overs
  const { batchId } = await t.data<{ batchId: string }>(
    'welfare',
    {
      action: 'welfare.createBatch',
      name: '冬季助力乡村振兴慰问品',
      claimOpenAt: iso(-HOUR),
      claimCloseAt: iso(24 * HOUR),
      options: [
        { name: '五常大米', stock: 100, valueFen: 15_000 },
        { name: '山区菌菇', stock: 100, valueFen: 22_050 },
      ],
    },
    'dev-admin',
  );
  const claims: [number, string][] = [
    [100160, 'o1'],
    [100161, 'o2'],
    [100162, 'o2'],
    [100163, 'o1'],
  ];
  for (const [no, optionId] of claims)
    await t.data('welfare', { action: 'welfare.claim', batchId, optionId }, `dev-${no}`);
  for (const no of [100160, 100161, 100162]) {
    const mine = await t.data<{ token: string }>(
      'welfare',
      { action: 'welfare.myClaim', batchId },
      `dev-${no}`,
    );
    await t.data(
      'welfare',
      { action: 'welfare.handover', batchId, token: mine.token },
      'dev-admin',
    );
  }

  // a finished spring walkathon of this year: 5 of 8 days at 8,000 steps to comply
  const spring = { start: `${YEAR}-03-02`, end: `${YEAR}-03-09` };
  await t.db.collection(COLLECTIONS.stepCampaigns).add({
    _id: 'report-spring',
    name: '春季健步走',
    startDate: spring.start,
    endDate: spring.end,
    dailyTarget: 8000,
    dailyCap: 20000,
    flagAbove: 30000,
    rule: { type: 'min_days', days: 5 },
    teamMode: 'branch',
    teams: [],
    ageGroups: [],
  });
  const walk = (days: number[]) =>
    Object.fromEntries(days.map((steps, i) => [`${YEAR}-03-0${i + 2}`, steps]));
  const walkers: [string, number[]][] = [
    ['100130', [9000, 9000, 9000, 9000, 9000, 0, 0, 0]], // 5 days: complies
    ['100131', [8000, 8000, 8000, 8000, 7999, 8000, 0, 0]], // 5 days (7,999 is short): complies
    ['100132', [9000, 9000, 9000, 9000, 0, 0, 0, 0]], // 4 days: does not
  ];
  // one more who joined and never synced: stored without any days
  await t.db.collection(COLLECTIONS.stepParticipants).add({
    _id: 'report-spring:100133',
    campaignId: 'report-spring',
    staffNo: '100133',
    name: '教职工100133',
    branchId: 'b02',
    teamId: 'b02',
    teamName: '第二分工会',
    ageGroup: 'all',
    joinedAt: startOfBeijingDay(spring.start),
    updatedAt: startOfBeijingDay(spring.start),
  });
  for (const [no, days] of walkers)
    await t.db.collection(COLLECTIONS.stepParticipants).add({
      _id: `report-spring:${no}`,
      campaignId: 'report-spring',
      staffNo: no,
      name: `教职工${no}`,
      branchId: 'b02',
      teamId: 'b02',
      teamName: '第二分工会',
      ageGroup: 'all',
      days: { ...walk(days), [`${YEAR}-03-20`]: 50000 },
      joinedAt: startOfBeijingDay(spring.start),
      updatedAt: startOfBeijingDay(spring.end),
    });

  // last year: one event held in May with three sign-ups, two checked in (written as stored)
  const lastYear = startOfBeijingDay(`${YEAR - 1}-05-20`);
  await t.db.collection(COLLECTIONS.events).add({
    _id: 'report-last-year',
    title: '三八表彰会',
    type: '庆典/表彰',
    location: '大礼堂',
    startAt: lastYear,
    endAt: new Date(lastYear.getTime() + 2 * HOUR),
    status: 'published',
    createdAt: lastYear,
  });
  for (const [i, no] of ['100120', '100121', '100122'].entries())
    await t.db.collection(COLLECTIONS.eventSignups).add({
      _id: `report-last-year:${no}`,
      eventId: 'report-last-year',
      staffNo: no,
      name: `教职工${no}`,
      branchId: 'b01',
      status: 'confirmed',
      createdAt: lastYear,
      ...(i < 2 ? { checkedInAt: lastYear } : {}),
    });
});
afterAll(() => t.stop());

const year = (openid: string, input: Record<string, unknown> = {}) =>
  t.call<Report>(F, { action: 'report.year', year: YEAR, ...input }, openid);
const yearData = (openid: string, input: Record<string, unknown> = {}) =>
  t.data<Report>(F, { action: 'report.year', year: YEAR, ...input }, openid);

describe('report.year for the whole union', () => {
  let r: Report;
  beforeAll(async () => {
    r = await yearData('dev-admin', { refresh: true });
  });

  it('counts events held, sign-ups, check-ins and distinct people of the year', async () => {
    const events = (await all(COLLECTIONS.events, { status: 'published' })).filter((e) =>
      inYear(e.startAt),
    );
    const ids = new Set(events.map((e) => e._id));
    const signups = (await all(COLLECTIONS.eventSignups, { status: 'confirmed' })).filter((s) =>
      ids.has(s.eventId as string),
    );
    const attended = signups.filter((s) => s.checkedInAt);
    expect(events).toHaveLength(2);
    expect(r.events).toMatchObject({
      held: 2,
      signups: signups.length,
      attended: attended.length,
      people: new Set(attended.map((s) => s.staffNo)).size,
    });
    // hand-computed: 8 + 6 sign-ups, 5 + 3 check-ins by 7 people (100104 went to both)
    expect([r.events.signups, r.events.attended, r.events.people]).toEqual([14, 8, 7]);
    expect(r.events.attendanceRate).toBeCloseTo(8 / 14, 4);
    expect(r.events.byType.find((b) => b.key === '健康')?.value).toBe(1);
    const month = beijingDay(new Date(Date.now() + 24 * HOUR)).slice(0, 7);
    expect(r.events.byMonth.find((b) => b.key === month)?.value).toBe(8);
    expect(r.events.byMonth).toHaveLength(12);
    expect(r.events.byBranch.reduce((s, b) => s + b.value, 0)).toBe(8);
  });

  it('counts gifts handed over and their value in fen', async () => {
    const handed = (await all(COLLECTIONS.welfareClaims)).filter((c) => inYear(c.handedOverAt));
    expect(handed).toHaveLength(3);
    expect(r.welfare).toMatchObject({ batches: 1, handedOver: 3, valueFen: 15_000 + 2 * 22_050 });
  });

  it('counts walkathon participants and who complies by the campaign rule', async () => {
    const campaigns = (await all(COLLECTIONS.stepCampaigns)).filter(
      (c) => (c.startDate as string).slice(0, 4) === String(YEAR),
    );
    const people = (await all(COLLECTIONS.stepParticipants)).filter((p) =>
      campaigns.some((c) => c._id === p.campaignId),
    );
    const today = beijingDay(new Date());
    const compliant = people.filter((p) => {
      const c = campaigns.find((x) => x._id === p.campaignId) as never;
      return summarize((p.days ?? {}) as Record<string, number>, c, today).compliant;
    }).length;
    expect(people.length).toBeGreaterThan(50);
    // the spring walkathon's two (the autumn one is still running: nobody has enough days yet)
    expect(compliant).toBe(2);
    expect(r.walkathon).toMatchObject({
      campaigns: campaigns.length,
      participants: people.length,
      compliant,
    });
    expect(r.walkathon.topTeams[0]).toMatchObject({
      label: '第二分工会',
      participants: 4,
      compliant: 2,
    });
  });

  it('counts clubs, members and proposals filed, accepted and answered', async () => {
    const members = await all(COLLECTIONS.clubMembers, { status: 'member' });
    expect(r.clubs.members).toBe(members.length);
    expect(r.clubs.joined).toBe(members.filter((m) => inYear(m.joinedAt)).length);
    expect(r.clubs.clubs).toBe((await all(COLLECTIONS.clubs, { active: true })).length);
    const filed = (await all(COLLECTIONS.proposals)).filter((p) => inYear(p.filedAt));
    const answered = filed.filter((p) => ['answered', 'closed'].includes(p.status as string));
    expect(filed.length).toBeGreaterThan(0);
    expect(r.proposals).toMatchObject({
      filed: filed.length,
      proposals: filed.filter((p) => p.kind === 'proposal').length,
      answered: answered.length,
    });
  });

  it('counts care totals, trips travelled and check-ups booked and done', async () => {
    const cases = (await all(COLLECTIONS.careCases)).filter(
      (c) => ['approved', 'paid'].includes(c.status as string) && inYear(c.approvedAt),
    );
    const amount = cases.reduce((s, c) => s + ((c.amount as number) ?? 0), 0);
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(r.care.cases).toEqual({ count: cases.length, amountFen: amount });
    const groups = (await all(COLLECTIONS.tripGroups)).filter((g) => inYear(g.departAt));
    const placed = (await all(COLLECTIONS.tripApplications)).filter(
      (a) =>
        groups.some((g) => g._id === a.groupId) &&
        ['assigned', 'confirmed'].includes(a.status as string),
    );
    expect(r.trips).toMatchObject({ groups: groups.length, placed: placed.length });
    const bookings = (await all(COLLECTIONS.checkupBookings, { status: 'booked' })).filter((b) =>
      (b.date as string).startsWith(String(YEAR)),
    );
    expect(r.checkups).toMatchObject({
      booked: bookings.length,
      done: bookings.filter((b) => b.checkedInAt).length,
    });
  });

  it('puts last year beside this one where last year has records', () => {
    expect(r.previous).not.toBeNull();
    expect(r.previous?.events).toMatchObject({ held: 1, signups: 3, attended: 2, people: 2 });
    expect(r.previous?.welfare.handedOver).toBe(0);
  });
});

describe('quiz, honours and contests', () => {
  /** this year's and last year's records, counted here from the stored documents */
  async function expected(branchId?: string, y = YEAR) {
    const scope = (d: Doc) => !branchId || d.branchId === branchId;
    const quizzes = (await all(COLLECTIONS.quizContests)).filter((c) => inYear(c.openAt, y));
    const qIds = new Set(quizzes.map((c) => c._id));
    const attempts = (await all(COLLECTIONS.quizAttempts)).filter(
      (a) => qIds.has(a.contestId as string) && scope(a),
    );
    const counters = (await all(COLLECTIONS.quizAttemptCounts)).filter(
      (c) => qIds.has(c.contestId as string) && (c.used as number) > 0 && scope(c),
    );
    const bests = counters.filter((c) => typeof c.best === 'number').map((c) => c.best as number);
    const rounds = (await all(COLLECTIONS.awardRounds)).filter((r) => inYear(r.nominateOpenAt, y));
    const rIds = new Set(rounds.map((r) => r._id));
    const noms = (await all(COLLECTIONS.awardNominations)).filter(
      (n) => rIds.has(n.roundId as string) && n.status !== 'withdrawn' && scope(n),
    );
    const honours = (await all(COLLECTIONS.honours)).filter(
      (h) => rIds.has(h.roundId as string) && scope(h),
    );
    const contests = (await all(COLLECTIONS.contestDefs)).filter((c) => inYear(c.createdAt, y));
    const cIds = new Set(contests.map((c) => c._id));
    const entries = (await all(COLLECTIONS.contestEntries)).filter(
      (e) => cIds.has(e.contestId as string) && scope(e),
    );
    const entered = new Set(entries.map((e) => `${e.contestId}:${e.staffNo}`));
    const sheets = (await all(COLLECTIONS.contestSheets, { locked: true })).filter((x) =>
      entered.has(`${x.contestId}:${x.staffNo}`),
    );
    return {
      quiz: {
        contests: quizzes.length,
        attempts: attempts.length,
        people: new Set(attempts.map((a) => a.staffNo)).size,
        averageBest: bests.length
          ? Math.round((bests.reduce((a, b) => a + b, 0) / bests.length) * 10) / 10
          : 0,
      },
      honours: {
        rounds: rounds.length,
        nominated: noms.length,
        accepted: noms.filter((n) =>
          ['accepted', 'publicized', 'not_selected', 'awarded'].includes(n.status as string),
        ).length,
        awarded: honours.length,
      },
      contests: {
        contests: contests.length,
        entries: entries.length,
        people: new Set(entries.map((e) => e.staffNo)).size,
        sheets: sheets.length,
      },
      honoursList: honours,
      counters,
    };
  }

  it("counts quiz attempts and people, nominations and honours, entries and judges' sheets", async () => {
    const r = await yearData('dev-admin', { refresh: true });
    const x = await expected();
    // the quiz function's own records: 4 attempts by 3 people, best scores 0, full marks, 0
    expect(x.quiz).toMatchObject({ contests: 1, attempts: 4, people: 3 });
    const full = x.counters.find((c) => c.staffNo === '100201')!.best as number;
    expect(full).toBeGreaterThan(0);
    expect(x.quiz.averageBest).toBe(Math.round((full / 3) * 10) / 10);
    expect(r.quiz).toMatchObject(x.quiz);
    expect(r.quiz.byBranch.reduce((s, b) => s + b.value, 0)).toBe(3);
    expect(r.honours).toMatchObject(x.honours);
    expect(x.honours.nominated).toBeGreaterThan(0);
    expect(r.contests).toMatchObject(x.contests);
    expect(x.contests.sheets).toBeGreaterThan(0);
    expect(r.contests.byBranch.reduce((s, b) => s + b.value, 0)).toBe(x.contests.entries);
    // last year: the finished round's final list
    const last = await expected(undefined, YEAR - 1);
    expect(last.honours.awarded).toBeGreaterThan(0);
    expect(r.previous?.honours).toMatchObject(last.honours);
    expect(r.previous?.quiz.attempts).toBe(0);
    const cats = new Map<string, number>();
    for (const h of last.honoursList)
      cats.set(h.categoryName as string, (cats.get(h.categoryName as string) ?? 0) + 1);
    const lastYear = await t.data<Report>(
      F,
      { action: 'report.year', year: YEAR - 1 },
      'dev-admin',
    );
    expect(new Map(lastYear.honours.byCategory.map((b) => [b.key, b.value]))).toEqual(cats);
  });

  it('gives a chair the counts of their own branch only', async () => {
    const own = await yearData('dev-chair', { refresh: true });
    const x = await expected('b06');
    expect(own.quiz).toMatchObject(x.quiz);
    expect(own.honours).toMatchObject(x.honours);
    expect(own.contests).toMatchObject(x.contests);
    expect(x.contests.entries + x.honours.nominated).toBeGreaterThan(0);
  });

  it('lists the people behind the figures, a chair only their branch', async () => {
    const detail = (figure: string, who = 'dev-admin', y = YEAR) =>
      t.data<Detail>(F, { action: 'report.detail', year: y, figure }, who);
    const x = await expected();
    const quiz = await detail('quiz.people');
    expect(quiz.total).toBe(x.counters.length);
    expect(quiz.rows.find((row) => row.staffNo === '100200')).toMatchObject({
      attempts: 2,
      best: 0,
    });
    const contests = await detail('contests.entries', 'dev-chair');
    expect(contests.total).toBe((await expected('b06')).contests.entries);
    expect(contests.rows.every((row) => row.branch === contests.rows[0]?.branch)).toBe(true);
    const honours = await detail('honours.awarded', 'dev-admin', YEAR - 1);
    const last = await expected(undefined, YEAR - 1);
    expect(honours.total).toBe(last.honours.awarded);
    expect(honours.rows.every((row) => String(row.name).length > 0)).toBe(true);
    for (const who of ['dev-100010', 'dev-100007'])
      expect(
        await t.call(F, { action: 'report.detail', year: YEAR, figure: 'quiz.people' }, who),
      ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });
});

describe('budget and cache', () => {
  it('computes a year within 30 database requests, and the same day answers from the cache', async () => {
    t.resetRequests();
    const fresh = await yearData('dev-admin', { refresh: true });
    const computed = t.requests();
    expect(fresh.cached).toBe(false);
    expect(computed).toBeLessThanOrEqual(30);
    t.resetRequests();
    const again = await yearData('dev-admin');
    expect(again.cached).toBe(true);
    expect(t.requests()).toBeLessThanOrEqual(2);
    expect(again.events).toEqual(fresh.events);
  });

  it('reports any span up to a year, with the same span a year earlier beside it', async () => {
    const spring = await t.data<Report>(
      F,
      { action: 'report.range', from: `${YEAR}-01-01`, to: `${YEAR}-06-30` },
      'dev-admin',
    );
    expect(spring.events.held).toBe(0);
    expect(spring.walkathon).toMatchObject({ participants: 4, compliant: 2 });
    expect(spring.events.byMonth.map((b) => b.label)).toEqual([
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
    ]);
    expect(spring.previous?.events).toMatchObject({ held: 1, signups: 3 });
    const tooLong = await t.call(
      F,
      { action: 'report.range', from: `${YEAR - 1}-01-01`, to: `${YEAR}-06-30` },
      'dev-admin',
    );
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    if (!tooLong.ok) expect(tooLong.error.message).toContain('时间段最长一年');
  });

  it('a year with no records at all has no last year to compare', async () => {
    const r = await t.data<Report>(F, { action: 'report.year', year: 2021 }, 'dev-admin');
    expect(r.events.held).toBe(0);
    expect(r.previous).toBeNull();
  });
});

describe('who sees what', () => {
  it('gives a chair their own branch by default and refuses another branch', async () => {
    const own = await yearData('dev-chair', { refresh: true });
    expect(own.branchId).toBe('b06');
    const signups = (
      await all(COLLECTIONS.eventSignups, { status: 'confirmed', branchId: 'b06' })
    ).filter((s) => s.eventId === eventA || s.eventId === eventB);
    expect(own.events.signups).toBe(signups.length);
    const b06Bookings = (
      await all(COLLECTIONS.checkupBookings, { status: 'booked', branchId: 'b06' })
    ).filter((b) => (b.date as string).startsWith(String(YEAR)));
    expect(own.checkups.booked).toBe(b06Bookings.length);
    expect(await year('dev-chair', { branchId: 'b01' })).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect((await yearData('dev-admin', { branchId: 'b06' })).events.signups).toBe(signups.length);
  });

  it('refuses plain staff, an organizer and unbound callers', async () => {
    for (const who of ['dev-100010', 'dev-organizer', 'dev-100295'])
      expect(await year(who)).toMatchObject({ ok: false });
    expect(await year('dev-100010')).toMatchObject({ error: { code: 'auth.forbidden' } });
  });

  it('hides care cells below 3 and never lists care', async () => {
    const cases = (await all(COLLECTIONS.careCases)).filter(
      (c) => ['approved', 'paid'].includes(c.status as string) && inYear(c.approvedAt),
    );
    const per = new Map<string, number>();
    for (const c of cases) per.set(c.branchId as string, (per.get(c.branchId as string) ?? 0) + 1);
    const small = [...per.entries()].find(([, n]) => n < 3);
    const none = ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'b10'].find(
      (b) => !per.has(b),
    );
    if (small) {
      const r = await yearData('dev-admin', { branchId: small[0] });
      expect(r.care.cases).toEqual({ count: null, amountFen: null });
      expect(r.care.suppressed).toBe(true);
    }
    if (none) expect((await yearData('dev-admin', { branchId: none })).care.cases.count).toBe(0);
    expect(small ?? none).toBeDefined();
    expect(
      await t.call(F, { action: 'report.detail', year: YEAR, figure: 'care.cases' }, 'dev-admin'),
    ).toMatchObject({ ok: false, error: { code: 'report.care_totals_only' } });
  });
});

describe('report.detail', () => {
  it('lists the check-ins behind "参与人次", and a chair only their branch', async () => {
    const d = await t.data<Detail>(
      F,
      { action: 'report.detail', year: YEAR, figure: 'events.attended' },
      'dev-admin',
    );
    expect(d.total).toBe(8);
    expect(d.rows).toHaveLength(8);
    expect(d.rows.every((row) => row.checkedIn !== '未签到')).toBe(true);
    const mine = await t.data<Detail>(
      F,
      { action: 'report.detail', year: YEAR, figure: 'events.signups' },
      'dev-chair',
    );
    const b06 = (
      await all(COLLECTIONS.eventSignups, { branchId: 'b06', status: 'confirmed' })
    ).filter((s) => s.eventId === eventA || s.eventId === eventB);
    expect(mine.total).toBe(b06.length);
    expect(
      await t.call(
        F,
        { action: 'report.detail', year: YEAR, figure: 'events.signups', branchId: 'b01' },
        'dev-chair',
      ),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const handed = await t.data<Detail>(
      F,
      { action: 'report.detail', year: YEAR, figure: 'welfare.handedOver' },
      'dev-admin',
    );
    expect(handed.rows.map((row) => row.option).sort()).toEqual([
      '五常大米',
      '山区菌菇',
      '山区菌菇',
    ]);
  });

  it('pages a long list and says so for an unknown figure', async () => {
    const first = await t.data<Detail>(
      F,
      { action: 'report.detail', year: YEAR, figure: 'walkathon.participants' },
      'dev-admin',
    );
    expect(first.rows).toHaveLength(first.pageSize);
    const second = await t.data<Detail>(
      F,
      { action: 'report.detail', year: YEAR, figure: 'walkathon.participants', page: 2 },
      'dev-admin',
    );
    expect(second.rows[0]).not.toEqual(first.rows[0]);
    expect(
      await t.call(F, { action: 'report.detail', year: YEAR, figure: 'nope' }, 'dev-admin'),
    ).toMatchObject({ ok: false, error: { code: 'report.no_detail' } });
  });

  it('explains a bad year in plain words', async () => {
    const bad = await t.call(F, { action: 'report.year', year: 1999 }, 'dev-admin');
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    if (!bad.ok) expect(bad.error.message).toContain('年份应在 2020 到 2099 之间');
  });
});

describe('exports', () => {
  it('writes one sheet per section with this year and last year', async () => {
    const f = await t.data<{ filename: string; base64: string; sheets: number }>(
      F,
      { action: 'report.exportXlsx', year: YEAR },
      'dev-admin',
    );
    expect(f.filename).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '活动',
      '福利发放',
      '健步走',
      '社团',
      '提案建议',
      '关爱帮扶',
      '疗休养',
      '体检',
      '知识竞赛',
      '评优评先',
      '竞赛评分',
    ]);
    const events = wb.getWorksheet('活动')!;
    expect(events.getRow(2).values).toEqual([undefined, '举办活动（场）', 2, 1]);
  });

  it('writes a Word draft whose sentences carry the numbers', async () => {
    const f = await t.data<{ filename: string; base64: string }>(
      F,
      { action: 'report.exportDocx', year: YEAR },
      'dev-admin',
    );
    expect(f.filename).toMatch(/年度工作总结（数据部分）\.docx$/);
    const zip = await JSZip.loadAsync(Buffer.from(f.base64, 'base64'));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('全年举办活动 2 场（上年 1 场，增加 1 场）');
    expect(xml).toContain('参与教职工 8 人次（7 人）');
    expect(xml).toContain('发放礼包 3 份');
    expect(xml).toMatch(/全年举办知识竞赛 \d+ 场.*，\d+ 人次参加/);
    expect(xml).toMatch(/评选表彰先进 \d+ 人/);
    expect(xml).not.toMatch(/教职工1001\d\d/);
  });
});
