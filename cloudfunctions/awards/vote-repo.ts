// award_votes: one ballot per (round, category, judge) — `picks.<s工号>` the nominees voted for,
// `used` < `max` (M) guarded by ONE conditional update, so a judge votes at most M times in a
// category and once per nominee. award_objections (admins only) and honours (the final list).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getById, readAll } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const ballotDoc = z.object({
  _id: z.string(),
  roundId: z.string(),
  categoryId: z.string(),
  judgeNo: z.string(),
  max: z.number(),
  used: z.number(),
  picks: z.record(z.string(), dateish).default({}),
});
export type BallotDoc = z.output<typeof ballotDoc>;

const ballots = (db: Db) => db.collection(COLLECTIONS.awardVotes);
const pickKey = (staffNo: string) => `picks.s${staffNo}`;
export const pickedNos = (b: BallotDoc) => Object.keys(b.picks).map((k) => k.slice(1));

export async function getBallot(db: Db, id: string): Promise<BallotDoc | null> {
  return getById(db, COLLECTIONS.awardVotes, id, ballotDoc);
}

export async function ensureBallot(db: Db, doc: Omit<BallotDoc, 'picks'>): Promise<void> {
  try {
    await ballots(db).add({ ...doc, picks: {} });
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
}

/** One vote for this nominee: only while used < max and not already picked. */
export async function pick(db: Db, b: { _id: string; max: number }, staffNo: string, now: Date) {
  const _ = db.command;
  const res = await ballots(db)
    .where({ _id: b._id, used: _.lt(b.max), [pickKey(staffNo)]: _.exists(false) })
    .update({ used: _.inc(1), [pickKey(staffNo)]: now });
  return res.updated === 1;
}

/** Takes a vote back, only if it was given. */
export async function unpick(db: Db, ballotId: string, staffNo: string) {
  const _ = db.command;
  const res = await ballots(db)
    .where({ _id: ballotId, [pickKey(staffNo)]: _.exists(true) })
    .update({ used: _.inc(-1), [pickKey(staffNo)]: _.remove() });
  return res.updated === 1;
}

/** Every ballot of a round (paged by 1000). */
export async function ballotsOf(db: Db, roundId: string, judgeNo?: string): Promise<BallotDoc[]> {
  const where = judgeNo ? { roundId, judgeNo } : { roundId };
  return readAll(ballots(db).where(where), ballotDoc);
}

export const objectionDoc = z.object({
  _id: z.string(),
  roundId: z.string(),
  nominationId: z.string(),
  staffNo: z.string(),
  text: z.string(),
  at: dateish,
});
export type ObjectionDoc = z.output<typeof objectionDoc>;

/** Adds an objection; false when this person already objected to this nomination. */
export async function addObjection(db: Db, doc: ObjectionDoc): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.awardObjections).add(doc);
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

export async function objectionsOf(db: Db, roundId: string): Promise<ObjectionDoc[]> {
  const res = await db
    .collection(COLLECTIONS.awardObjections)
    .where({ roundId })
    .orderBy('at', 'asc')
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => objectionDoc.parse(d));
}

export const honourDoc = z.object({
  _id: z.string(),
  staffNo: z.string(),
  branchId: z.string(),
  year: z.number(),
  roundId: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  awardedAt: dateish,
});
export type HonourDoc = z.output<typeof honourDoc>;

/** Writes an honour (by its deterministic id: a repeat writes the same document). */
export async function putHonour(db: Db, doc: HonourDoc): Promise<void> {
  const { _id, ...rest } = doc;
  await db.collection(COLLECTIONS.honours).doc(_id).set(rest);
}

export async function honoursWhere(db: Db, where: Record<string, unknown>): Promise<HonourDoc[]> {
  const res = await db
    .collection(COLLECTIONS.honours)
    .where(where)
    .orderBy('year', 'desc')
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => honourDoc.parse(d));
}
