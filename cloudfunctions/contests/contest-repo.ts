// contest_defs: one document per judged contest — criteria, judges, rounds, eligibility, the
// registration deadline and the current round (moved on only by one conditional update).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { GROUP_BY } from '../../domain/contests/contract';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const contestDoc = z.object({
  _id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'closed']).default('active'),
  criteria: z.array(z.object({ name: z.string(), weight: z.number() })),
  judges: z.array(z.string()),
  rounds: z.array(
    z.object({
      name: z.string(),
      groupBy: z.enum(GROUP_BY),
      advance: z.number().nullable(),
      judges: z.array(z.string()),
      panels: z.array(z.object({ branchId: z.string(), judges: z.array(z.string()) })).default([]),
    }),
  ),
  currentRound: z.number().int(),
  eligibility: z
    .object({
      onDay: z.string(),
      maxAge: z.number().nullable(),
      minServiceYears: z.number().nullable(),
    })
    .nullable(),
  registerCloseAt: dateish.nullable(),
  createdAt: dateish.optional(),
  createdBy: z.string().optional(),
});
export type ContestDoc = z.output<typeof contestDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.contestDefs);

export async function getContest(db: Db, contestId: string): Promise<ContestDoc | null> {
  return getById(db, COLLECTIONS.contestDefs, contestId, contestDoc);
}

export async function addContest(db: Db, doc: Record<string, unknown> & { _id: string }) {
  await col(db).add(doc);
}

/** Active contests, newest first (at most 100: a union runs a handful a year). */
export async function listContests(db: Db): Promise<ContestDoc[]> {
  const res = await col(db)
    .where({ status: 'active' })
    .orderBy('createdAt', 'desc')
    .limit(100)
    .get();
  return (res.data as unknown[]).map((d) => contestDoc.parse(d));
}

/** Moves the contest from round `from` to the next; true only for the one caller that did. */
export async function moveRound(db: Db, contestId: string, from: number): Promise<boolean> {
  const res = await col(db)
    .where({ _id: contestId, currentRound: from })
    .update({ currentRound: from + 1 });
  return (res as { updated?: number }).updated === 1;
}
