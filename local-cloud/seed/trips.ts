// Demo recuperation trips: "2027 年度教职工疗休养", open now, three routes from the union's usual
// destinations (one hard climb not for retirees), a leader per group, last years' trips for some
// staff (so eligibility says why not), and about 60 applications with preferences.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { addPlan, getPlan } from '../../cloudfunctions/trips/plan-repo';
import { grantRole } from '../../cloudfunctions/_kit/roster-repo';
import { addHistoryMany } from '../../cloudfunctions/trips/people-repo';
import {
  applicationIdOf,
  groupIdOf,
  historyIdOf,
  type ApplicationDoc,
  type GroupDoc,
  type PlanDoc,
} from '../../domain/trips/model';
import { formationOf } from '../../domain/trips/rules';
import { rng } from './people';

export const DEMO_PLAN_ID = 'tp-2027';
/** dev-100050 leads the first 千岛湖 group in the demo */
export const DEMO_LEADER = '100050';

const DAY = 24 * 60 * 60 * 1000;

const ROUTES = [
  {
    name: '千岛湖康养',
    destination: '浙江淳安',
    days: 4,
    level: 1,
    retireesOk: true,
    costFen: 280000,
    subsidyFen: 240000,
    description: '湖区慢游、森林氧吧、康养讲座，步行少，适合年长的同事。',
    groups: [
      { in: 40, cap: 40, leader: DEMO_LEADER, point: '校本部东门' },
      { in: 55, cap: 40, leader: '100051', point: '校本部东门' },
    ],
  },
  {
    name: '黄山徒步',
    destination: '安徽黄山',
    days: 5,
    level: 5,
    retireesOk: false,
    costFen: 360000,
    subsidyFen: 300000,
    description: '登山为主，单日步行 1 万步以上，请量力选择。',
    groups: [{ in: 45, cap: 30, leader: '100052', point: '校本部东门' }],
  },
  {
    name: '井冈山红色研学',
    destination: '江西井冈山',
    days: 5,
    level: 3,
    retireesOk: true,
    costFen: 320000,
    subsidyFen: 280000,
    description: '革命旧址参观与现场教学，少量山路。',
    groups: [{ in: 60, cap: 35, leader: '100053', point: '西区南门' }],
  },
];

export async function seedTrips(db: Db, now: Date): Promise<void> {
  if (await getPlan(db, DEMO_PLAN_ID)) return;
  const groups: GroupDoc[] = [];
  const routes = ROUTES.map((r, ri) => ({
    routeId: `r${ri + 1}`,
    name: r.name,
    destination: r.destination,
    days: r.days,
    level: r.level,
    retireesOk: r.retireesOk,
    costFen: r.costFen,
    subsidyFen: r.subsidyFen,
    selfPaidFen: r.costFen - r.subsidyFen,
    description: r.description,
    pictures: [],
    groupIds: r.groups.map((g, gi) => {
      const id = groupIdOf(DEMO_PLAN_ID, ri, gi);
      const departAt = new Date(now.getTime() + g.in * DAY);
      groups.push({
        _id: id,
        planId: DEMO_PLAN_ID,
        routeId: `r${ri + 1}`,
        routeName: r.name,
        departAt,
        returnAt: new Date(departAt.getTime() + (r.days - 1) * DAY + 9 * 3600_000),
        formAt: formationOf(departAt),
        capacity: g.cap,
        left: g.cap,
        meetingPoint: g.point,
        leaderNo: g.leader,
      });
      return id;
    }),
  }));
  const staff = (
    await db
      .collection(COLLECTIONS.staff)
      .where({ active: true })
      .field({ _id: true, staffNo: true, name: true, branchId: true, member: true, status: true })
      .limit(1000)
      .get()
  ).data as { staffNo: string; name: string; branchId: string; member: boolean; status: string }[];
  const byNo = new Map(staff.map((s) => [s.staffNo, s]));
  for (const g of groups) g.leaderName = byNo.get(g.leaderNo ?? '')?.name;
  const plan: PlanDoc = {
    _id: DEMO_PLAN_ID,
    name: '2027 年度教职工疗休养',
    year: 2027,
    applyOpenAt: new Date(now.getTime() - 3 * DAY),
    applyCloseAt: new Date(now.getTime() + 10 * DAY),
    serviceYears: 5,
    cycleYears: 4,
    membersOnly: true,
    includeRetired: true,
    priorityNos: ['100060', '100061'],
    confirmDays: 3,
    lateDropCounts: true,
    exportIdNumbers: false,
    autoAllocate: false,
    status: 'open',
    routes,
    createdAt: now,
  };
  await addPlan(db, plan, groups);
  for (const g of groups)
    if (g.leaderNo && byNo.has(g.leaderNo))
      await grantRole(db, g.leaderNo, { role: 'trip_leader', groupId: g._id });

  // last years: every 7th person travelled in 2023 or 2024 (so "2027/2028 年起可以再报名" shows)
  const next = rng(2027);
  const demo = staff.filter((s) => /^1\d{5}$/.test(s.staffNo) && s.staffNo >= '100054');
  const history = demo
    .filter((_, i) => i % 7 === 3)
    .map((s, i) => {
      const year = i % 2 ? 2023 : 2024;
      return {
        _id: historyIdOf(s.staffNo, year),
        staffNo: s.staffNo,
        year,
        route: ROUTES[i % 3].name,
        source: 'import' as const,
      };
    });
  history.push(
    ...demo
      .filter((_, i) => i % 5 === 1)
      .map((s) => ({
        _id: historyIdOf(s.staffNo, 2019),
        staffNo: s.staffNo,
        year: 2019,
        route: '普陀山',
        source: 'import' as const,
      })),
  );
  await addHistoryMany(db, history);

  // about 60 members applied (not the demo accounts that walk the journey themselves)
  const travelled = new Set(history.filter((h) => h.year >= 2023).map((h) => h.staffNo));
  const all = groups.map((g) => g._id);
  const applicants = demo
    .filter((s) => s.member && !travelled.has(s.staffNo) && s.staffNo >= '100100')
    .filter(() => next() < 0.4)
    .slice(0, 60);
  const docs: (Omit<ApplicationDoc, '_id'> & { _id: string })[] = applicants.map((s) => {
    const first = Math.floor(next() * all.length);
    const choices = [all[first], all[(first + 1) % all.length]].filter(
      (g) => s.status !== '退休' || !g.includes('-r2'),
    );
    return {
      _id: applicationIdOf(DEMO_PLAN_ID, s.staffNo),
      planId: DEMO_PLAN_ID,
      staffNo: s.staffNo,
      name: s.name,
      branchId: s.branchId,
      choices: choices.length ? choices : [all[0]],
      status: 'applied',
      waitGroups: [],
      appliedAt: new Date(now.getTime() - Math.floor(next() * 3 * DAY)),
      updatedAt: now,
    };
  });
  if (docs.length) await db.collection(COLLECTIONS.tripApplications).add(docs);
}
