// The batch document and its ledger: the only place that reads or writes welfare_batches and the
// shortNo counters. Every change of stock or of who holds what is ONE conditional atomic update
// of the batch document (see claim.ts for why that makes stock exactly right under any race).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { eligibilityInput, FULFILMENTS } from '../../domain/welfare/contract';
import { encodeLedger, parseLedger, type LedgerEntry } from '../../domain/welfare/rules';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { firstOf, getById } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

/** A stored ledger line (a short string, see rules.encodeLedger), read as an entry. */
export const ledgerEntry = z.string().transform((line, ctx) => {
  const e = parseLedger(line);
  if (!e) {
    ctx.addIssue({ code: 'custom', message: 'bad ledger line' });
    return z.NEVER;
  }
  return e;
});

export const batchDoc = z.object({
  _id: z.string(),
  name: z.string(),
  description: z.string().default(''),
  claimOpenAt: dateish,
  claimCloseAt: dateish,
  status: z.string(),
  fulfilment: z.enum(FULFILMENTS).default('pickup'),
  options: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string().default(''),
      imageUrl: z.string().nullable().default(null),
      valueFen: z.number().nullable().default(null),
    }),
  ),
  stock: z.record(z.string(), z.number()),
  stockTotal: z.record(z.string(), z.number()),
  defaultOptionId: z.string().nullable().default(null),
  /** uploaded gift photos by option id: the file and who put it there (the batch's own record) */
  photos: z
    .record(z.string(), z.object({ fileId: z.string(), by: z.string() }))
    .default({})
    .transform((p): Record<string, { fileId: string; by: string }> =>
      Object.assign(Object.create(null), p),
    ),
  eligibility: eligibilityInput,
  points: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        place: z.string(),
        hours: z.string(),
        branchIds: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  // keyed by 工号, which may be "constructor" or "toString": no prototype to fall through to
  ledger: z
    .record(z.string(), ledgerEntry)
    .default({})
    .transform((l): Record<string, LedgerEntry> => Object.assign(Object.create(null), l)),
  createdAt: dateish.optional(),
  closedAt: dateish.nullable().optional(),
});
export type BatchDoc = z.output<typeof batchDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.welfareBatches);

/** Every field but the ledger, which grows with the number of people. */
const BASE_FIELDS = {
  name: true,
  description: true,
  claimOpenAt: true,
  claimCloseAt: true,
  status: true,
  fulfilment: true,
  options: true,
  stock: true,
  stockTotal: true,
  defaultOptionId: true,
  photos: true,
  eligibility: true,
  points: true,
  createdAt: true,
  closedAt: true,
} as const;

/**
 * The batch with only `staffNo`'s ledger line (or none): one request, small whatever the size of
 * the union.
 */
export async function getBatch(
  db: Db,
  batchId: string,
  staffNo?: string,
): Promise<BatchDoc | null> {
  const fields: Record<string, boolean> = { ...BASE_FIELDS };
  if (staffNo) fields[`ledger.${staffNo}`] = true;
  const res = await col(db).where({ _id: batchId }).field(fields).limit(1).get();
  const doc = firstOf(res);
  return doc ? batchDoc.parse(doc) : null;
}

/** The whole batch, ledger included (progress, close, exports). */
export async function getFullBatch(db: Db, batchId: string): Promise<BatchDoc | null> {
  return getById(db, COLLECTIONS.welfareBatches, batchId, batchDoc);
}

export async function listBatches(db: Db, since?: Date): Promise<BatchDoc[]> {
  const _ = db.command;
  const query = since
    ? col(db).where({ claimCloseAt: _.gte(since) })
    : col(db).where({ status: _.exists(true) });
  const res = await query.field(BASE_FIELDS).orderBy('claimOpenAt', 'desc').limit(100).get();
  return (res.data as unknown[]).map((d) => batchDoc.parse(d));
}

export async function listDueForClose(db: Db, now: Date): Promise<string[]> {
  const _ = db.command;
  const res = await col(db)
    .where({ status: 'open', claimCloseAt: _.lte(now) })
    .field({ _id: true })
    .limit(100)
    .get();
  return (res.data as { _id: string }[]).map((d) => d._id);
}

/** Creates the batch and its shortNo counter; false when that id already exists. */
export async function insertBatch(
  db: Db,
  doc: Record<string, unknown> & { _id: string },
): Promise<boolean> {
  try {
    await col(db).add(doc);
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
  await ensureCounter(db, doc._id);
  return true;
}

export async function ensureCounter(db: Db, batchId: string): Promise<void> {
  try {
    await db.collection(COLLECTIONS.welfareCounters).add({ _id: batchId, seq: 0 });
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
}

/** The next shortNo of a batch (1, 2, …): one atomic increment that returns the new value. */
export async function nextShortNo(db: Db, batchId: string): Promise<number> {
  const _ = db.command;
  const res = (await db
    .collection(COLLECTIONS.welfareCounters)
    .where({ _id: batchId })
    .updateAndReturn({ seq: _.inc(1) })) as { updated?: number; doc?: { seq?: number } };
  if (!res.doc || typeof res.doc.seq !== 'number') {
    await ensureCounter(db, batchId);
    return nextShortNo(db, batchId);
  }
  return res.doc.seq;
}

/** A conditional update on one batch: applied iff it still matches `where`; answers how many. */
export async function patchBatchIf(
  db: Db,
  where: Record<string, unknown>,
  patch: Record<string, unknown>,
): Promise<number> {
  const res = await col(db).where(where).update(patch);
  return res.updated ?? 0;
}

export async function updateBatchFields(
  db: Db,
  batchId: string,
  fields: Record<string, unknown>,
): Promise<number> {
  const res = await col(db).doc(batchId).update(fields);
  return res.updated ?? 0;
}

/**
 * An admin's edit in ONE conditional update: the fields, and stock added (or removed) per option,
 * never below zero left. False (nothing written) when some option has less left than is removed.
 */
export async function editBatch(
  db: Db,
  batchId: string,
  fields: Record<string, unknown>,
  addStock: Record<string, number>,
): Promise<boolean> {
  const _ = db.command;
  const cond: Record<string, unknown> = { _id: batchId };
  const update: Record<string, unknown> = { ...fields };
  let stockChanges = 0;
  for (const [optionId, delta] of Object.entries(addStock)) {
    if (delta === 0) continue;
    if (delta < 0) cond[`stock.${optionId}`] = _.gte(-delta);
    update[`stock.${optionId}`] = _.inc(delta);
    update[`stockTotal.${optionId}`] = _.inc(delta);
    stockChanges += 1;
  }
  if (stockChanges === 0) {
    // fields only: "updated" is 0 when they equal what is stored, which is not a failure
    if (Object.keys(update).length) await col(db).doc(batchId).update(update);
    return true;
  }
  // an increment always changes the document, so 0 updated means a condition failed
  const res = await col(db).where(cond).update(update);
  return res.updated === 1;
}

/**
 * A first choice: takes one of `optionId` iff some is left AND the person holds nothing yet.
 * One atomic update: stock and ledger change together or not at all.
 */
export async function takeFirst(
  db: Db,
  batchId: string,
  staffNo: string,
  optionId: string,
  byDefault = false,
): Promise<boolean> {
  const _ = db.command;
  const entry = encodeLedger(byDefault ? { o: optionId, n: 0, d: true } : { o: optionId, n: 0 });
  const res = await col(db)
    .where({ _id: batchId, [`stock.${optionId}`]: _.gt(0), [`ledger.${staffNo}`]: _.exists(false) })
    .update({ [`stock.${optionId}`]: _.inc(-1), [`ledger.${staffNo}`]: entry });
  return res.updated === 1;
}

/**
 * A change of choice: iff the person's line is still exactly `from` (same option, same change
 * count, not handed over — so not changed by a concurrent call) and some of `to` is left — then
 * `from` comes back, `to` is taken and the ledger says `to`, all in one atomic update. Two racing
 * changes from the same line (`o` and change count `n`) cannot both match: the old stock comes
 * back exactly once. (The caller checks n against MAX_CHANGES before.)
 */
export async function swap(
  db: Db,
  batchId: string,
  staffNo: string,
  from: LedgerEntry,
  to: string,
): Promise<boolean> {
  const _ = db.command;
  if (from.h) return false;
  const res = await col(db)
    .where({ _id: batchId, [`stock.${to}`]: _.gt(0), [`ledger.${staffNo}`]: encodeLedger(from) })
    .update({
      [`stock.${to}`]: _.inc(-1),
      [`stock.${from.o}`]: _.inc(1),
      [`ledger.${staffNo}`]: encodeLedger({ o: to, n: from.n + 1 }),
    });
  return res.updated === 1;
}

/** Marks the gift handed over iff the line is still exactly `entry` (not handed, not changed). */
export async function markHandedOver(
  db: Db,
  batchId: string,
  staffNo: string,
  entry: LedgerEntry,
  at: Date,
): Promise<boolean> {
  if (entry.h) return false;
  const res = await col(db)
    .where({ _id: batchId, [`ledger.${staffNo}`]: encodeLedger(entry) })
    .update({ [`ledger.${staffNo}`]: encodeLedger({ ...entry, h: at }) });
  return res.updated === 1;
}

/** Undoes a hand-over iff the line is still exactly `entry` (handed over). */
export async function unmarkHandedOver(
  db: Db,
  batchId: string,
  staffNo: string,
  entry: LedgerEntry,
): Promise<boolean> {
  if (!entry.h) return false;
  const res = await col(db)
    .where({ _id: batchId, [`ledger.${staffNo}`]: encodeLedger(entry) })
    .update({ [`ledger.${staffNo}`]: encodeLedger({ ...entry, h: null }) });
  return res.updated === 1;
}
