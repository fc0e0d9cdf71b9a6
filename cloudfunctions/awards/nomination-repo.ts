// award_nominations (one per round, category and person) and award_quota_counts: one counter per
// (round, category, branch) — quota, used, left = quota − used, and `holds.<s工号>` — so a place is
// taken (only while left > 0, i.e. used < quota) and given back (only by its holder) each by ONE
// conditional atomic update, never twice.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { NOMINATION_STATUSES, type NominationStatus } from '../../domain/awards/contract';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getById, readAll } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const nominationDoc = z.object({
  _id: z.string(),
  roundId: z.string(),
  categoryId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  reason: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  /** who nominated (工号) */
  by: z.string(),
  self: z.boolean().default(false),
  reviewReason: z.string().default(''),
  createdAt: dateish.optional(),
});
export type NominationDoc = z.output<typeof nominationDoc>;

export const counterDoc = z.object({
  _id: z.string(),
  roundId: z.string(),
  categoryId: z.string(),
  branchId: z.string(),
  quota: z.number(),
  used: z.number(),
  left: z.number(),
});
export type CounterDoc = z.output<typeof counterDoc>;

const noms = (db: Db) => db.collection(COLLECTIONS.awardNominations);
const counters = (db: Db) => db.collection(COLLECTIONS.awardQuotaCounts);
/** 工号 as a field name: prefixed, so no 工号 can be a special key */
const holdKey = (staffNo: string) => `holds.s${staffNo}`;

export async function getNomination(db: Db, id: string): Promise<NominationDoc | null> {
  return getById(db, COLLECTIONS.awardNominations, id, nominationDoc);
}

export async function addNomination(db: Db, doc: NominationDoc & { createdAt: Date }) {
  await noms(db).add(doc);
}

/** Nominates again someone whose nomination was returned or withdrawn (their place given back). */
export async function renominate(
  db: Db,
  id: string,
  from: readonly NominationStatus[],
  set: Record<string, unknown>,
): Promise<boolean> {
  const _ = db.command;
  const res = await noms(db)
    .where({ _id: id, status: _.in([...from]) })
    .update({ ...set, status: 'submitted', reviewReason: '' });
  return res.updated === 1;
}

/** Changes a nomination's status only from one of `from`; true iff this call changed it. */
export async function setStatus(
  db: Db,
  id: string,
  from: readonly NominationStatus[],
  to: NominationStatus,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  const _ = db.command;
  const res = await noms(db)
    .where({ _id: id, status: _.in([...from]) })
    .update({ status: to, ...extra });
  return res.updated === 1;
}

/** Sets the status of many nominations of a round (chunks of 100), from one of `from`. */
export async function setStatusMany(
  db: Db,
  ids: string[],
  from: readonly NominationStatus[],
  to: NominationStatus,
): Promise<void> {
  const _ = db.command;
  for (let i = 0; i < ids.length; i += 100) {
    await noms(db)
      .where({ _id: _.in(ids.slice(i, i + 100)), status: _.in([...from]) })
      .update({ status: to });
  }
}

/** Nominations of a round matching `where`, paged by 1000. */
export async function listNominations(
  db: Db,
  roundId: string,
  where: Record<string, unknown> = {},
): Promise<NominationDoc[]> {
  return readAll(noms(db).where({ roundId, ...where }), nominationDoc);
}

export async function getCounter(db: Db, id: string): Promise<CounterDoc | null> {
  return getById(db, COLLECTIONS.awardQuotaCounts, id, counterDoc);
}

/** Creates the counter with its quota, unless it exists (the first quota computed stands). */
export async function ensureCounter(db: Db, doc: CounterDoc): Promise<void> {
  try {
    await counters(db).add({ ...doc, holds: {} });
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
}

export async function countersOf(db: Db, roundId: string, branchId: string): Promise<CounterDoc[]> {
  const res = await counters(db).where({ roundId, branchId }).limit(100).get();
  return (res.data as unknown[]).map((d) => counterDoc.parse(d));
}

/** Takes one of the branch's places for this person: only while used < quota, once per person. */
export async function takePlace(db: Db, counterId: string, staffNo: string, now: Date) {
  const _ = db.command;
  const res = await counters(db)
    .where({ _id: counterId, left: _.gt(0), [holdKey(staffNo)]: _.exists(false) })
    .update({ used: _.inc(1), left: _.inc(-1), [holdKey(staffNo)]: now });
  return res.updated === 1;
}

/** Gives this person's place back, only if they hold it: a repeat gives nothing back twice. */
export async function releasePlace(db: Db, counterId: string, staffNo: string) {
  const _ = db.command;
  const res = await counters(db)
    .where({ _id: counterId, [holdKey(staffNo)]: _.exists(true) })
    .update({ used: _.inc(-1), left: _.inc(1), [holdKey(staffNo)]: _.remove() });
  return res.updated === 1;
}

/** Does this person hold a place on the counter (read after a refused take)? */
export async function holdsPlace(db: Db, counterId: string, staffNo: string): Promise<boolean> {
  const _ = db.command;
  const res = await counters(db)
    .where({ _id: counterId, [holdKey(staffNo)]: _.exists(true) })
    .count();
  return res.total > 0;
}
