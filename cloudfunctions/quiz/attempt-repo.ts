// quiz_attempt_counts and quiz_attempts. A person's counter (`<contestId>:<staffNo>`) is the only
// gate of attempts: a start changes it by ONE compare-and-set update (used, today's count and the
// open attempt as read), so two phones can never both start; closing an attempt clears `open`
// and keeps the best score by another conditional update on `open`. Attempts hold the person's
// draw (with its answer key: server only), the answers as given and, once closed, the score.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { QUESTION_TYPES } from '../../domain/quiz/contract';
import type { CounterState } from '../../domain/quiz/rules';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getById, readAll } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const counterDoc = z.object({
  _id: z.string(),
  contestId: z.string(),
  staffNo: z.string(),
  branchId: z.string(),
  teamId: z.string(),
  used: z.number().int(),
  day: z.string(),
  dayUsed: z.number().int(),
  open: z.string().nullable(),
  best: z.number().int().nullable(),
  bestMs: z.number().int().nullable(),
  bestAttemptId: z.string().nullable().default(null),
  /** closed attempts answered faster than a person reads */
  flagged: z.number().int().default(0),
  closed: z.number().int().default(0),
});
export type CounterDoc = z.output<typeof counterDoc>;

export const itemDoc = z.object({
  questionId: z.string(),
  type: z.enum(QUESTION_TYPES),
  text: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  answer: z.array(z.string()),
  explanation: z.string(),
});

export const attemptDoc = z.object({
  _id: z.string(),
  contestId: z.string(),
  staffNo: z.string(),
  branchId: z.string(),
  teamId: z.string(),
  no: z.number().int(),
  startedAt: dateish,
  deadline: dateish,
  status: z.enum(['open', 'closed']),
  items: z.array(itemDoc),
  /** answers by item: a0, a1 … (safe keys), each the shown keys chosen */
  answers: z.record(z.string(), z.array(z.string())).default({}),
  lastAnswerAt: dateish.nullable().default(null),
  submittedAt: dateish.nullable().default(null),
  score: z.number().int().nullable().default(null),
  correct: z.number().int().nullable().default(null),
  total: z.number().int(),
  durationMs: z.number().int().nullable().default(null),
  flagged: z.boolean().default(false),
});
export type AttemptDoc = z.output<typeof attemptDoc>;

export const answerKey = (i: number) => `a${i}`;
export const counterIdOf = (contestId: string, staffNo: string) => `${contestId}:${staffNo}`;
export const attemptIdOf = (contestId: string, staffNo: string, no: number) =>
  `${contestId}:${staffNo}:${no}`;

const counters = (db: Db) => db.collection(COLLECTIONS.quizAttemptCounts);
const attempts = (db: Db) => db.collection(COLLECTIONS.quizAttempts);

export async function getCounter(db: Db, id: string): Promise<CounterDoc | null> {
  return getById(db, COLLECTIONS.quizAttemptCounts, id, counterDoc);
}

/** Creates the person's counter (a concurrent create of the same id is fine). */
export async function ensureCounter(db: Db, doc: CounterDoc): Promise<boolean> {
  try {
    await counters(db).add(doc);
    return true;
  } catch (e) {
    if (!isDuplicate(e)) throw e;
    return false;
  }
}

/**
 * Takes one attempt: only if the counter is still as read (no attempt open, same counts). Exactly
 * one of any number of concurrent starts gets `true`.
 */
export async function takeAttempt(
  db: Db,
  c: CounterDoc,
  next: CounterState,
  attemptId: string,
): Promise<boolean> {
  const res = await counters(db)
    .where({ _id: c._id, open: null, used: c.used, day: c.day, dayUsed: c.dayUsed })
    .update({ used: next.used, day: next.day, dayUsed: next.dayUsed, open: attemptId });
  return res.updated === 1;
}

/** Clears the open attempt (only that one) and records its outcome on the counter. */
export async function closeOnCounter(
  db: Db,
  counterId: string,
  attemptId: string,
  patch: { best?: number; bestMs?: number; bestAttemptId?: string; flagged: boolean },
): Promise<boolean> {
  const _ = db.command;
  const res = await counters(db)
    .where({ _id: counterId, open: attemptId })
    .update({
      open: null,
      closed: _.inc(1),
      ...(patch.flagged ? { flagged: _.inc(1) } : {}),
      ...(patch.best !== undefined
        ? { best: patch.best, bestMs: patch.bestMs, bestAttemptId: patch.bestAttemptId }
        : {}),
    });
  return res.updated === 1;
}

/** Every counter of a contest (standings), paged by 1000. */
export async function contestCounters(db: Db, contestId: string): Promise<CounterDoc[]> {
  return readAll(counters(db).where({ contestId }), counterDoc);
}

export async function getAttempt(db: Db, attemptId: string): Promise<AttemptDoc | null> {
  return getById(db, COLLECTIONS.quizAttempts, attemptId, attemptDoc);
}

/** Writes a drawn attempt (its id is deterministic: a repeat writes the same draw again). */
export async function putAttempt(db: Db, doc: AttemptDoc): Promise<void> {
  const { _id, ...fields } = doc;
  await attempts(db).doc(_id).set(fields);
}

/** Saves one answer, only while the attempt is open. */
export async function saveAnswer(
  db: Db,
  attemptId: string,
  index: number,
  keys: string[],
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const res = await attempts(db)
    .where({ _id: attemptId, status: 'open' })
    .update({ [`answers.${answerKey(index)}`]: _.set(keys), lastAnswerAt: now });
  return res.updated === 1;
}

/** Closes an open attempt with its score; false when someone else closed it first. */
export async function closeAttempt(
  db: Db,
  attemptId: string,
  result: {
    submittedAt: Date;
    score: number;
    correct: number;
    durationMs: number;
    flagged: boolean;
  },
): Promise<boolean> {
  const res = await attempts(db)
    .where({ _id: attemptId, status: 'open' })
    .update({ status: 'closed', ...result });
  return res.updated === 1;
}

/** A person's attempts in a contest, without the draws. */
export async function myAttempts(db: Db, contestId: string, staffNo: string) {
  const res = await attempts(db)
    .where({ contestId, staffNo })
    .field({ no: true, startedAt: true, score: true, status: true })
    .orderBy('no', 'asc')
    .limit(1000)
    .get();
  return (res.data as { _id: string; no: number; startedAt: unknown; score?: number | null }[]).map(
    (a) => ({
      attemptId: a._id,
      no: a.no,
      startedAt: new Date(a.startedAt as string),
      score: a.score ?? null,
    }),
  );
}
