// Results: each entry's final score in a round (weighted totals per judge, trimmed mean over
// judges), places overall and within each group, the hall's scoreboard, and the .xlsx exports.
import type { ResultRow } from '../../domain/contests/contract';
import { finalScore, groupOf, rankOf, weightTotal } from '../../domain/contests/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext, type Db } from '../_kit';
import { listBranches, staffWhere } from '../_kit/roster-repo';
import { toXlsx } from '../_kit/xlsx';
import type { ContestDoc } from './contest-repo';
import { listEntries, type EntryDoc } from './entry-repo';
import { loadContest, panelFor } from './load';
import { listSheets, type SheetDoc } from './sheet-repo';

export interface ScoredEntry {
  entry: EntryDoc;
  score: number | null;
  sheets: SheetDoc[];
}

/** The final score of each entry in round `r` from the locked sheets (unlocked ones wait). */
export async function scoreRound(
  db: Db,
  c: ContestDoc,
  r: number,
  entries: EntryDoc[],
  sheets?: SheetDoc[],
): Promise<ScoredEntry[]> {
  const all = sheets ?? (await listSheets(db, c._id, { round: r }));
  const branchOf = new Map(entries.map((e) => [e._id, e.branchId]));
  const byEntry = new Map<string, SheetDoc[]>();
  for (const s of all) {
    // a sheet counts while it is locked and its judge is on the panel for that contestant
    const branch = branchOf.get(s.entryId);
    if (!s.locked || branch === undefined || !panelFor(c, r, branch).includes(s.judge)) continue;
    const list = byEntry.get(s.entryId) ?? [];
    list.push(s);
    byEntry.set(s.entryId, list);
  }
  const w = weightTotal(c.criteria);
  return entries.map((entry) => {
    const mine = byEntry.get(entry._id) ?? [];
    return {
      entry,
      sheets: mine,
      score: finalScore(
        mine.map((s) => s.sum),
        w,
      ),
    };
  });
}

async function computeResults(ctx: CallContext, contestId: string, round?: number) {
  const c = await loadContest(ctx, contestId);
  const r = round ?? c.currentRound;
  if (r > c.currentRound || !c.rounds[r])
    throw new VisibleError('contests.no_round', '这一轮还没有开始。');
  const [entries, sheets, branches] = await Promise.all([
    listEntries(ctx.db, c._id, { minRound: r }),
    listSheets(ctx.db, c._id, { round: r }),
    listBranches(ctx.db),
  ]);
  const branchName = new Map(branches.map((b) => [b._id, b.name]));
  const scored = await scoreRound(ctx.db, c, r, entries, sheets);
  const groupBy = c.rounds[r].groupBy;
  const byId = new Map(scored.map((s) => [s.entry._id, s]));
  const groupRank = new Map<string, number | null>();
  const groups = new Map<string, ScoredEntry[]>();
  for (const s of scored) {
    const g = groupOf(groupBy, s.entry.branchId);
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  for (const list of groups.values())
    for (const x of rankOf(list.map((s) => ({ id: s.entry._id, score: s.score }))))
      groupRank.set(x.id, x.rank);
  const ranked = rankOf(scored.map((s) => ({ id: s.entry._id, score: s.score })));
  const rows: ResultRow[] = ranked.map((x) => {
    const s = byId.get(x.id) as ScoredEntry;
    return {
      entryId: x.id,
      staffNo: s.entry.staffNo,
      name: s.entry.name,
      branchName: branchName.get(s.entry.branchId) ?? s.entry.branchId,
      group: groupBy === 'branch' ? (branchName.get(s.entry.branchId) ?? s.entry.branchId) : '',
      score: x.score,
      rank: x.rank,
      groupRank: groupRank.get(x.id) ?? null,
      sheets: s.sheets.length,
      advanced: s.entry.round > r,
    };
  });
  return { c, r, rows, sheets, branchName };
}

export async function results(input: { contestId: string; round?: number }, ctx: CallContext) {
  ctx.me();
  const { c, r, rows } = await computeResults(ctx, input.contestId, input.round);
  return {
    contestId: c._id,
    name: c.name,
    round: r,
    roundName: c.rounds[r].name,
    judges: c.rounds[r].judges.length,
    sheets: rows.reduce((n, x) => n + x.sheets, 0),
    entries: rows,
  };
}

export async function exportResults(
  input: { contestId: string; round?: number },
  ctx: CallContext,
) {
  const { c, r, rows } = await computeResults(ctx, input.contestId, input.round);
  const file = await toXlsx(
    `${c.name}-${c.rounds[r].name}-成绩.xlsx`,
    c.rounds[r].name,
    [
      { header: '名次', value: (x: ResultRow) => x.rank ?? '' },
      { header: '组内名次', value: (x) => x.groupRank ?? '' },
      { header: '工号', value: (x) => x.staffNo },
      { header: '姓名', value: (x) => x.name },
      { header: '分工会', width: 20, value: (x) => x.branchName },
      { header: '最后得分', value: (x) => (x.score === null ? '未评分' : x.score.toFixed(2)) },
      { header: '评分表数', value: (x) => x.sheets },
      { header: '晋级', value: (x) => (x.advanced ? '是' : '') },
    ],
    rows,
  );
  await audit(ctx, { target: c._id, outcome: 'export_results' });
  return file;
}

/** Each judge's sheets (all rounds): an admin any judge's, a judge only their own. */
export async function exportSheets(input: { contestId: string; judge?: string }, ctx: CallContext) {
  const c = await loadContest(ctx, input.contestId);
  const me = ctx.me().staffNo;
  const admin = ctx.can('admin');
  if (!admin && (!ctx.can('judge', { contestId: c._id }) || (input.judge && input.judge !== me)))
    throw new VisibleError('contests.forbidden', '只能导出你自己的评分表。');
  const judge = admin ? input.judge : me;
  const [sheets, entries] = await Promise.all([
    listSheets(ctx.db, c._id, judge ? { judge } : {}),
    listEntries(ctx.db, c._id),
  ]);
  const _ = ctx.db.command;
  const judgeNames = new Map(
    (await staffWhere(ctx.db, { _id: _.in(c.judges) })).map((s) => [s.staffNo, s.name]),
  );
  const entryName = new Map(entries.map((e) => [e._id, e.name]));
  const rows = [...sheets].sort(
    (a, b) =>
      a.judge.localeCompare(b.judge) || a.round - b.round || a.entryId.localeCompare(b.entryId),
  );
  const file = await toXlsx(
    `${c.name}-评分表${judge ? `-${judgeNames.get(judge) ?? judge}` : ''}.xlsx`,
    '评分表',
    [
      { header: '评委', value: (s: SheetDoc) => judgeNames.get(s.judge) ?? s.judge },
      { header: '轮次', value: (s) => c.rounds[s.round]?.name ?? String(s.round + 1) },
      { header: '选手工号', value: (s) => s.staffNo },
      { header: '选手', value: (s) => entryName.get(s.entryId) ?? '' },
      ...c.criteria.map((k) => ({
        header: `${k.name}（权重 ${k.weight}）`,
        value: (s: SheetDoc) => (Object.hasOwn(s.scores, k.name) ? s.scores[k.name] : ''),
      })),
      { header: '加权得分', value: (s) => s.total.toFixed(2) },
      { header: '状态', value: (s) => (s.locked ? '已提交' : '已解锁待重评') },
    ],
    rows,
  );
  await audit(ctx, { target: judge ? `${c._id}:${judge}` : c._id, outcome: 'export_sheets' });
  return file;
}
