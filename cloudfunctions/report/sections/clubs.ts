// Clubs (社团): active clubs, members now, members who joined in the period, posts shared (the
// clubs' activities). A branch's figures count its own people (members and authors by 工号).
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import { instantsOf } from '../../../domain/report/rules';
import { beijingDay } from '../../../domain/time';
import type { Db } from '../../_kit';
import {
  AGG_LIMIT,
  instantsBetween,
  periodOf,
  rowsOf,
  type DetailInput,
  type Section,
} from './section';

type Figures = FigureSet['clubs'];

/** Joins a record's 工号 to the staff record and keeps the branch's own (one request still). */
function ofBranch(
  q: ReturnType<ReturnType<Db['collection']>['aggregate']>,
  field: string,
  branchId: string | null,
) {
  if (!branchId) return q;
  return q
    .lookup({ from: COLLECTIONS.staff, localField: field, foreignField: 'staffNo', as: 'who' })
    .match({ 'who.branchId': branchId });
}

export const clubsSection: Section<'clubs'> = {
  key: 'clubs',
  title: '社团',
  async compute({ db, cur, prev, branchId }) {
    const $ = db.command.aggregate;
    const periods = { cur, prev };
    const { start: prevStart } = instantsOf(prev);
    const joinedIn = $.cond({
      if: $.ifNull(['$joinedAt', false]),
      then: periodOf(db, 'joinedAt', periods, 'instant'),
      else: 'o',
    });
    const [clubs, members, posts] = await Promise.all([
      db.collection(COLLECTIONS.clubs).where({ active: true }).count(),
      ofBranch(
        db.collection(COLLECTIONS.clubMembers).aggregate().match({ status: 'member' }),
        'staffNo',
        branchId,
      )
        .group({
          _id: $.cond({
            if: $.lt([$.ifNull(['$joinedAt', prevStart]), prevStart]),
            then: 'o',
            else: joinedIn,
          }),
          n: $.sum(1),
        })
        .limit(AGG_LIMIT)
        .end(),
      ofBranch(
        db
          .collection(COLLECTIONS.clubPosts)
          .aggregate()
          .match({ hidden: db.command.neq(true), createdAt: instantsBetween(db, periods) }),
        'authorNo',
        branchId,
      )
        .group({ _id: periodOf(db, 'createdAt', periods, 'instant'), n: $.sum(1) })
        .limit(AGG_LIMIT)
        .end(),
    ]);
    const m = new Map(rowsOf<{ _id: string; n: number }>(members).map((r) => [r._id, r.n]));
    const p = new Map(rowsOf<{ _id: string; n: number }>(posts).map((r) => [r._id, r.n]));
    const all = [...m.values()].reduce((a, b) => a + b, 0);
    const fig = (period: 'c' | 'p'): Figures => ({
      clubs: clubs.total ?? 0,
      // last year's members: those who had joined by the end of that period
      members: period === 'c' ? all : (m.get('o') ?? 0) + (m.get('p') ?? 0),
      joined: m.get(period) ?? 0,
      posts: p.get(period) ?? 0,
    });
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '社团（个）', value: f.clubs, previous: '' },
      { item: '成员（人）', value: f.members, previous: p ? p.members : '' },
      { item: '新加入（人）', value: f.joined, previous: p ? p.joined : '' },
      { item: '社团动态（条）', value: f.posts, previous: p ? p.posts : '' },
    ];
  },
  details: { 'clubs.joined': joinedList },
};

async function joinedList({ db, span, branchId, skip, limit, branchName }: DetailInput) {
  const $ = db.command.aggregate;
  const _ = db.command;
  const { start, end } = instantsOf(span);
  const base = () =>
    ofBranch(
      db
        .collection(COLLECTIONS.clubMembers)
        .aggregate()
        .match({ status: 'member', joinedAt: _.gte(start).and(_.lt(end)) }),
      'staffNo',
      branchId,
    );
  const [page, count, clubs] = await Promise.all([
    base()
      .lookup({
        from: COLLECTIONS.staff,
        localField: 'staffNo',
        foreignField: 'staffNo',
        as: 'who',
      })
      .project({
        clubId: 1,
        staffNo: 1,
        name: 1,
        joinedAt: 1,
        branchId: $.arrayElemAt(['$who.branchId', 0]),
      })
      .sort({ joinedAt: 1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .end(),
    base()
      .group({ _id: null, n: $.sum(1) })
      .limit(1)
      .end(),
    db.collection(COLLECTIONS.clubs).field({ name: true }).limit(1000).get(),
  ]);
  const clubName = new Map(
    (clubs.data as { _id: string; name: string }[]).map((c) => [c._id, c.name]),
  );
  type Row = {
    clubId: string;
    staffNo: string;
    name: string;
    joinedAt: Date | string;
    branchId?: string;
  };
  return {
    title: '新加入社团的成员',
    columns: [
      { key: 'club', label: '社团' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'on', label: '加入日期' },
    ],
    rows: rowsOf<Row>(page).map((r) => ({
      club: clubName.get(r.clubId) ?? '',
      name: r.name,
      staffNo: r.staffNo,
      branch: r.branchId ? branchName(r.branchId) : '',
      on: beijingDay(new Date(r.joinedAt)),
    })),
    total: rowsOf<{ n: number }>(count)[0]?.n ?? 0,
  };
}
