// quiz.setupFinal / finalEntry / finalUndo / finalBoard: the offline final on a big screen —
// the teams in it, judges (role judge, scope { contestId }) add or deduct points per round from
// their phones, undo their own last entry, and the screen polls the board.
import type { z } from 'zod';
import type {
  FinalBoard,
  contestRef,
  finalEntryInput,
  finalSetupInput,
} from '../../domain/quiz/contract';
import { finalTotals } from '../../domain/quiz/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { setFinalTeams } from './contest-repo';
import { addEntry, entriesOf, lastOfJudge, removeEntry } from './final-repo';
import { loadContest } from './taking';

const NO_FINAL = '这次竞赛还没有设置决赛参赛队，请联系校工会。';

export async function setupFinal(input: z.output<typeof finalSetupInput>, ctx: CallContext) {
  const contest = await loadContest(ctx, input.contestId);
  const known = new Set(contest.teams.map((t) => t.teamId));
  const ids = [...new Set(input.teamIds)];
  if (ids.some((t) => !known.has(t))) {
    throw new VisibleError('quiz.bad_team', '决赛参赛队里有不属于这次竞赛的队。');
  }
  await setFinalTeams(ctx.db, contest._id, ids);
  await audit(ctx, { target: contest._id, outcome: 'final_teams' });
  return { teams: ids.length };
}

export async function finalEntry(input: z.output<typeof finalEntryInput>, ctx: CallContext) {
  ctx.require('judge', { contestId: input.contestId });
  const me = ctx.me();
  const contest = await loadContest(ctx, input.contestId);
  if (contest.finalTeamIds.length === 0) throw new VisibleError('quiz.no_final', NO_FINAL);
  if (!contest.finalTeamIds.includes(input.teamId)) {
    throw new VisibleError('quiz.bad_team', '这个队不在决赛里。');
  }
  if (input.round !== 'risk' && input.points < 0) {
    throw new VisibleError('quiz.bad_points', '只有风险题可以扣分；必答和抢答请填正数。');
  }
  const entryId = `${contest._id}:${me.staffNo}:${ctx.now.getTime()}`;
  await addEntry(ctx.db, {
    _id: entryId,
    contestId: contest._id,
    teamId: input.teamId,
    round: input.round,
    points: input.points,
    judge: me.staffNo,
    at: ctx.now,
  });
  await audit(ctx, { target: entryId, outcome: 'ok' });
  return { entryId };
}

export async function finalUndo(input: z.output<typeof contestRef>, ctx: CallContext) {
  ctx.require('judge', { contestId: input.contestId });
  const me = ctx.me();
  const last = await lastOfJudge(ctx.db, input.contestId, me.staffNo);
  if (!last) return { undone: false };
  const undone = await removeEntry(ctx.db, last._id, me.staffNo);
  await audit(ctx, { target: last._id, outcome: undone ? 'undo' : 'undo_none' });
  return { undone };
}

export async function finalBoard(
  input: z.output<typeof contestRef>,
  ctx: CallContext,
): Promise<FinalBoard> {
  const contest = await loadContest(ctx, input.contestId);
  const entries = await entriesOf(ctx.db, contest._id);
  const nameOf = new Map(contest.teams.map((t) => [t.teamId, t.name]));
  const totals = finalTotals(contest.finalTeamIds, entries);
  const canJudge = ctx.can('judge', { contestId: contest._id });
  const myNo = ctx.staff?.staffNo;
  const mine = canJudge ? entries.filter((e) => e.judge === myNo).at(-1) : undefined;
  return {
    contestId: contest._id,
    name: contest.name,
    teams: totals.map((t) => ({ ...t, name: nameOf.get(t.teamId) ?? t.teamId })),
    recent: entries
      .slice(-8)
      .reverse()
      .map((e) => ({
        teamName: nameOf.get(e.teamId) ?? e.teamId,
        round: e.round,
        points: e.points,
        at: e.at.toISOString(),
      })),
    myLast: mine
      ? {
          entryId: mine._id,
          teamName: nameOf.get(mine.teamId) ?? mine.teamId,
          round: mine.round,
          points: mine.points,
        }
      : null,
    canJudge,
  };
}
