// Judging: a judge sees only the entries of the round they are assigned to, submits one sheet
// per entry (weighted criteria, each 0–100) that locks at once; an admin unlocks with a reason.
import { judgeTotal, sheetIdOf, weightedSum } from '../../domain/contests/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { listBranches } from '../_kit/roster-repo';
import type { ContestDoc } from './contest-repo';
import { getEntry, listEntries } from './entry-repo';
import { judgesRound, loadContest, panelFor } from './load';
import { addUnlock, listSheets, submitSheet, unlockSheet } from './sheet-repo';

function requireAssigned(ctx: CallContext, c: ContestDoc) {
  if (!ctx.can('judge', { contestId: c._id }))
    throw new VisibleError('contests.forbidden', '你不是这场竞赛的评委，不能评分。');
  if (!judgesRound(ctx, c))
    throw new VisibleError(
      'contests.forbidden',
      `你没有被安排为「${c.rounds[c.currentRound]?.name ?? ''}」的评委，不能评分。`,
    );
}

export async function assignments(input: { contestId: string }, ctx: CallContext) {
  const c = await loadContest(ctx, input.contestId);
  requireAssigned(ctx, c);
  const r = c.currentRound;
  const me = ctx.me().staffNo;
  const [entries, sheets, branches] = await Promise.all([
    listEntries(ctx.db, c._id, { minRound: r }),
    listSheets(ctx.db, c._id, { round: r, judge: me }),
    listBranches(ctx.db),
  ]);
  const mine = new Map(sheets.map((s) => [s.entryId, s]));
  const name = new Map(branches.map((b) => [b._id, b.name]));
  return {
    roundName: c.rounds[r].name,
    criteria: c.criteria,
    // a judge of one college's panel sees that college's contestants only
    items: entries
      .filter((e) => panelFor(c, r, e.branchId).includes(me))
      .map((e) => {
        const s = mine.get(e._id);
        return {
          entryId: e._id,
          name: e.name,
          branchName: name.get(e.branchId) ?? e.branchId,
          scores: s?.locked ? s.scores : null,
          total: s?.locked ? s.total : null,
          locked: s?.locked ?? false,
        };
      }),
  };
}

export async function score(
  input: { contestId: string; entryId: string; scores: Record<string, number> },
  ctx: CallContext,
) {
  const c = await loadContest(ctx, input.contestId);
  requireAssigned(ctx, c);
  const r = c.currentRound;
  const entry = await getEntry(ctx.db, input.entryId);
  if (
    !entry ||
    entry.contestId !== c._id ||
    entry.round < r ||
    !panelFor(c, r, entry.branchId).includes(ctx.me().staffNo)
  )
    throw new VisibleError('contests.forbidden', '这位选手不在你本轮的评分名单里。');
  const given = new Map(Object.entries(input.scores));
  const names = new Set(c.criteria.map((k) => k.name));
  const missing = c.criteria.filter((k) => !given.has(k.name)).map((k) => k.name);
  const extra = [...given.keys()].filter((k) => !names.has(k));
  if (missing.length || extra.length)
    throw new VisibleError(
      'validation.failed',
      missing.length
        ? `请给「${missing.join('」「')}」打分`
        : `评分项「${extra.join('」「')}」不在本竞赛的评分表里`,
      [
        {
          path: 'scores',
          message: missing.length ? `请给「${missing[0]}」打分` : '有不认识的评分项',
        },
      ],
    );
  const scores: Record<string, number> = Object.create(null);
  for (const k of c.criteria) scores[k.name] = given.get(k.name) as number;
  const me = ctx.me().staffNo;
  const total = judgeTotal(c.criteria, scores);
  const ok = await submitSheet(ctx.db, {
    _id: sheetIdOf(entry._id, r, me),
    contestId: c._id,
    round: r,
    entryId: entry._id,
    staffNo: entry.staffNo,
    judge: me,
    scores: { ...scores },
    sum: weightedSum(c.criteria, scores),
    total,
    locked: true,
    submittedAt: ctx.now,
  });
  if (!ok)
    throw new VisibleError(
      'contests.locked',
      '你已经提交过这位选手的评分，评分表已锁定。如需修改，请联系校工会解锁。',
    );
  return { locked: true as const, total };
}

export async function unlock(
  input: { contestId: string; entryId: string; judge: string; reason: string },
  ctx: CallContext,
) {
  const c = await loadContest(ctx, input.contestId);
  const sheetId = sheetIdOf(input.entryId, c.currentRound, input.judge);
  const unlocked = await unlockSheet(ctx.db, sheetId, ctx.now);
  if (!unlocked) {
    await audit(ctx, { target: sheetId, outcome: 'not_locked' });
    throw new VisibleError(
      'contests.not_locked',
      '这张评分表还没有提交，或已经解锁，不需要再解锁。',
    );
  }
  await addUnlock(ctx.db, {
    contestId: c._id,
    sheetId,
    judge: input.judge,
    entryId: input.entryId,
    reason: input.reason,
    by: ctx.me().staffNo,
    at: ctx.now,
  });
  await audit(ctx, { target: sheetId, outcome: 'unlocked' });
  return { unlocked: true };
}
