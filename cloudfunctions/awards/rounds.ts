// Setting up an honours round (admin), reading rounds, and moving a round on to the vote.
import { randomUUID } from 'node:crypto';
import type { CreateRoundInput, RoundSummary, RoundView } from '../../domain/awards/contract';
import { nominationOpen, quotaCounterIdOf, quotaFor, yearOf } from '../../domain/awards/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext, type Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getStaff, staffWhere } from '../_kit/roster-repo';
import { countersOf } from './nomination-repo';
import { addRound, getRound, grantJudge, listRounds, moveStage, type RoundDoc } from './round-repo';

export async function loadRound(db: Db, roundId: string): Promise<RoundDoc> {
  const r = await getRound(db, roundId);
  if (!r) throw new VisibleError('awards.not_found', '没有找到这次评优活动，请返回列表重新选择。');
  return r;
}

export async function createRound(input: CreateRoundInput, ctx: CallContext) {
  const { db, now } = ctx;
  const judges = [...new Set(input.judges)];
  for (const no of judges) {
    const s = await getStaff(db, no);
    if (!s || !s.active) {
      throw new VisibleError('awards.unknown_judge', `没有找到工号为 ${no} 的评委，请检查后再试。`);
    }
  }
  const roundId = input.roundId ?? `ar-${randomUUID().slice(0, 8)}`;
  const categories = input.categories.map((c, i) => ({
    id: `c${i + 1}`,
    name: c.name,
    quota: c.quota,
    places: c.places ?? null,
    selfNomination: c.selfNomination,
    material: c.material,
  }));
  const openAt = new Date(input.nominateOpenAt);
  if (await getRound(db, roundId)) return { roundId, categoryIds: categories.map((c) => c.id) };
  // judges first: a round is only visible once its committee can vote in it
  for (const no of judges) await grantJudge(db, no, roundId);
  try {
    await addRound(db, {
      _id: roundId,
      name: input.name,
      year: yearOf(openAt),
      stage: 'nominating',
      nominateOpenAt: openAt,
      nominateCloseAt: new Date(input.nominateCloseAt),
      categories,
      votesPerJudge: input.votesPerJudge ?? null,
      publicityDays: input.publicityDays,
      publicityStartAt: null,
      publicityEndAt: null,
      judges,
      createdAt: now,
      createdBy: ctx.me().staffNo,
    });
  } catch (e) {
    if (!isDuplicate(e)) throw e; // a retried create: the round is there
  }
  await audit(ctx, { target: roundId, outcome: 'ok' });
  return { roundId, categoryIds: categories.map((c) => c.id) };
}

export const summaryOf = (r: RoundDoc, now: Date): RoundSummary => ({
  roundId: r._id,
  name: r.name,
  year: r.year,
  stage: r.stage,
  nominateOpenAt: r.nominateOpenAt.toISOString(),
  nominateCloseAt: r.nominateCloseAt.toISOString(),
  open: nominationOpen(r, now),
  publicityEndAt: r.publicityEndAt ? r.publicityEndAt.toISOString() : null,
});

export async function rounds(_input: unknown, ctx: CallContext) {
  ctx.me();
  const list = await listRounds(ctx.db);
  return { rounds: list.map((r) => summaryOf(r, ctx.now)) };
}

/** The branch a caller chairs (their first branch_chair grant with a branch), or null. */
export function chairedBranch(ctx: CallContext): string | null {
  const g = ctx.me().roles.find((x) => x.role === 'branch_chair' && x.branchId);
  return g?.branchId ?? null;
}

/** Active union members of a branch: the base a share quota is taken of. */
export async function activeMembers(db: Db, branchId: string): Promise<number> {
  const people = await staffWhere(db, { branchId, active: true, member: true });
  return people.length;
}

export async function roundView(input: { roundId: string }, ctx: CallContext): Promise<RoundView> {
  const me = ctx.me();
  const r = await loadRound(ctx.db, input.roundId);
  const branchId = chairedBranch(ctx);
  let myBranch: RoundView['myBranch'] = null;
  if (branchId) {
    const have = new Map((await countersOf(ctx.db, r._id, branchId)).map((c) => [c._id, c]));
    const needsBase = r.categories.some(
      (c) => !have.has(quotaCounterIdOf(r._id, c.id, branchId)) && 'share' in c.quota,
    );
    const members = needsBase ? await activeMembers(ctx.db, branchId) : 0;
    myBranch = {
      branchId,
      quotas: r.categories.map((c) => {
        const counter = have.get(quotaCounterIdOf(r._id, c.id, branchId));
        return {
          categoryId: c.id,
          quota: counter?.quota ?? quotaFor(c.quota, members),
          used: counter?.used ?? 0,
        };
      }),
    };
  }
  return {
    ...summaryOf(r, ctx.now),
    categories: r.categories.map((c) => ({
      categoryId: c.id,
      name: c.name,
      quota: c.quota,
      places: c.places,
      selfNomination: c.selfNomination,
      material: c.material,
    })),
    votesPerJudge: r.votesPerJudge,
    publicityDays: r.publicityDays,
    myBranch,
    judge: r.judges.includes(me.staffNo) || ctx.can('judge', { roundId: r._id }),
  };
}

export async function startVoting(input: { roundId: string }, ctx: CallContext) {
  const r = await loadRound(ctx.db, input.roundId);
  if (r.stage !== 'nominating' && r.stage !== 'voting') {
    throw new VisibleError('awards.wrong_stage', '这次评优已经过了投票阶段。');
  }
  await moveStage(ctx.db, r._id, 'nominating', 'voting');
  await audit(ctx, { target: r._id, outcome: 'voting' });
  return { stage: 'voting' as const };
}
