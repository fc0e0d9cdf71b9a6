// contest_sheets: one score sheet per judge × entry × round (deterministic id), locked when
// submitted and changed again only after an admin's unlock; contest_unlocks: who unlocked which
// sheet and why (the reason stays here, never in the audit trail or logs).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const sheetDoc = z.object({
  _id: z.string(),
  contestId: z.string(),
  round: z.number().int(),
  entryId: z.string(),
  /** the contestant's 工号 */
  staffNo: z.string(),
  judge: z.string(),
  scores: z.record(z.string(), z.number()),
  /** Σ(weight × score in hundredths): exact, for the final score */
  sum: z.number(),
  total: z.number(),
  locked: z.boolean(),
  submittedAt: dateish.optional(),
});
export type SheetDoc = z.output<typeof sheetDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.contestSheets);
const PAGE = 1000;

/**
 * Submits a sheet and locks it: a new sheet is added; an existing one is overwritten only while
 * it is unlocked (one conditional update). False when it is already locked.
 */
export async function submitSheet(db: Db, doc: SheetDoc & { submittedAt: Date }): Promise<boolean> {
  try {
    await col(db).add(doc);
    return true;
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
  const { _id, ...rest } = doc;
  const res = await col(db).where({ _id, locked: false }).update({
    scores: rest.scores,
    sum: rest.sum,
    total: rest.total,
    locked: true,
    submittedAt: rest.submittedAt,
  });
  return (res as { updated?: number }).updated === 1;
}

/** Unlocks a locked sheet; false when there is no such sheet or it is not locked. */
export async function unlockSheet(db: Db, sheetId: string, now: Date): Promise<boolean> {
  const res = await col(db)
    .where({ _id: sheetId, locked: true })
    .update({ locked: false, unlockedAt: now });
  return (res as { updated?: number }).updated === 1;
}

export async function listSheets(
  db: Db,
  contestId: string,
  opts: { round?: number; judge?: string } = {},
): Promise<SheetDoc[]> {
  const where: Record<string, unknown> = { contestId };
  if (opts.round !== undefined) where.round = opts.round;
  if (opts.judge) where.judge = opts.judge;
  const out: SheetDoc[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const res = await col(db).where(where).orderBy('_id', 'asc').skip(skip).limit(PAGE).get();
    const page = (res.data as unknown[]).map((d) => sheetDoc.parse(d));
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

export async function addUnlock(
  db: Db,
  doc: {
    contestId: string;
    sheetId: string;
    judge: string;
    entryId: string;
    reason: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db.collection(COLLECTIONS.contestUnlocks).add({ _id: `un-${randomUUID()}`, ...doc });
}
