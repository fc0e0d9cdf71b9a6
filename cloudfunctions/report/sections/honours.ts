// Honours (评优评先): rounds opening for nominations in the period, their nominations filed and
// accepted, and the honours awarded by category and by branch — counts only here; the list behind
// "表彰" shows names, as the round's own final list (公示) already does.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import type { Db } from '../../_kit';
import { getStaffMany } from '../../_kit/roster-repo';
import {
  AGG_LIMIT,
  branchWhere,
  branchLines,
  bump,
  instantsBetween,
  instantsIn,
  pageOf,
  perBranch,
  periodOfValue,
  rowsOf,
  type DetailInput,
  type Section,
  recordsOf,
} from './section';

type Figures = FigureSet['honours'];

/** Nominations that passed review, whatever happened to them after. */
export const ACCEPTED = ['accepted', 'publicized', 'not_selected', 'awarded'];

interface RoundRow {
  _id: string;
  name: string;
  nominateOpenAt: Date | string;
}

const roundsOf = (db: Db, where: Record<string, unknown>) =>
  recordsOf<RoundRow>(db, COLLECTIONS.awardRounds, where, ['_id', 'name', 'nominateOpenAt']);

export const honoursSection: Section<'honours'> = {
  key: 'honours',
  title: '评优评先',
  async compute({ db, cur, prev, branchId, branches }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const rounds = await roundsOf(db, { nominateOpenAt: instantsBetween(db, periods) });
    const period = new Map(
      rounds.map((r) => [r._id, periodOfValue(new Date(r.nominateOpenAt), periods)]),
    );
    const ids = rounds.map((r) => r._id);
    const [noms, hons] = ids.length
      ? await Promise.all([
          db
            .collection(COLLECTIONS.awardNominations)
            .aggregate()
            .match({ roundId: _.in(ids), status: _.neq('withdrawn'), ...branchWhere(branchId) })
            .group({ _id: { r: '$roundId', s: '$status' }, n: $.sum(1) })
            .limit(AGG_LIMIT)
            .end(),
          db
            .collection(COLLECTIONS.honours)
            .aggregate()
            .match({ roundId: _.in(ids), ...branchWhere(branchId) })
            .group({ _id: { r: '$roundId', c: '$categoryName', b: '$branchId' }, n: $.sum(1) })
            .limit(AGG_LIMIT)
            .end(),
        ])
      : [{ data: [] }, { data: [] }];
    const nomRows = rowsOf<{ _id: { r: string; s: string }; n: number }>(noms);
    const honRows = rowsOf<{ _id: { r: string; c: string; b: string }; n: number }>(hons);
    const fig = (p: 'c' | 'p'): Figures => {
      const myNoms = nomRows.filter((r) => period.get(r._id.r) === p);
      const myHons = honRows.filter((r) => period.get(r._id.r) === p);
      const byCategory = new Map<string, number>();
      const byBranch = new Map<string, number>();
      for (const h of myHons) {
        bump(byCategory, h._id.c, h.n);
        bump(byBranch, h._id.b, h.n);
      }
      return {
        rounds: rounds.filter((r) => period.get(r._id) === p).length,
        nominated: myNoms.reduce((s, r) => s + r.n, 0),
        accepted: myNoms.filter((r) => ACCEPTED.includes(r._id.s)).reduce((s, r) => s + r.n, 0),
        awarded: myHons.reduce((s, r) => s + r.n, 0),
        byCategory:
          p === 'c'
            ? [...byCategory]
                .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
                .map(([k, v]) => ({ key: k, label: k, value: v }))
            : [],
        byBranch: p === 'c' ? perBranch(branches, byBranch) : [],
      };
    };
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '评选（次）', value: f.rounds, previous: p ? p.rounds : '' },
      { item: '推荐（人次）', value: f.nominated, previous: p ? p.nominated : '' },
      { item: '通过审核（人次）', value: f.accepted, previous: p ? p.accepted : '' },
      { item: '表彰先进（人次）', value: f.awarded, previous: p ? p.awarded : '' },
      ...f.byCategory.map((b) => ({
        item: `${b.label}（人）`,
        value: b.value,
        previous: '' as const,
      })),
      ...branchLines(f.byBranch, (b) => `${b}受表彰（人次）`),
    ];
  },
  details: { 'honours.awarded': honourList },
};

async function honourList({ db, span, branchId, skip, limit, branchName }: DetailInput) {
  const _ = db.command;
  const rounds = await roundsOf(db, { nominateOpenAt: instantsIn(db, span) });
  const byId = new Map(rounds.map((r) => [r._id, r]));
  type Row = { roundId: string; categoryName: string; staffNo: string; branchId: string };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.honours,
    { roundId: _.in([...byId.keys(), '-']), ...branchWhere(branchId) },
    { roundId: true, categoryName: true, staffNo: true, branchId: true },
    { skip, limit },
  );
  const staff = await getStaffMany(db, [...new Set(rows.map((r) => r.staffNo))]);
  return {
    title: '受表彰的教职工',
    columns: [
      { key: 'round', label: '评选' },
      { key: 'category', label: '荣誉' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
    ],
    rows: rows.map((r) => ({
      round: byId.get(r.roundId)?.name ?? '',
      category: r.categoryName,
      name: staff.get(r.staffNo)?.name ?? '',
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
    })),
    total,
  };
}
