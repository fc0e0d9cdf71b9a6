// Demo honours (the union's report: 支持工会工作好领导、先进工会工作者、工会工作积极分子评审; 三八
// 红旗手; 最美家庭): this year's round open for nominations, with nominations in several states
// (submitted, accepted, returned with a reason, rejected) and its quota counters, three demo
// judges (dev-100007…100009), and last year's round finished, its final list in honours.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import type { NominationStatus } from '../../domain/awards/contract';
import { honourIdOf, nominationIdOf, quotaCounterIdOf, quotaFor } from '../../domain/awards/rules';
import { beijing } from '../../domain/time';

export const DEMO_JUDGES = ['100007', '100008', '100009'];
/** this year's demo round (open for nominations) and last year's (final) */
export const demoRoundIds = (now: Date = new Date()) => {
  const year = beijing(now).year();
  return { current: `ar-${year}`, past: `ar-${year - 1}` };
};
const DAY = 24 * 60 * 60 * 1000;

const CATEGORIES = [
  { id: 'c1', name: '先进工会工作者', quota: { share: 0.1 }, places: 20, selfNomination: false },
  { id: 'c2', name: '工会工作积极分子', quota: { share: 0.14 }, places: 24, selfNomination: false },
  {
    id: 'c3',
    name: '支持工会工作好领导',
    quota: { perBranch: 1 },
    places: 6,
    selfNomination: false,
  },
  { id: 'c4', name: '三八红旗手', quota: { perBranch: 1 }, places: 8, selfNomination: false },
  { id: 'c5', name: '最美家庭', quota: { perBranch: 1 }, places: 5, selfNomination: true },
].map((c) => ({ ...c, material: c.id === 'c5' ? '家庭事迹 300 字以内，可附照片' : '' }));

const REASONS = [
  '长期承担分工会日常工作，组织教职工健步走、读书会等活动，参与率逐年提高。',
  '热心会员服务，走访慰问困难教职工，协助办理大病补助和理赔。',
  '积极参与教代会提案工作，推动食堂和校园交通问题的解决。',
  '组织青年教师教学竞赛和三笔字比赛，所在学院获优秀组织奖。',
];

interface Person {
  staffNo: string;
  name: string;
  branchId: string;
  member: boolean;
  roles?: unknown[];
}

export async function seedAwards(db: Db, now: Date): Promise<void> {
  const year = beijing(now).year();
  const { current, past } = demoRoundIds(now);
  const exists = await db.collection(COLLECTIONS.awardRounds).doc(current).get();
  if ((exists.data as unknown[]).length) return;
  const staff = (
    await db
      .collection(COLLECTIONS.staff)
      .where({ active: true })
      .orderBy('_id', 'asc')
      .limit(1000)
      .get()
  ).data as Person[];
  const people = staff.filter(
    (s) => /^1\d{5}$/.test(s.staffNo) && s.staffNo >= '100010' && s.staffNo <= '100290',
  );
  const round = (id: string, y: number, stage: string, openAt: Date) => ({
    _id: id,
    name: `${y}年度评优评先`,
    year: y,
    stage,
    nominateOpenAt: openAt,
    nominateCloseAt: new Date(openAt.getTime() + 17 * DAY),
    categories: CATEGORIES.map(({ id: cid, name, quota, places, selfNomination, material }) => ({
      id: cid,
      name,
      quota,
      places,
      selfNomination,
      material,
    })),
    votesPerJudge: null,
    publicityDays: 5,
    publicityStartAt: stage === 'final' ? new Date(openAt.getTime() + 25 * DAY) : null,
    publicityEndAt: stage === 'final' ? new Date(openAt.getTime() + 30 * DAY) : null,
    judges: id === current ? DEMO_JUDGES : [],
    createdAt: openAt,
    createdBy: '100001',
  });
  const byBranch = new Map<string, Person[]>();
  for (const p of people) byBranch.set(p.branchId, [...(byBranch.get(p.branchId) ?? []), p]);
  const branches = [...byBranch.keys()].sort();

  // last year: finished — two people per branch in the first categories, awarded
  const pastNoms: Record<string, unknown>[] = [];
  const honours: Record<string, unknown>[] = [];
  const pastAt = new Date(now.getTime() - 365 * DAY);
  branches.forEach((b, i) => {
    const [a, c] = (byBranch.get(b) ?? []).slice(-2);
    for (const [p, cat] of [
      [a, CATEGORIES[i % 2]!],
      [c, CATEGORIES[2 + (i % 3)]!],
    ] as const) {
      if (!p) continue;
      const id = nominationIdOf(past, cat.id, p.staffNo);
      pastNoms.push({
        _id: id,
        roundId: past,
        categoryId: cat.id,
        staffNo: p.staffNo,
        name: p.name,
        branchId: p.branchId,
        reason: REASONS[i % REASONS.length],
        status: 'awarded',
        by: '100003',
        self: false,
        reviewReason: '',
        createdAt: pastAt,
      });
      honours.push({
        _id: honourIdOf(past, cat.id, p.staffNo),
        staffNo: p.staffNo,
        branchId: p.branchId,
        year: year - 1,
        roundId: past,
        categoryId: cat.id,
        categoryName: cat.name,
        awardedAt: new Date(pastAt.getTime() + 30 * DAY),
      });
    }
  });

  // this year: open; the first 8 branches have nominations in c1/c3, in several states
  const states: NominationStatus[] = ['submitted', 'accepted', 'returned', 'rejected', 'accepted'];
  const noms: Record<string, unknown>[] = [];
  const counters = new Map<string, { doc: Record<string, unknown>; holds: Record<string, Date> }>();
  const openAt = new Date(now.getTime() - 3 * DAY);
  branches.slice(0, 8).forEach((b, i) => {
    const members = staff.filter((s) => s.branchId === b && s.member).length;
    const list = (byBranch.get(b) ?? []).slice(0, 2);
    list.forEach((p, j) => {
      const cat = CATEGORIES[j === 0 ? 0 : 2]!;
      const counterId = quotaCounterIdOf(current, cat.id, b);
      const entry = counters.get(counterId) ?? {
        doc: {
          _id: counterId,
          roundId: current,
          categoryId: cat.id,
          branchId: b,
          quota: quotaFor(cat.quota, members),
        },
        holds: {},
      };
      counters.set(counterId, entry);
      let status = states[(i + j) % states.length]!;
      const holds = status === 'submitted' || status === 'accepted';
      // never more places held than the quota gives (a small branch's share may be 0)
      if (holds && Object.keys(entry.holds).length >= Number(entry.doc.quota)) status = 'returned';
      else if (holds) entry.holds[`s${p.staffNo}`] = openAt;
      noms.push({
        _id: nominationIdOf(current, cat.id, p.staffNo),
        roundId: current,
        categoryId: cat.id,
        staffNo: p.staffNo,
        name: p.name,
        branchId: p.branchId,
        reason: REASONS[(i + j) % REASONS.length],
        status,
        by: '100003',
        self: false,
        reviewReason:
          status === 'returned'
            ? '请补充近两年的具体事迹'
            : status === 'rejected'
              ? '本年度已获同类表彰'
              : '',
        createdAt: new Date(openAt.getTime() + DAY),
      });
    });
  });

  await db.collection(COLLECTIONS.awardRounds).add(round(past, year - 1, 'final', pastAt));
  if (pastNoms.length) await db.collection(COLLECTIONS.awardNominations).add(pastNoms);
  for (const h of honours) {
    const { _id, ...rest } = h as { _id: string };
    await db.collection(COLLECTIONS.honours).doc(_id).set(rest);
  }
  if (noms.length) await db.collection(COLLECTIONS.awardNominations).add(noms);
  for (const { doc, holds } of counters.values()) {
    await db.collection(COLLECTIONS.awardQuotaCounts).add({
      ...doc,
      used: Object.keys(holds).length,
      left: Number(doc.quota) - Object.keys(holds).length,
      holds,
    });
  }
  for (const no of DEMO_JUDGES) {
    const judge = staff.find((s) => s.staffNo === no);
    if (!judge) continue;
    await db
      .collection(COLLECTIONS.staff)
      .doc(no)
      .update({
        roles: db.command.set([...(judge.roles ?? []), { role: 'judge', roundId: current }]),
      });
  }
  // the current round last: its presence marks the whole seed as done
  await db.collection(COLLECTIONS.awardRounds).add(round(current, year, 'nominating', openAt));
}
