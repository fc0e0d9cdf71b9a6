// quiz.createContest / listContests / current / contest: setting a contest up (its pools of
// question ids and its teams are fixed here) and what a person sees of it, with their attempts.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type {
  ContestSummary,
  ContestView,
  CreateContestInput,
  contestRef,
} from '../../domain/quiz/contract';
import { phaseOf } from '../../domain/quiz/rules';
import { VisibleError } from '../../domain/errors';
import { beijingDay } from '../../domain/time';
import { audit, type CallContext } from '../_kit';
import { listBranches } from '../_kit/roster-repo';
import { counterIdOf, getCounter, myAttempts } from './attempt-repo';
import {
  addContest,
  getContest,
  listContests as readContests,
  type ContestDoc,
} from './contest-repo';
import { allQuestions } from './question-repo';
import { loadContest, teamOf } from './taking';

const DAY = 86_400_000;

export async function createContest(
  input: CreateContestInput,
  ctx: CallContext,
): Promise<{ contestId: string }> {
  const contestId = input.contestId ?? `qc-${randomBytes(6).toString('hex')}`;
  if (input.contestId && (await getContest(ctx.db, input.contestId))) return { contestId };
  const bank = await allQuestions(ctx.db);
  const rules = input.draw ?? [{ count: input.questionsPerAttempt }];
  const pools = rules.map((r) => {
    const ids = bank
      .filter(
        (q) =>
          (!r.category || q.category === r.category) &&
          (!r.difficulty || q.difficulty === r.difficulty),
      )
      .map((q) => q._id);
    if (ids.length < r.count) {
      const what = [r.category, r.difficulty].filter(Boolean).join('、') || '全部';
      throw new VisibleError(
        'quiz.bank_too_small',
        `题库里“${what}”的题只有 ${ids.length} 道，不够每次抽 ${r.count} 道。请先导入更多题目或减少题数。`,
      );
    }
    return { count: r.count, ids };
  });
  const branches = (await listBranches(ctx.db)).filter((b) => b.active);
  const known = new Set(branches.map((b) => b._id));
  let teams: ContestDoc['teams'];
  if (input.teams) {
    const seen = new Set<string>();
    teams = input.teams.map((t, i) => {
      for (const b of t.branchIds) {
        if (!known.has(b)) {
          throw new VisibleError('quiz.bad_team', `参赛队“${t.name}”里有不存在的分工会。`);
        }
        if (seen.has(b)) {
          throw new VisibleError('quiz.bad_team', '同一个分工会不能同时在两个参赛队里。');
        }
        seen.add(b);
      }
      return { teamId: `t${i + 1}`, name: t.name, branchIds: t.branchIds };
    });
  } else {
    teams = branches
      .filter((b) => !input.branchIds || input.branchIds.includes(b._id))
      .map((b) => ({ teamId: b._id, name: b.name, branchIds: [b._id] }));
  }
  if (input.branchIds?.some((b) => !known.has(b))) {
    throw new VisibleError('quiz.bad_branch', '参赛范围里有不存在的分工会。');
  }
  await addContest(ctx.db, {
    _id: contestId,
    name: input.name,
    openAt: new Date(input.openAt),
    closeAt: new Date(input.closeAt),
    questionsPerAttempt: input.questionsPerAttempt,
    secondsPerAttempt: input.secondsPerAttempt,
    attemptsPerDay: input.attemptsPerDay,
    attemptsTotal: input.attemptsTotal ?? null,
    pointsPerQuestion: input.pointsPerQuestion,
    reveal: input.reveal,
    salt: randomBytes(16).toString('hex'),
    pools,
    branchIds: input.branchIds ?? null,
    teams,
    finalTeamIds: [],
    createdAt: ctx.now,
  });
  await audit(ctx, { target: contestId, outcome: 'ok' });
  return { contestId };
}

const summaryOf = (c: ContestDoc, now: Date): ContestSummary => ({
  contestId: c._id,
  name: c.name,
  openAt: c.openAt.toISOString(),
  closeAt: c.closeAt.toISOString(),
  phase: phaseOf(c.openAt, c.closeAt, now),
  questionsPerAttempt: c.questionsPerAttempt,
  secondsPerAttempt: c.secondsPerAttempt,
});

export async function listAll(_input: unknown, ctx: CallContext) {
  const contests = await readContests(ctx.db);
  return { contests: contests.map((c) => summaryOf(c, ctx.now)) };
}

export async function current(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const _ = ctx.db.command;
  const contests = await readContests(ctx.db, {
    closeAt: _.gt(new Date(ctx.now.getTime() - 30 * DAY)),
  });
  return {
    contests: contests
      .filter((c) => teamOf(c, me) !== null)
      .map((c) => summaryOf(c, ctx.now))
      .sort((a, b) => a.closeAt.localeCompare(b.closeAt)),
  };
}

export async function contestView(
  input: z.output<typeof contestRef>,
  ctx: CallContext,
): Promise<ContestView> {
  const me = ctx.me();
  const c = await loadContest(ctx, input.contestId);
  const phase = phaseOf(c.openAt, c.closeAt, ctx.now);
  const eligible = teamOf(c, me) !== null;
  const counter = await getCounter(ctx.db, counterIdOf(c._id, me.staffNo));
  const attempts = counter ? await myAttempts(ctx.db, c._id, me.staffNo) : [];
  const today = beijingDay(ctx.now);
  const used = counter?.used ?? 0;
  const usedToday = counter && counter.day === today ? counter.dayUsed : 0;
  const leftTotal = c.attemptsTotal === null ? null : Math.max(0, c.attemptsTotal - used);
  const leftToday = Math.max(
    0,
    Math.min(c.attemptsPerDay - usedToday, leftTotal ?? Number.MAX_SAFE_INTEGER),
  );
  let blocked: string | null = null;
  if (!eligible) blocked = '这次竞赛不面向你所在的分工会。';
  else if (phase === 'upcoming') blocked = '竞赛还没有开始。';
  else if (phase === 'closed') blocked = '竞赛已经结束了。';
  else if (leftTotal === 0) blocked = '你的答题次数已经用完了。';
  else if (leftToday === 0 && !counter?.open) blocked = '今天的答题次数已经用完了，明天再来。';
  return {
    contestId: c._id,
    name: c.name,
    openAt: c.openAt.toISOString(),
    closeAt: c.closeAt.toISOString(),
    phase,
    questionsPerAttempt: c.questionsPerAttempt,
    secondsPerAttempt: c.secondsPerAttempt,
    attemptsPerDay: c.attemptsPerDay,
    attemptsTotal: c.attemptsTotal,
    pointsPerQuestion: c.pointsPerQuestion,
    reveal: c.reveal,
    teams: c.teams.map((t) => ({ teamId: t.teamId, name: t.name })),
    me: {
      eligible,
      blocked,
      used,
      usedToday,
      leftToday,
      leftTotal,
      best: counter?.best ?? null,
      bestMs: counter?.bestMs ?? null,
      openAttemptId: counter?.open ?? null,
      attempts: attempts.map((a) => ({ ...a, startedAt: a.startedAt.toISOString() })),
    },
  };
}
