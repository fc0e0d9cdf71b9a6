// Recuperation trips (疗休养): groups (批次) departing in the period, places held in them
// (assigned or confirmed) and who travelled (checked in by the group's leader).
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import { beijingDay } from '../../../domain/time';
import type { Db } from '../../_kit';
import {
  AGG_LIMIT,
  branchWhere,
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

type Figures = FigureSet['trips'];
const HELD = ['assigned', 'confirmed'];

interface GroupRow {
  _id: string;
  routeName: string;
  departAt: Date | string;
}

const groupsOf = (db: Db, where: Record<string, unknown>) =>
  recordsOf<GroupRow>(db, COLLECTIONS.tripGroups, where, ['_id', 'routeName', 'departAt']);

export const tripsSection: Section<'trips'> = {
  key: 'trips',
  title: '疗休养',
  async compute({ db, cur, prev, branchId }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const groups = await groupsOf(db, { departAt: instantsBetween(db, periods) });
    const period = new Map(
      groups.map((g) => [g._id, periodOfValue(new Date(g.departAt), periods)]),
    );
    const res = groups.length
      ? await db
          .collection(COLLECTIONS.tripApplications)
          .aggregate()
          .match({
            groupId: _.in(groups.map((g) => g._id)),
            status: _.in(HELD),
            ...branchWhere(branchId),
          })
          .group({
            _id: '$groupId',
            placed: $.sum(1),
            travelled: $.sum(present(db, 'checkedInAt')),
          })
          .limit(AGG_LIMIT)
          .end()
      : { data: [] };
    const rows = rowsOf<{ _id: string; placed: number; travelled: number }>(res);
    const fig = (p: 'c' | 'p'): Figures => ({
      groups: groups.filter((g) => period.get(g._id) === p).length,
      placed: rows.filter((r) => period.get(r._id) === p).reduce((s, r) => s + r.placed, 0),
      travelled: rows.filter((r) => period.get(r._id) === p).reduce((s, r) => s + r.travelled, 0),
    });
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '出发批次（批）', value: f.groups, previous: p ? p.groups : '' },
      { item: '安排（人）', value: f.placed, previous: p ? p.placed : '' },
      { item: '实际出行（人）', value: f.travelled, previous: p ? p.travelled : '' },
    ];
  },
  details: {
    'trips.placed': (i) => tripList(i, false),
    'trips.travelled': (i) => tripList(i, true),
  },
};

async function tripList(
  { db, span, branchId, skip, limit, branchName }: DetailInput,
  travelled: boolean,
) {
  const _ = db.command;
  const groups = await groupsOf(db, { departAt: instantsIn(db, span) });
  const byId = new Map(groups.map((g) => [g._id, g]));
  const where = {
    groupId: _.in([...byId.keys(), '-']),
    status: _.in(HELD),
    ...branchWhere(branchId),
    ...(travelled ? { checkedInAt: _.exists(true).and(_.neq(null)) } : {}),
  };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.tripApplications,
    where,
    { groupId: true, staffNo: true, name: true, branchId: true, checkedInAt: true },
    { skip, limit },
  );
  type Row = {
    groupId: string;
    staffNo: string;
    name: string;
    branchId: string;
    checkedInAt?: unknown;
  };
  return {
    title: travelled ? '疗休养实际出行' : '疗休养安排',
    columns: [
      { key: 'route', label: '线路' },
      { key: 'departs', label: '出发日期' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'went', label: '出行' },
    ],
    rows: rows.map((r) => ({
      route: byId.get(r.groupId)?.routeName ?? '',
      departs: byId.get(r.groupId) ? beijingDay(new Date(byId.get(r.groupId)!.departAt)) : '',
      name: r.name,
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      went: r.checkedInAt ? '已出行' : '未签到',
    })),
    total,
  };
}
