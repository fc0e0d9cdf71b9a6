// quiz_final_entries: the final's scoreboard, one entry per judge's add or deduct (never changed;
// an undo removes the judge's own newest entry).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { FINAL_ROUNDS } from '../../domain/quiz/contract';
import type { Db } from '../_kit';
import { firstOf } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const entryDoc = z.object({
  _id: z.string(),
  contestId: z.string(),
  teamId: z.string(),
  round: z.enum(FINAL_ROUNDS),
  points: z.number().int(),
  /** the judge's 工号 */
  judge: z.string(),
  at: dateish,
});
export type EntryDoc = z.output<typeof entryDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.quizFinalEntries);

export async function addEntry(db: Db, doc: EntryDoc) {
  await col(db).add(doc);
}

/** A final's entries, oldest first (a final has tens to a few hundred). */
export async function entriesOf(db: Db, contestId: string): Promise<EntryDoc[]> {
  const res = await col(db).where({ contestId }).orderBy('at', 'asc').limit(1000).get();
  return (res.data as unknown[]).map((d) => entryDoc.parse(d));
}

export async function lastOfJudge(db: Db, contestId: string, judge: string) {
  const res = await col(db).where({ contestId, judge }).orderBy('at', 'desc').limit(1).get();
  const doc = firstOf(res);
  return doc ? entryDoc.parse(doc) : null;
}

/** Removes this entry only if it is still the judge's (a repeated undo removes nothing more). */
export async function removeEntry(db: Db, entryId: string, judge: string): Promise<boolean> {
  const res = await col(db).where({ _id: entryId, judge }).remove();
  return (res as { deleted?: number }).deleted === 1;
}
