// Events (活动): events held by type and month, confirmed sign-ups, check-ins (person-times and
// distinct people) and attendance per branch. An event counts in the period its start falls in.
import { COLLECTIONS } from '../../../database/collections';
import { EVENT_TYPES } from '../../../domain/events/contract';
import type { FigureSet } from '../../../domain/report/contract';
import { barsOf, monthLabel, monthsOf, rate } from '../../../domain/report/rules';
import { beijingDay, beijingDateTime } from '../../../domain/time';
import type { Db } from '../../_kit';
import {
  AGG_LIMIT,
  branchWhere,
  bump,
  instantsBetween,
  instantsIn,
  pageOf,
  periodOfValue,
  present,
  rowsOf,
  type DetailInput,
  type Section,
  recordsOf,
} from './section';

type Figures = FigureSet['events'];

interface EventRow {
  _id: string;
  title: string;
  type: string;
  startAt: Date | string;
}

/** Published events of both periods (one request: 200 a year, far under the 1,000 a page). */
const eventsOf = (db: Db, where: Record<string, unknown>) =>
  recordsOf<EventRow>(
    db,
    COLLECTIONS.events,
    { status: 'published', ...where },
    ['_id', 'title', 'type', 'startAt'],
    ['startAt', 'asc'],
  );

const empty = (months: string[], branches: { id: string; name: string }[]): Figures => ({
  held: 0,
  byType: EVENT_TYPES.map((t) => ({ key: t, label: t, value: 0 })),
  signups: 0,
  attended: 0,
  people: 0,
  attendanceRate: 0,
  byMonth: months.map((m) => ({ key: m, label: monthLabel(m), value: 0 })),
  byBranch: branches.map((b) => ({ key: b.id, label: b.name, value: 0 })),
});

export const eventsSection: Section<'events'> = {
  key: 'events',
  title: '活动',
  async compute({ db, cur, prev, branchId, branches }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const events = await eventsOf(db, { startAt: instantsBetween(db, { cur, prev }) });
    const periodOfEvent = new Map<string, 'c' | 'p' | 'x'>();
    for (const e of events)
      periodOfEvent.set(e._id, periodOfValue(new Date(e.startAt), { cur, prev }));
    const ids = events.filter((e) => periodOfEvent.get(e._id) !== 'x').map((e) => e._id);
    const curIds = ids.filter((i) => periodOfEvent.get(i) === 'c');
    const signups = db.collection(COLLECTIONS.eventSignups);
    const match = { eventId: _.in(ids), status: 'confirmed', ...branchWhere(branchId) };
    const prevIds = ids.filter((i) => periodOfEvent.get(i) === 'p');
    // distinct people per period: one simple grouping each (a compound key costs the emulator
    // seconds on 40,000 sign-ups; CloudBase does not mind either way)
    const peopleOf = (some: string[]) =>
      some.length
        ? signups
            .aggregate()
            .match({ ...match, eventId: _.in(some), checkedInAt: _.exists(true).and(_.neq(null)) })
            .group({ _id: '$staffNo' })
            .count('people')
            .limit(1)
            .end()
        : Promise.resolve({ data: [] });
    const [byEvent, byBranch, peopleCur, peoplePrev] = ids.length
      ? await Promise.all([
          signups
            .aggregate()
            .match(match)
            .group({
              _id: '$eventId',
              signups: $.sum(1),
              attended: $.sum(present(db, 'checkedInAt')),
            })
            .limit(AGG_LIMIT)
            .end(),
          curIds.length
            ? signups
                .aggregate()
                .match({ ...match, eventId: _.in(curIds) })
                .group({ _id: '$branchId', attended: $.sum(present(db, 'checkedInAt')) })
                .limit(AGG_LIMIT)
                .end()
            : Promise.resolve({ data: [] }),
          peopleOf(curIds),
          peopleOf(prevIds),
        ])
      : [{ data: [] }, { data: [] }, { data: [] }, { data: [] }];

    const figures = (period: 'c' | 'p', span: typeof cur): Figures => {
      const months = monthsOf(span);
      const f = empty(months, branches);
      const types = new Map<string, number>();
      const monthly = new Map<string, number>();
      for (const e of events) {
        if (periodOfEvent.get(e._id) !== period) continue;
        f.held += 1;
        bump(types, e.type, 1);
      }
      const monthOf = new Map(
        events.map((e) => [e._id, beijingDay(new Date(e.startAt)).slice(0, 7)]),
      );
      for (const r of rowsOf<{ _id: string; signups: number; attended: number }>(byEvent)) {
        if (periodOfEvent.get(r._id) !== period) continue;
        f.signups += r.signups;
        f.attended += r.attended;
        bump(monthly, monthOf.get(r._id) ?? '', r.attended);
      }
      f.byType = barsOf(EVENT_TYPES, types, (t) => t);
      f.byMonth = barsOf(months, monthly, monthLabel);
      f.attendanceRate = rate(f.attended, f.signups);
      f.people =
        rowsOf<{ people: number }>(period === 'c' ? peopleCur : peoplePrev)[0]?.people ?? 0;
      if (period === 'c') {
        const perBranch = new Map(
          rowsOf<{ _id: string; attended: number }>(byBranch).map((r) => [r._id, r.attended]),
        );
        f.byBranch = barsOf(
          branches.map((b) => b.id),
          perBranch,
          (id) => branches.find((b) => b.id === id)?.name ?? id,
        );
      } else f.byBranch = [];
      return f;
    };
    return { cur: figures('c', cur), prev: figures('p', prev) };
  },
  sheet(f, p) {
    const pv = (v: number | undefined) => (p ? (v ?? '') : '');
    return [
      { item: '举办活动（场）', value: f.held, previous: pv(p?.held) },
      ...f.byType
        .filter((b) => b.value > 0)
        .map((b) => ({
          item: `其中：${b.label}`,
          value: b.value,
          previous: pv(p?.byType.find((x) => x.key === b.key)?.value),
        })),
      { item: '报名（人次）', value: f.signups, previous: pv(p?.signups) },
      { item: '参与（签到人次）', value: f.attended, previous: pv(p?.attended) },
      { item: '参与教职工（人）', value: f.people, previous: pv(p?.people) },
      {
        item: '到场率',
        value: `${Math.round(f.attendanceRate * 1000) / 10}%`,
        previous: p ? `${Math.round(p.attendanceRate * 1000) / 10}%` : '',
      },
      ...f.byMonth.map((b) => ({
        item: `${b.label}参与人次`,
        value: b.value,
        previous: '' as const,
      })),
      ...f.byBranch.map((b) => ({
        item: `${b.label}参与人次`,
        value: b.value,
        previous: '' as const,
      })),
    ];
  },
  details: {
    'events.held': heldList,
    'events.signups': (i) => signupList(i, false),
    'events.attended': (i) => signupList(i, true),
  },
};

async function heldList({ db, span, skip, limit }: DetailInput) {
  const { rows, total } = await pageOf<EventRow & { location?: string }>(
    db,
    COLLECTIONS.events,
    { status: 'published', startAt: instantsIn(db, span) },
    { title: true, type: true, startAt: true, location: true },
    { skip, limit },
    [['startAt', 'asc']],
  );
  return {
    title: '举办的活动',
    columns: [
      { key: 'title', label: '活动' },
      { key: 'type', label: '类型' },
      { key: 'at', label: '时间' },
      { key: 'location', label: '地点' },
    ],
    rows: rows.map((e) => ({
      title: e.title,
      type: e.type,
      at: beijingDateTime(new Date(e.startAt)),
      location: e.location ?? '',
    })),
    total,
  };
}

async function signupList(
  { db, span, branchId, skip, limit, branchName }: DetailInput,
  attended: boolean,
) {
  const _ = db.command;
  const events = await eventsOf(db, { startAt: instantsIn(db, span) });
  const title = new Map(events.map((e) => [e._id, e.title]));
  const where = {
    eventId: _.in(events.map((e) => e._id)),
    status: 'confirmed',
    ...branchWhere(branchId),
    ...(attended ? { checkedInAt: _.exists(true).and(_.neq(null)) } : {}),
  };
  type Row = {
    eventId: string;
    staffNo: string;
    name: string;
    branchId: string;
    checkedInAt?: Date | string | null;
  };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.eventSignups,
    where,
    { eventId: true, staffNo: true, name: true, branchId: true, checkedInAt: true },
    { skip, limit },
  );
  return {
    title: attended ? '签到参与的人次' : '报名的人次',
    columns: [
      { key: 'event', label: '活动' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'checkedIn', label: '签到' },
    ],
    rows: rows.map((r) => ({
      event: title.get(r.eventId) ?? '',
      name: r.name,
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      checkedIn: r.checkedInAt ? beijingDateTime(new Date(r.checkedInAt)) : '未签到',
    })),
    total,
  };
}
