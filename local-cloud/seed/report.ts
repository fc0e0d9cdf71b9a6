// Demo data for the year report (年度工作数据): last year's records, so the report has a year to
// compare with — events held through last year (shaped like the union's 2023 summary: 三八表彰会,
// 五一论坛, 荣休仪式, 名师有约 sessions, a TCM lecture, the knowledge competition) with sign-ups
// and check-ins, two welfare batches handed over, and last year's knowledge contest (each taker's
// attempts and best score). Deterministic ids: seeding twice is a no-op.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { isDuplicate } from '../../cloudfunctions/_kit/db-errors';
import { beijing, startOfBeijingDay } from '../../domain/time';

const HOUR = 3_600_000;

interface PastEvent {
  key: string;
  title: string;
  type: string;
  /** MM-DD of last year */
  on: string;
  signups: number;
  /** share of sign-ups who came */
  came: number;
}

const PAST_EVENTS: PastEvent[] = [
  {
    key: 'women-day',
    title: '三八表彰会',
    type: '庆典/表彰',
    on: '03-07',
    signups: 60,
    came: 0.95,
  },
  { key: 'may-day', title: '五一劳模论坛', type: '讲座', on: '04-28', signups: 40, came: 0.85 },
  {
    key: 'tea-1',
    title: '名师有约·品茶论道（一）',
    type: '讲座',
    on: '03-20',
    signups: 12,
    came: 1,
  },
  {
    key: 'tea-2',
    title: '名师有约·品茶论道（二）',
    type: '讲座',
    on: '05-15',
    signups: 12,
    came: 0.9,
  },
  {
    key: 'tea-3',
    title: '名师有约·品茶论道（三）',
    type: '讲座',
    on: '10-16',
    signups: 12,
    came: 0.9,
  },
  { key: 'tcm', title: '中医养生秋季讲座', type: '健康', on: '10-24', signups: 80, came: 0.8 },
  { key: 'quiz', title: '工会知识竞赛', type: '竞赛', on: '11-12', signups: 50, came: 0.96 },
  { key: 'retire', title: '荣休仪式', type: '仪式', on: '12-18', signups: 30, came: 0.9 },
];

const PAST_BATCHES = [
  { key: 'spring', name: '春季助力乡村振兴农产品', on: '04-10', valueFen: 20_000, share: 0.9 },
  { key: 'autumn', name: '中秋国庆慰问品', on: '09-12', valueFen: 35_000, share: 0.95 },
];

type Doc = Record<string, unknown> & { _id: string };

async function put(db: Db, collection: string, doc: Doc) {
  try {
    await db.collection(collection).add(doc);
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
}

/** Many at once; when some exist already (a second seeding), one by one. */
async function putAll(db: Db, collection: string, docs: Doc[]) {
  if (docs.length === 0) return;
  try {
    await db.collection(collection).add(docs);
  } catch (e) {
    if (!isDuplicate(e)) throw e;
    for (const d of docs) await put(db, collection, d);
  }
}

export async function seedReport(db: Db, now: Date): Promise<void> {
  const year = beijing(now).year() - 1;
  const res = await db
    .collection(COLLECTIONS.staff)
    .where({ active: true })
    .field({ staffNo: true, name: true, branchId: true })
    .orderBy('_id', 'asc')
    .limit(300)
    .get();
  const staff = (res.data as { staffNo: string; name: string; branchId: string }[]).filter(
    (s) => !['100001', '100002', '100003'].includes(s.staffNo),
  );
  if (staff.length === 0) return;
  for (const [i, e] of PAST_EVENTS.entries()) {
    const startAt = new Date(startOfBeijingDay(`${year}-${e.on}`).getTime() + 14 * HOUR);
    const eventId = `ev-past-${year}-${e.key}`;
    await put(db, COLLECTIONS.events, {
      _id: eventId,
      title: e.title,
      type: e.type,
      location: '学术报告厅',
      description: '',
      startAt,
      endAt: new Date(startAt.getTime() + 2 * HOUR),
      signupOpenAt: new Date(startAt.getTime() - 10 * 24 * HOUR),
      signupCloseAt: new Date(startAt.getTime() - 24 * HOUR),
      cancelCutoffAt: new Date(startAt.getTime() - 24 * HOUR),
      capacity: e.signups,
      seatsLeft: 0,
      allocation: 'first_come',
      status: 'published',
      createdBy: '100002',
      organizers: ['100002'],
      createdAt: new Date(startAt.getTime() - 14 * 24 * HOUR),
    });
    const came = Math.round(e.signups * e.came);
    const signups: Doc[] = [];
    for (let k = 0; k < Math.min(e.signups, staff.length); k++) {
      const s = staff[(i * 37 + k * 7) % staff.length];
      signups.push({
        _id: `${eventId}:${s.staffNo}`,
        eventId,
        staffNo: s.staffNo,
        name: s.name,
        branchId: s.branchId,
        status: 'confirmed',
        createdAt: new Date(startAt.getTime() - 5 * 24 * HOUR),
        ...(k < came ? { checkedInAt: startAt } : {}),
      });
    }
    await putAll(db, COLLECTIONS.eventSignups, signups);
  }
  for (const b of PAST_BATCHES) {
    const opens = startOfBeijingDay(`${year}-${b.on}`);
    const batchId = `wb-past-${year}-${b.key}`;
    await put(db, COLLECTIONS.welfareBatches, {
      _id: batchId,
      name: b.name,
      description: '',
      claimOpenAt: opens,
      claimCloseAt: new Date(opens.getTime() + 14 * 24 * HOUR),
      status: 'closed',
      fulfilment: 'pickup',
      options: [{ id: 'o1', name: b.name, description: '', imageUrl: null, valueFen: b.valueFen }],
      stock: { o1: 0 },
      stockTotal: { o1: staff.length },
      defaultOptionId: 'o1',
      eligibility: {},
      points: [],
      ledger: {},
      createdAt: opens,
      closedAt: new Date(opens.getTime() + 14 * 24 * HOUR),
    });
    const handed = Math.round(staff.length * b.share);
    await putAll(
      db,
      COLLECTIONS.welfareClaims,
      staff.slice(0, handed).map((s, k) => ({
        _id: `${batchId}:${s.staffNo}`,
        batchId,
        staffNo: s.staffNo,
        name: s.name,
        branchId: s.branchId,
        optionId: 'o1',
        version: 1,
        byDefault: false,
        pointId: null,
        delivery: null,
        shortNo: k + 1,
        handedOverAt: new Date(opens.getTime() + (1 + (k % 10)) * 24 * HOUR),
        handedOverBy: '100002',
      })),
    );
  }
  await seedPastQuiz(db, year, staff);
}

/** Last year's knowledge contest, closed: 120 people, 1–3 attempts each, best 60–100. */
async function seedPastQuiz(
  db: Db,
  year: number,
  staff: { staffNo: string; branchId: string }[],
): Promise<void> {
  const contestId = `qc-past-${year}`;
  const openAt = startOfBeijingDay(`${year}-11-01`);
  const closeAt = startOfBeijingDay(`${year}-11-12`);
  const takers = staff.slice(0, 120);
  await putAll(
    db,
    COLLECTIONS.quizAttemptCounts,
    takers.map((s, k) => ({
      _id: `${contestId}:${s.staffNo}`,
      contestId,
      staffNo: s.staffNo,
      branchId: s.branchId,
      teamId: s.branchId,
      used: 1 + (k % 3),
      day: `${year}-11-${String(1 + (k % 11)).padStart(2, '0')}`,
      dayUsed: 1,
      open: null,
      best: 60 + (k % 5) * 10,
      bestMs: (120 + (k % 7) * 30) * 1000,
      bestAttemptId: null,
      flagged: 0,
      closed: 1 + (k % 3),
    })),
  );
  // the contest last: it is only listed once its counters are there
  await put(db, COLLECTIONS.quizContests, {
    _id: contestId,
    name: `${year}年工会知识竞赛`,
    openAt,
    closeAt,
    questionsPerAttempt: 10,
    secondsPerAttempt: 600,
    attemptsPerDay: 3,
    attemptsTotal: null,
    pointsPerQuestion: 10,
    reveal: 'after_contest',
    salt: `past-${year}`,
    pools: [{ count: 10, ids: [] }],
    branchIds: null,
    teams: [],
    finalTeamIds: [],
    createdAt: new Date(openAt.getTime() - 7 * 24 * HOUR),
  });
}
