// contest_entries: one document per contestant per contest (id `<contestId>:<工号>`), with the
// last round reached; name and branch copied at registration (tier 1: names and branches).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getById } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const entryDoc = z.object({
  _id: z.string(),
  contestId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  round: z.number().int(),
  notes: z.array(z.string()).default([]),
  registeredBy: z.string().optional(),
  registeredAt: dateish.optional(),
});
export type EntryDoc = z.output<typeof entryDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.contestEntries);
const PAGE = 1000;

export async function getEntry(db: Db, entryId: string): Promise<EntryDoc | null> {
  return getById(db, COLLECTIONS.contestEntries, entryId, entryDoc);
}

/** Adds the entry; false when it was already there (a retry, or a second chair's tap). */
export async function addEntry(db: Db, doc: EntryDoc & { registeredAt: Date }): Promise<boolean> {
  try {
    await col(db).add(doc);
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

export async function removeEntry(db: Db, entryId: string): Promise<boolean> {
  const res = await col(db).where({ _id: entryId }).remove();
  return ((res as { deleted?: number }).deleted ?? 0) > 0;
}

/** A contest's entries (optionally one branch's, or those that reached a round), paged. */
export async function listEntries(
  db: Db,
  contestId: string,
  opts: { branchId?: string; minRound?: number } = {},
): Promise<EntryDoc[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { contestId };
  if (opts.branchId) where.branchId = opts.branchId;
  if (opts.minRound) where.round = _.gte(opts.minRound);
  const out: EntryDoc[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const res = await col(db).where(where).orderBy('_id', 'asc').skip(skip).limit(PAGE).get();
    const page = (res.data as unknown[]).map((d) => entryDoc.parse(d));
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

export async function countEntries(db: Db, contestId: string): Promise<number> {
  const res = await col(db).where({ contestId }).count();
  return (res as { total?: number }).total ?? 0;
}

/** Moves these entries on to `round` (idempotent: setting the same round twice is harmless). */
export async function promoteEntries(db: Db, entryIds: string[], round: number): Promise<void> {
  const _ = db.command;
  for (let i = 0; i < entryIds.length; i += 500) {
    await col(db)
      .where({ _id: _.in(entryIds.slice(i, i + 500)) })
      .update({ round });
  }
}
