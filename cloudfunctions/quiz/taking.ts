// quiz.start / resume / answer / submit / review: the server draws each person's paper (seeded,
// stored with the attempt), keeps the time, saves answers as they come, and scores on submit or
// on the first call after the deadline. Nothing sent before the attempt closes carries the key.
import type { z } from 'zod';
import type {
  AttemptView,
  QuizResult,
  answerInput,
  attemptRef,
  contestRef,
} from '../../domain/quiz/contract';
import { VisibleError } from '../../domain/errors';
import type { StaffDoc } from '../../domain/roster/staff';
import {
  deadlineOf,
  decideStart,
  drawItem,
  drawQuestionIds,
  isBetter,
  isRight,
  keysProblem,
  phaseOf,
  rngOf,
  scoreOf,
  tooFast,
} from '../../domain/quiz/rules';
import { beijingDay } from '../../domain/time';
import type { CallContext } from '../_kit';
import {
  answerKey,
  attemptIdOf,
  closeAttempt,
  closeOnCounter,
  counterIdOf,
  ensureCounter,
  getAttempt,
  getCounter,
  putAttempt,
  saveAnswer,
  takeAttempt,
  type AttemptDoc,
  type CounterDoc,
} from './attempt-repo';
import { getContest, type ContestDoc } from './contest-repo';
import { questionsByIds } from './question-repo';

const NOT_FOUND = '没有找到这次竞赛，可能已被取消。请回到竞赛列表看看。';
const ATTEMPT_NOT_FOUND = '没有找到这次答题记录，请回到竞赛页面重新开始。';

export async function loadContest(ctx: CallContext, contestId: string): Promise<ContestDoc> {
  const c = await getContest(ctx.db, contestId);
  if (!c) throw new VisibleError('quiz.not_found', NOT_FOUND);
  return c;
}

/** The team a staff member plays for in this contest, or null when they may not take part. */
export function teamOf(contest: ContestDoc, staff: StaffDoc): string | null {
  if (!staff.active) return null;
  if (contest.branchIds && !contest.branchIds.includes(staff.branchId)) return null;
  const team = contest.teams.find((t) => t.branchIds.includes(staff.branchId));
  return team ? team.teamId : null;
}

function viewOf(contest: ContestDoc, a: AttemptDoc, now: Date, resumed: boolean): AttemptView {
  return {
    attemptId: a._id,
    contestId: a.contestId,
    contestName: contest.name,
    deadline: a.deadline.toISOString(),
    serverNow: now.toISOString(),
    // only these four fields of each item leave the server: no answer, no explanation
    questions: a.items.map((q) => ({
      questionId: q.questionId,
      type: q.type,
      text: q.text,
      options: q.options.map((o) => ({ key: o.key, text: o.text })),
    })),
    answers: a.items.flatMap((q, i) => {
      const keys = a.answers[answerKey(i)];
      return keys ? [{ questionId: q.questionId, keys }] : [];
    }),
    resumed,
  };
}

/** Draws the paper of this attempt: the same attempt id and salt always give the same paper. */
async function draw(
  ctx: CallContext,
  contest: ContestDoc,
  c: CounterDoc,
  attemptId: string,
  no: number,
): Promise<AttemptDoc> {
  const rng = rngOf(`${contest.salt}:${attemptId}`);
  const ids = drawQuestionIds(contest.pools, rng);
  const docs = await questionsByIds(ctx.db, ids);
  const byId = new Map(docs.map((d) => [d._id, d]));
  const items = ids.flatMap((id) => {
    const q = byId.get(id);
    return q ? [drawItem({ ...q, questionId: q._id }, rng)] : [];
  });
  const attempt: AttemptDoc = {
    _id: attemptId,
    contestId: contest._id,
    staffNo: c.staffNo,
    branchId: c.branchId,
    teamId: c.teamId,
    no,
    startedAt: ctx.now,
    deadline: deadlineOf(ctx.now, contest.secondsPerAttempt, contest.closeAt),
    status: 'open',
    items,
    answers: {},
    lastAnswerAt: null,
    submittedAt: null,
    score: null,
    correct: null,
    total: items.length,
    durationMs: null,
    flagged: false,
  };
  await putAttempt(ctx.db, attempt);
  return attempt;
}

/**
 * Closes an attempt (submit, or the first call after its deadline): scores the answers saved in
 * time, then clears it from the person's counter keeping the best. Safe to repeat: a second
 * close finds it closed and only completes the counter if that step had not happened.
 */
export async function finish(
  ctx: CallContext,
  contest: ContestDoc,
  a: AttemptDoc,
): Promise<{ closed: AttemptDoc; best: number }> {
  let closed = a;
  if (a.status === 'open') {
    const end = ctx.now < a.deadline ? ctx.now : a.deadline;
    const answers = a.items.map((_, i) => a.answers[answerKey(i)]);
    const { correct, score } = scoreOf(a.items, answers, contest.pointsPerQuestion);
    const answered = answers.filter((k) => k && k.length > 0).length;
    const result = {
      submittedAt: end,
      score,
      correct,
      durationMs: Math.max(0, end.getTime() - a.startedAt.getTime()),
      flagged: tooFast(answered, a.startedAt, a.lastAnswerAt),
    };
    if (await closeAttempt(ctx.db, a._id, result)) {
      closed = { ...a, status: 'closed', ...result };
    } else {
      const again = await getAttempt(ctx.db, a._id);
      if (!again) throw new VisibleError('quiz.attempt_not_found', ATTEMPT_NOT_FOUND);
      closed = again;
    }
  }
  const counterId = counterIdOf(a.contestId, a.staffNo);
  const c = await getCounter(ctx.db, counterId);
  let best = Math.max(c?.best ?? 0, closed.score ?? 0);
  if (c && c.open === a._id && closed.score !== null) {
    const ms = closed.durationMs ?? 0;
    const better = isBetter(closed.score, ms, c.best, c.bestMs);
    await closeOnCounter(ctx.db, counterId, a._id, {
      flagged: closed.flagged,
      ...(better ? { best: closed.score, bestMs: ms, bestAttemptId: a._id } : {}),
    });
    best = better ? closed.score : (c.best ?? 0);
  }
  return { closed, best };
}

async function myOwnAttempt(ctx: CallContext, attemptId: string): Promise<AttemptDoc> {
  const me = ctx.me();
  const a = await getAttempt(ctx.db, attemptId);
  // someone else's attempt answers as if it did not exist
  if (!a || a.staffNo !== me.staffNo) {
    throw new VisibleError('quiz.attempt_not_found', ATTEMPT_NOT_FOUND);
  }
  return a;
}

export async function start(
  input: z.output<typeof contestRef>,
  ctx: CallContext,
): Promise<AttemptView> {
  const me = ctx.me();
  const contest = await loadContest(ctx, input.contestId);
  const phase = phaseOf(contest.openAt, contest.closeAt, ctx.now);
  const teamId = teamOf(contest, me);
  if (!teamId) {
    throw new VisibleError('quiz.not_eligible', '这次竞赛不面向你所在的分工会，可以看看其他竞赛。');
  }
  const counterId = counterIdOf(contest._id, me.staffNo);
  for (let round = 0; round < 6; round++) {
    let c = await getCounter(ctx.db, counterId);
    if (!c) {
      c = {
        _id: counterId,
        contestId: contest._id,
        staffNo: me.staffNo,
        branchId: me.branchId,
        teamId,
        used: 0,
        day: '',
        dayUsed: 0,
        open: null,
        best: null,
        bestMs: null,
        bestAttemptId: null,
        flagged: 0,
        closed: 0,
      };
      // created now: as written; else another start of mine created it first: read theirs
      if (!(await ensureCounter(ctx.db, c))) c = (await getCounter(ctx.db, counterId)) ?? c;
    }
    if (c.open) {
      const open = await getAttempt(ctx.db, c.open);
      if (!open) {
        // the start that took this attempt stopped before writing its draw: write it now
        const no = Number(c.open.split(':').pop());
        const drawn = await draw(ctx, contest, c, c.open, no);
        return viewOf(contest, drawn, ctx.now, true);
      }
      // one open attempt at a time: a second start (another phone, a retry) gets the same one
      if (open.status === 'open' && ctx.now < open.deadline) {
        return viewOf(contest, open, ctx.now, true);
      }
      await finish(ctx, contest, open);
      continue;
    }
    if (phase === 'upcoming') {
      throw new VisibleError('quiz.not_open', '竞赛还没有开始，请到开始时间再来。');
    }
    if (phase === 'closed') {
      throw new VisibleError('quiz.closed', '竞赛已经结束了，可以去看排行榜。');
    }
    const decision = decideStart(
      c,
      { attemptsPerDay: contest.attemptsPerDay, attemptsTotal: contest.attemptsTotal },
      beijingDay(ctx.now),
    );
    if (!decision.ok) throw new VisibleError('quiz.no_attempts_left', decision.message);
    const no = decision.next.used;
    const attemptId = attemptIdOf(contest._id, me.staffNo, no);
    if (await takeAttempt(ctx.db, c, decision.next, attemptId)) {
      const drawn = await draw(ctx, contest, c, attemptId, no);
      return viewOf(contest, drawn, ctx.now, false);
    }
    // another start of mine changed the counter first: read it again (it now has the open one)
  }
  throw new VisibleError('quiz.busy', '答题的人太多了，请稍等几秒再点一次“开始答题”。');
}

export async function resume(
  input: z.output<typeof attemptRef>,
  ctx: CallContext,
): Promise<AttemptView> {
  const a = await myOwnAttempt(ctx, input.attemptId);
  const contest = await loadContest(ctx, a.contestId);
  if (a.status === 'open' && ctx.now >= a.deadline) await finish(ctx, contest, a);
  if (a.status !== 'open' || ctx.now >= a.deadline) {
    throw new VisibleError('quiz.attempt_closed', '这次答题已经交卷了，可以看成绩。');
  }
  return viewOf(contest, a, ctx.now, true);
}

export async function answer(
  input: z.output<typeof answerInput>,
  ctx: CallContext,
): Promise<{ saved: true }> {
  const a = await myOwnAttempt(ctx, input.attemptId);
  if (a.status !== 'open') {
    throw new VisibleError('quiz.attempt_closed', '这次答题已经交卷了，答案没有再保存。');
  }
  if (ctx.now >= a.deadline) {
    // the server's clock decides: an answer after the deadline does not count, and the attempt closes
    const contest = await loadContest(ctx, a.contestId);
    await finish(ctx, contest, a);
    throw new VisibleError('quiz.time_up', '答题时间已到，这一题没有算进去，已自动交卷。');
  }
  const index = a.items.findIndex((q) => q.questionId === input.questionId);
  if (index < 0) throw new VisibleError('quiz.not_in_attempt', '这道题不在你这次的题目里。');
  const problem = keysProblem(a.items[index], input.keys);
  if (problem) throw new VisibleError('quiz.bad_keys', problem);
  if (!(await saveAnswer(ctx.db, a._id, index, input.keys, ctx.now))) {
    throw new VisibleError('quiz.attempt_closed', '这次答题已经交卷了，答案没有再保存。');
  }
  return { saved: true };
}

/** The result of a closed attempt, with the answers when the contest shows them now. */
export function resultOf(contest: ContestDoc, a: AttemptDoc, best: number, now: Date): QuizResult {
  const show = contest.reveal === 'after_attempt' || now >= contest.closeAt;
  return {
    score: a.score ?? 0,
    correct: a.correct ?? 0,
    total: a.total,
    durationMs: a.durationMs ?? 0,
    best: Math.max(best, a.score ?? 0),
    review: show
      ? a.items.map((q, i) => {
          const mine = a.answers[answerKey(i)] ?? [];
          return {
            questionId: q.questionId,
            type: q.type,
            text: q.text,
            options: q.options,
            mine,
            correctKeys: q.answer,
            right: isRight(q.answer, mine),
            explanation: q.explanation,
          };
        })
      : null,
    revealAt: show ? null : contest.closeAt.toISOString(),
  };
}

export async function submit(
  input: z.output<typeof attemptRef>,
  ctx: CallContext,
): Promise<QuizResult> {
  const a = await myOwnAttempt(ctx, input.attemptId);
  const contest = await loadContest(ctx, a.contestId);
  const { closed, best } = await finish(ctx, contest, a);
  return resultOf(contest, closed, best, ctx.now);
}

export async function review(
  input: z.output<typeof attemptRef>,
  ctx: CallContext,
): Promise<QuizResult> {
  const a = await myOwnAttempt(ctx, input.attemptId);
  const contest = await loadContest(ctx, a.contestId);
  if (a.status === 'open' && ctx.now < a.deadline) {
    throw new VisibleError('quiz.attempt_open', '这次答题还没有交卷，交卷后才能看成绩。');
  }
  const { closed, best } = await finish(ctx, contest, a);
  return resultOf(contest, closed, best, ctx.now);
}
