// Judged competitions (竞赛评分): contests created in the period, entries registered by the branches
// (person-times, distinct contestants, per branch) and the judges' score sheets submitted for them.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import type { Db } from '../../_kit';
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

type Figures = FigureSet['contests'];

interface ContestRow {
  _id: string;
  name: string;
  createdAt: Date | string;
  rounds?: { name: string }[];
}

const contestsOf = (db: Db, where: Record<string, unknown>) =>
  recordsOf<ContestRow>(db, COLLECTIONS.contestDefs, where, ['_id', 'name', 'createdAt', 'rounds']);

export const contestsSection: Section<'contests'> = {
  key: 'contests',
  title: '竞赛评分',
  async compute({ db, cur, prev, branchId, branches }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const contests = await contestsOf(db, { createdAt: instantsBetween(db, periods) });
    const period = new Map(
      contests.map((c) => [c._id, periodOfValue(new Date(c.createdAt), periods)]),
    );
    const ids = contests.map((c) => c._id);
    const [entries, sheets] = ids.length
      ? await Promise.all([
          db
            .collection(COLLECTIONS.contestEntries)
            .aggregate()
            .match({ contestId: _.in(ids), ...branchWhere(branchId) })
            .group({
              _id: { c: '$contestId', b: '$branchId' },
              n: $.sum(1),
              people: $.addToSet('$staffNo'),
            })
            .limit(AGG_LIMIT)
            .end(),
          // sheets carry the contestant's 工号, not a branch: grouped by contestant, a chair's
          // count keeps only their branch's contestants (known from the entries)
          db
            .collection(COLLECTIONS.contestSheets)
            .aggregate()
            .match({ contestId: _.in(ids), locked: true })
            .group({ _id: { c: '$contestId', s: '$staffNo' }, n: $.sum(1) })
            .limit(AGG_LIMIT)
            .end(),
        ])
      : [{ data: [] }, { data: [] }];
    const entryRows = rowsOf<{ _id: { c: string; b: string }; n: number; people: string[] }>(
      entries,
    );
    const sheetRows = rowsOf<{ _id: { c: string; s: string }; n: number }>(sheets);
    const entered = new Set(entryRows.flatMap((r) => r.people.map((s) => `${r._id.c}:${s}`)));
    const fig = (p: 'c' | 'p'): Figures => {
      const mine = entryRows.filter((r) => period.get(r._id.c) === p);
      const byBranch = new Map<string, number>();
      for (const r of mine) bump(byBranch, r._id.b, r.n);
      return {
        contests: contests.filter((c) => period.get(c._id) === p).length,
        entries: mine.reduce((s, r) => s + r.n, 0),
        people: new Set(mine.flatMap((r) => r.people)).size,
        sheets: sheetRows
          .filter((r) => period.get(r._id.c) === p && entered.has(`${r._id.c}:${r._id.s}`))
          .reduce((s, r) => s + r.n, 0),
        byBranch: p === 'c' ? perBranch(branches, byBranch) : [],
      };
    };
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '举办竞赛（项）', value: f.contests, previous: p ? p.contests : '' },
      { item: '参赛（人次）', value: f.entries, previous: p ? p.entries : '' },
      { item: '参赛教职工（人）', value: f.people, previous: p ? p.people : '' },
      { item: '评委评分表（份）', value: f.sheets, previous: p ? p.sheets : '' },
      ...branchLines(f.byBranch, (b) => `${b}参赛（人次）`),
    ];
  },
  details: { 'contests.entries': entryList },
};

/** The contestants, as the contest's own entry list shows them (admins; a chair their branch). */
async function entryList({ db, span, branchId, skip, limit, branchName }: DetailInput) {
  const _ = db.command;
  const contests = await contestsOf(db, { createdAt: instantsIn(db, span) });
  const byId = new Map(contests.map((c) => [c._id, c]));
  type Row = { contestId: string; staffNo: string; name: string; branchId: string; round: number };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.contestEntries,
    { contestId: _.in([...byId.keys(), '-']), ...branchWhere(branchId) },
    { contestId: true, staffNo: true, name: true, branchId: true, round: true },
    { skip, limit },
  );
  return {
    title: '参赛的教职工',
    columns: [
      { key: 'contest', label: '竞赛' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'round', label: '进入的轮次' },
    ],
    rows: rows.map((r) => ({
      contest: byId.get(r.contestId)?.name ?? '',
      name: r.name,
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      round: byId.get(r.contestId)?.rounds?.[r.round]?.name ?? `第 ${r.round + 1} 轮`,
    })),
    total,
  };
}
