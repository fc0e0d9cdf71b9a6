// Demo events shaped like the union's year (DOMAIN.md): a Women's Day celebration, lunchtime talk
// with the president, tea with a famous teacher, a TCM lecture, a team knowledge competition and
// a recuperation-trip lottery — all upcoming, relative to the seeding time, with a few sign-ups.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { holdKeyOf } from '../../domain/events/model';
import { addDays, beijingDay, startOfBeijingDay } from '../../domain/time';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORGANIZER = '100002';

interface DemoEvent {
  _id: string;
  title: string;
  type: string;
  location: string;
  description: string;
  inDays: number;
  hours: number;
  capacity: number;
  allocation?: 'first_come' | 'lottery';
  audience?: Record<string, unknown>[];
  team?: { min: number; max: number };
  /** how many demo staff already signed up */
  taken?: number;
  opensInDays?: number;
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    _id: 'ev-demo-women-day',
    title: '三八表彰会',
    type: '庆典/表彰',
    location: '学术报告厅',
    description: '表彰年度“巾帼建功标兵”和“最美家庭”，会后有女教职工合影。',
    inDays: 6,
    hours: 2,
    capacity: 200,
    audience: [{ kind: 'women' }],
    taken: 12,
  },
  {
    _id: 'ev-demo-president-lunch',
    title: '午间恳谈·校长有约',
    type: '其他',
    location: '行政楼三楼会议室',
    description: '和校长边吃工作午餐边聊：教学、科研、生活里的难处和建议，都可以当面说。',
    inDays: 4,
    hours: 1.5,
    capacity: 12,
    taken: 12,
  },
  {
    _id: 'ev-demo-tea',
    title: '名师有约·品茶论道',
    type: '讲座',
    location: '教工之家茶室',
    description: '本期请到国家级教学名师，聊聊课堂教学的门道。清茶一杯，名额不多。',
    inDays: 9,
    hours: 2,
    capacity: 20,
    taken: 5,
  },
  {
    _id: 'ev-demo-tcm',
    title: '中医养生讲座',
    type: '健康',
    location: '图书馆报告厅',
    description: '附属医院中医科主任讲秋冬养生：睡眠、饮食、颈肩腰腿的日常调理。',
    inDays: 12,
    hours: 2,
    capacity: 150,
    taken: 30,
  },
  {
    _id: 'ev-demo-quiz',
    title: '工会知识竞赛',
    type: '竞赛',
    location: '大学生活动中心',
    description: '以分工会为单位组队参赛，每队 5–8 人（含队长），由分工会主席报名。',
    inDays: 20,
    hours: 3,
    capacity: 11,
    team: { min: 5, max: 8 },
  },
  {
    _id: 'ev-demo-retreat',
    title: '疗休养（浙江安吉）',
    type: '疗休养',
    location: '浙江安吉',
    description: '三天两晚，报名截止后公开抽签，抽签种子和结果在活动页公布。',
    inDays: 30,
    hours: 60,
    capacity: 40,
    allocation: 'lottery',
    audience: [{ kind: 'members' }],
  },
];

export async function seedEvents(db: Db, now: Date): Promise<void> {
  const staff = (
    await db
      .collection(COLLECTIONS.staff)
      .where({ active: true, status: '在职' })
      .orderBy('_id', 'asc')
      .limit(300)
      .get()
  ).data as {
    staffNo: string;
    name: string;
    branchId: string;
    gender?: string;
  }[];
  // the demo accounts and 100010–100019 stay free to try signing up themselves
  const people = staff.filter((s) => Number(s.staffNo) >= 100020);
  for (const e of DEMO_EVENTS) {
    const existing = await db.collection(COLLECTIONS.events).doc(e._id).get();
    if ((existing.data as unknown[]).length) continue;
    // on a round Beijing hour (14:00, or 12:00 for the lunchtime talk), e.inDays from today
    const startAt = new Date(
      startOfBeijingDay(addDays(beijingDay(now), e.inDays)).getTime() +
        (e._id === 'ev-demo-president-lunch' ? 12 : 14) * HOUR,
    );
    const takers = people
      .filter((p) => !e.audience?.some((r) => r.kind === 'women') || p.gender === '女')
      .slice(0, e.taken ?? 0);
    const holds: Record<string, Date> = {};
    for (const p of takers) holds[holdKeyOf(p.staffNo)] = now;
    await db.collection(COLLECTIONS.events).add({
      _id: e._id,
      title: e.title,
      type: e.type,
      location: e.location,
      description: e.description,
      startAt,
      endAt: new Date(startAt.getTime() + e.hours * HOUR),
      signupOpenAt: new Date(now.getTime() + (e.opensInDays ?? -1) * DAY),
      signupCloseAt: new Date(startAt.getTime() - DAY),
      cancelCutoffAt: new Date(startAt.getTime() - DAY / 2),
      capacity: e.capacity,
      seatsLeft: e.capacity - takers.length,
      allocation: e.allocation ?? 'first_come',
      approval: false,
      waitlist: true,
      audience: e.audience ?? [],
      mixer: false,
      ...(e.team ? { team: e.team } : {}),
      status: 'published',
      createdBy: ORGANIZER,
      organizers: [ORGANIZER],
      holds,
      ticketSeq: takers.length,
      waitSeq: 0,
      createdAt: now,
    });
    if (takers.length) {
      await db.collection(COLLECTIONS.eventSignups).add(
        takers.map((p, i) => ({
          _id: `${e._id}:${p.staffNo}`,
          eventId: e._id,
          staffNo: p.staffNo,
          name: p.name,
          branchId: p.branchId,
          status: 'confirmed',
          shortNo: i + 1,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
  }
}
