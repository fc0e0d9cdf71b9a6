// Setting up a contest (admin: criteria, judges granted the judge role for it and told, rounds,
// eligibility), reading it, listing contests, and moving on to the next round.
import { randomUUID } from 'node:crypto';
import type { ContestView, CreateInput } from '../../domain/contests/contract';
import { advancing, groupOf } from '../../domain/contests/rules';
import { VisibleError } from '../../domain/errors';
import { notice } from '../../domain/notify/builders';
import { pages } from '../../domain/pages';
import { audit, type CallContext } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { grantRole, staffWhere } from '../_kit/roster-repo';
import { enqueueNotice } from '../notify/enqueue';
import { addContest, listContests, moveRound, type ContestDoc } from './contest-repo';
import { countEntries, listEntries, promoteEntries } from './entry-repo';
import { isRegistering, judgesRound, loadContest } from './load';
import { scoreRound } from './results';

export async function create(input: CreateInput, ctx: CallContext) {
  const { db, now } = ctx;
  const _ = db.command;
  const found = await staffWhere(db, { _id: _.in(input.judges), active: true });
  const known = new Set(found.map((s) => s.staffNo));
  const missing = input.judges.filter((j) => !known.has(j));
  if (missing.length)
    throw new VisibleError(
      'contests.no_judge',
      `名册里没有评委工号 ${missing.join('、')}，请核对后再试。`,
    );
  const contestId = input.contestId ?? `jc-${randomUUID().slice(0, 8)}`;
  const rounds = (input.rounds ?? [{ name: '决赛', groupBy: 'all' as const }]).map((r, i, all) => ({
    name: r.name,
    groupBy: r.groupBy,
    advance: i === all.length - 1 ? null : (r.advance ?? null),
    judges: r.judges?.length ? r.judges : input.judges,
    panels: r.groupBy === 'branch' ? (r.panels ?? []) : [],
  }));
  const doc: Omit<ContestDoc, 'createdAt'> & { createdAt: Date } = {
    _id: contestId,
    name: input.name,
    status: 'active',
    criteria: input.criteria,
    judges: input.judges,
    rounds,
    currentRound: 0,
    eligibility: input.eligibility
      ? {
          onDay: input.eligibility.onDay,
          maxAge: input.eligibility.maxAge ?? null,
          minServiceYears: input.eligibility.minServiceYears ?? null,
        }
      : null,
    registerCloseAt: input.registerCloseAt ? new Date(input.registerCloseAt) : null,
    createdAt: now,
    createdBy: ctx.me().staffNo,
  };
  try {
    await addContest(db, doc);
  } catch (e) {
    if (!isDuplicate(e)) throw e; // a retried create: grant again (idempotent) and answer the same
  }
  for (const judge of input.judges) {
    await grantRole(db, judge, { role: 'judge', contestId });
    await audit(ctx, { target: `${contestId}:${judge}`, outcome: 'judge_granted' });
    // one notice per judge and contest (a retried create finds its own)
    await enqueueNotice(
      db,
      notice('judge_assigned', {
        subject: contestId,
        slot: 'assigned',
        staffNo: judge,
        title: `你已被聘为“${input.name}”的评委`,
        body: '比赛开始后，打开小程序即可看到你的评分表。',
        page: pages.contests.judge({ contestId }),
        fields: { title: input.name, tip: '请打开小程序查看评分表' },
      }),
      now,
    );
  }
  await audit(ctx, { target: contestId, outcome: 'ok' });
  return { contestId };
}

export async function list(_input: unknown, ctx: CallContext) {
  ctx.me();
  const all = await listContests(ctx.db);
  return {
    contests: all.map((c) => ({
      contestId: c._id,
      name: c.name,
      roundName: c.rounds[c.currentRound]?.name ?? '',
      amJudge: judgesRound(ctx, c),
    })),
  };
}

export async function get(input: { contestId: string }, ctx: CallContext): Promise<ContestView> {
  ctx.me();
  const [c, entryCount] = await Promise.all([
    loadContest(ctx, input.contestId),
    countEntries(ctx.db, input.contestId),
  ]);
  const registering = isRegistering(c, ctx.now);
  const canManage = ctx.can('admin');
  return {
    contestId: c._id,
    name: c.name,
    criteria: c.criteria,
    rounds: c.rounds,
    currentRound: c.currentRound,
    eligibility: c.eligibility,
    registerCloseAt: c.registerCloseAt?.toISOString() ?? null,
    registering,
    judgeCount: c.judges.length,
    entryCount,
    amJudge: judgesRound(ctx, c),
    canRegister: registering && (canManage || ctx.can('branch_chair')),
    canManage,
  };
}

/** Moves to the next round: the top K of each group (ties at the cut-off together) go on. */
export async function advance(input: { contestId: string }, ctx: CallContext) {
  const c = await loadContest(ctx, input.contestId);
  const r = c.currentRound;
  const round = c.rounds[r];
  if (r >= c.rounds.length - 1 || round?.advance == null)
    throw new VisibleError('contests.last_round', '这已经是最后一轮，排名即最终结果。');
  const entries = await listEntries(ctx.db, c._id, { minRound: r });
  const scored = await scoreRound(ctx.db, c, r, entries);
  if (scored.every((s) => s.score === null))
    throw new VisibleError('contests.no_scores', '本轮还没有评委提交评分，不能晋级。');
  const up = advancing(
    scored.map((s) => ({
      id: s.entry._id,
      score: s.score,
      group: groupOf(round.groupBy, s.entry.branchId),
    })),
    round.advance,
  );
  await promoteEntries(ctx.db, [...up], r + 1);
  const moved = await moveRound(ctx.db, c._id, r);
  if (!moved)
    throw new VisibleError('contests.moved', '这一轮已经由其他管理员结束，请刷新后查看。');
  await audit(ctx, { target: c._id, outcome: `round_${r + 1}` });
  return { round: r + 1, advanced: up.size };
}
