// Loading a contest for an action, and the questions every action asks of it: is registration
// open, who judges the current round, am I one of them.
import { VisibleError } from '../../domain/errors';
import type { CallContext } from '../_kit';
import { getContest, type ContestDoc } from './contest-repo';

export async function loadContest(ctx: CallContext, contestId: string): Promise<ContestDoc> {
  const c = await getContest(ctx.db, contestId);
  if (!c || c.status !== 'active')
    throw new VisibleError('contests.not_found', '没有找到这场竞赛，请返回竞赛列表重新进入。');
  return c;
}

/** Registration is open in the first round, until the deadline (when there is one). */
export const isRegistering = (c: ContestDoc, now: Date) =>
  c.currentRound === 0 && (!c.registerCloseAt || now < c.registerCloseAt);

/** Who scores a contestant of this branch in this round: the branch's panel, else the round's. */
export function panelFor(c: ContestDoc, round: number, branchId: string): string[] {
  const r = c.rounds[round];
  if (!r) return [];
  return r.panels.find((p) => p.branchId === branchId)?.judges ?? r.judges;
}

/** Am I a judge of this contest assigned in this round? (admins are judges only when listed) */
export function judgesRound(ctx: CallContext, c: ContestDoc, round = c.currentRound): boolean {
  const me = ctx.staff?.staffNo;
  if (!me || !ctx.can('judge', { contestId: c._id })) return false;
  const r = c.rounds[round];
  return !!r && (r.judges.includes(me) || r.panels.some((p) => p.judges.includes(me)));
}
