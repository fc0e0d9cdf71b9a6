// Health check-ups (体检): places booked for a day in the period and check-ups done (checked in at
// the hospital desk), per branch. Medical results are never stored, so never reported.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import {
  AGG_LIMIT,
  branchLines,
  branchWhere,
  daysBetween,
  pageOf,
  perBranch,
  periodOf,
  present,
  rowsOf,
  type DetailInput,
  type Section,
} from './section';

type Figures = FigureSet['checkups'];

export const checkupsSection: Section<'checkups'> = {
  key: 'checkups',
  title: '体检',
  async compute({ db, cur, prev, branchId, branches }) {
    const $ = db.command.aggregate;
    const periods = { cur, prev };
    const res = await db
      .collection(COLLECTIONS.checkupBookings)
      .aggregate()
      .match({ status: 'booked', date: daysBetween(db, periods), ...branchWhere(branchId) })
      .group({
        _id: { p: periodOf(db, 'date', periods, 'day'), b: '$branchId' },
        booked: $.sum(1),
        done: $.sum(present(db, 'checkedInAt')),
      })
      .limit(AGG_LIMIT)
      .end();
    const rows = rowsOf<{ _id: { p: string; b: string }; booked: number; done: number }>(res);
    const fig = (p: 'c' | 'p'): Figures => {
      const mine = rows.filter((r) => r._id.p === p);
      const byBranch = new Map(mine.map((r) => [r._id.b, r.done]));
      return {
        booked: mine.reduce((s, r) => s + r.booked, 0),
        done: mine.reduce((s, r) => s + r.done, 0),
        byBranch: p === 'c' ? perBranch(branches, byBranch) : [],
      };
    };
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '预约体检（人）', value: f.booked, previous: p ? p.booked : '' },
      { item: '完成体检（人）', value: f.done, previous: p ? p.done : '' },
      ...branchLines(f.byBranch, (b) => `${b}完成（人）`),
    ];
  },
  details: {
    'checkups.booked': (i) => bookingList(i, false),
    'checkups.done': (i) => bookingList(i, true),
  },
};

async function bookingList(
  { db, span, branchId, skip, limit, branchName }: DetailInput,
  done: boolean,
) {
  const _ = db.command;
  const where = {
    status: 'booked',
    date: _.gte(span.from).and(_.lte(span.to)),
    ...branchWhere(branchId),
    ...(done ? { checkedInAt: _.exists(true).and(_.neq(null)) } : {}),
  };
  type Row = {
    date: string;
    start: string;
    staffNo: string;
    name: string;
    branchId: string;
    packageName: string;
    checkedInAt?: unknown;
  };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.checkupBookings,
    where,
    {
      date: true,
      start: true,
      staffNo: true,
      name: true,
      branchId: true,
      packageName: true,
      checkedInAt: true,
    },
    { skip, limit },
    [
      ['date', 'asc'],
      ['_id', 'asc'],
    ],
  );
  return {
    title: done ? '完成体检的教职工' : '预约体检的教职工',
    columns: [
      { key: 'date', label: '体检日' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'package', label: '套餐' },
      { key: 'done', label: '签到' },
    ],
    rows: rows.map((r) => ({
      date: `${r.date} ${r.start}`,
      name: r.name,
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      package: r.packageName,
      done: r.checkedInAt ? '已签到' : '未签到',
    })),
    total,
  };
}
