// welfare_claims: one document per person per batch (_id "<batchId>:<staffNo>"), a readable copy
// of that person's ledger line (for the notify job, the pickup code and exports) with the
// details the ledger does not hold: name, branch, pickup point, delivery address, shortNo.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { deliveryInput } from '../../domain/welfare/contract';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { firstOf, getById, readAll } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const claimDoc = z.object({
  _id: z.string(),
  batchId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  optionId: z.string(),
  /** the ledger's change count this copy reflects: an older write never overwrites a newer one */
  version: z.number().default(0),
  byDefault: z.boolean().default(false),
  pointId: z.string().nullable().default(null),
  delivery: deliveryInput.nullable().default(null),
  shortNo: z.number().nullable().optional(),
  handedOverAt: dateish.nullable().default(null),
  handedOverBy: z.string().nullable().optional(),
});
export type ClaimDoc = z.output<typeof claimDoc>;

export const claimIdOf = (batchId: string, staffNo: string) => `${batchId}:${staffNo}`;

const col = (db: Db) => db.collection(COLLECTIONS.welfareClaims);

export async function getClaim(db: Db, claimId: string): Promise<ClaimDoc | null> {
  return getById(db, COLLECTIONS.welfareClaims, claimId, claimDoc);
}

export async function findByShortNo(
  db: Db,
  batchId: string,
  shortNo: number,
): Promise<ClaimDoc | null> {
  const res = await col(db).where({ batchId, shortNo }).limit(1).get();
  const doc = firstOf(res);
  return doc ? claimDoc.parse(doc) : null;
}

export interface ClaimCopy {
  batchId: string;
  staffNo: string;
  name: string;
  branchId: string;
  optionId: string;
  version: number;
  byDefault: boolean;
  pointId: string | null;
  delivery?: z.output<typeof deliveryInput> | null;
}

/**
 * Brings the copy up to the ledger: updates it when its version is older, creates it when
 * missing. One request on the happy path (add for a first claim, update for a change).
 */
export async function syncClaim(db: Db, c: ClaimCopy, now: Date, isNew: boolean): Promise<void> {
  const _id = claimIdOf(c.batchId, c.staffNo);
  const fields: Record<string, unknown> = {
    optionId: c.optionId,
    version: c.version,
    byDefault: c.byDefault,
    pointId: c.pointId,
    updatedAt: now,
  };
  if (c.delivery !== undefined) fields.delivery = c.delivery;
  const update = async () => {
    const _ = db.command;
    const res = await col(db)
      .where({ _id, version: _.lte(c.version) })
      .update(fields);
    return res.updated === 1;
  };
  if (!isNew && (await update())) return;
  try {
    await col(db).add({
      _id,
      batchId: c.batchId,
      staffNo: c.staffNo,
      name: c.name,
      branchId: c.branchId,
      handedOverAt: null,
      createdAt: now,
      ...fields,
      delivery: c.delivery ?? null,
    });
  } catch (e) {
    if (!isDuplicate(e)) throw e;
    // it exists: bring it up to date unless a newer version is already there
    if (isNew) await update();
  }
}

/** Gives the claim its shortNo if it has none yet; returns the one it ends up with. */
export async function setShortNo(db: Db, claimId: string, shortNo: number): Promise<number | null> {
  const _ = db.command;
  const res = await col(db)
    .where({ _id: claimId, shortNo: _.exists(false) })
    .update({ shortNo });
  if (res.updated === 1) return shortNo;
  return (await getClaim(db, claimId))?.shortNo ?? null;
}

export async function setHandedOver(
  db: Db,
  claimId: string,
  at: Date | null,
  by: string | null,
): Promise<void> {
  await col(db).doc(claimId).update({ handedOverAt: at, handedOverBy: by });
}

export async function recordUndo(
  db: Db,
  claimId: string,
  entry: Record<string, unknown>,
): Promise<void> {
  await db
    .collection(COLLECTIONS.welfareHandovers)
    .add({ _id: `${claimId}:undo:${Date.now()}`, claimId, ...entry });
}

/** Every claim of a batch (paged, 1000 a request). */
export async function listClaims(db: Db, batchId: string): Promise<ClaimDoc[]> {
  return readAll(col(db).where({ batchId }), claimDoc);
}

export async function addClaims(
  db: Db,
  docs: (Record<string, unknown> & { _id: string })[],
): Promise<void> {
  for (let i = 0; i < docs.length; i += 500) {
    const chunk = docs.slice(i, i + 500);
    try {
      await col(db).add(chunk);
    } catch (e) {
      if (!isDuplicate(e)) throw e;
      for (const d of chunk) {
        try {
          await col(db).add(d);
        } catch (e2) {
          if (!isDuplicate(e2)) throw e2;
        }
      }
    }
  }
}
