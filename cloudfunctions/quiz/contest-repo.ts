// quiz_contests: one document per contest: its window, limits, the draw's pools (question ids fixed
// when the contest is created), its teams, and (later) the final's teams.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { REVEALS } from '../../domain/quiz/contract';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const contestDoc = z.object({
  _id: z.string(),
  name: z.string(),
  openAt: dateish,
  closeAt: dateish,
  questionsPerAttempt: z.number().int(),
  secondsPerAttempt: z.number().int(),
  attemptsPerDay: z.number().int(),
  attemptsTotal: z.number().int().nullable(),
  pointsPerQuestion: z.number().int(),
  reveal: z.enum(REVEALS),
  /** server-only salt of the draws: ids alone do not predict a person's paper */
  salt: z.string(),
  pools: z.array(z.object({ count: z.number().int(), ids: z.array(z.string()) })),
  /** who may take part: active staff of these branches; null: everyone */
  branchIds: z.array(z.string()).nullable(),
  teams: z.array(
    z.object({ teamId: z.string(), name: z.string(), branchIds: z.array(z.string()) }),
  ),
  finalTeamIds: z.array(z.string()).default([]),
  createdAt: dateish.optional(),
});
export type ContestDoc = z.output<typeof contestDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.quizContests);

export async function getContest(db: Db, contestId: string): Promise<ContestDoc | null> {
  return getById(db, COLLECTIONS.quizContests, contestId, contestDoc);
}

export async function addContest(db: Db, doc: Record<string, unknown> & { _id: string }) {
  await col(db).add(doc);
}

/** Contests without their pools (the list pages), newest first. */
export async function listContests(db: Db, where?: Record<string, unknown>) {
  const res = await (where ? col(db).where(where) : col(db))
    .field({ pools: false, salt: false })
    .orderBy('openAt', 'desc')
    .limit(200)
    .get();
  return (res.data as unknown[]).map((d) =>
    contestDoc.parse({ ...(d as object), pools: [], salt: '' }),
  );
}

export async function setFinalTeams(db: Db, contestId: string, teamIds: string[]) {
  const res = await col(db).doc(contestId).update({ finalTeamIds: teamIds });
  return res.updated === 1;
}
