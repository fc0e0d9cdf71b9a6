// Reads and writes of care programmes and their budget ledgers. The ledger's `left` changes only
// through single conditional updates: a reservation succeeds iff left ≥ amount at that instant.
import { COLLECTIONS } from '../../database/collections';
import { VisibleError } from '../../domain/errors';
import {
  ledgerDoc,
  programmeDoc,
  type LedgerDoc,
  type ProgrammeDoc,
} from '../../domain/care/model';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getById } from '../_kit/read';

const P = COLLECTIONS.careProgrammes;
const L = COLLECTIONS.careLedgers;

export const PROGRAMME_NOT_FOUND = () =>
  new VisibleError('care.programme_not_found', '没有找到这个帮扶项目，请返回刷新。');

export async function getProgramme(db: Db, id: string): Promise<ProgrammeDoc | null> {
  return getById(db, P, id, programmeDoc);
}

export async function requireProgramme(db: Db, id: string): Promise<ProgrammeDoc> {
  const p = await getProgramme(db, id);
  if (!p) throw PROGRAMME_NOT_FOUND();
  return p;
}

export async function listProgrammes(db: Db, year?: number): Promise<ProgrammeDoc[]> {
  const res = await db
    .collection(P)
    .where(year ? { year } : {})
    .orderBy('createdAt', 'asc')
    .limit(200)
    .get();
  return (res.data as unknown[]).map((r) => programmeDoc.parse(r));
}

export async function getProgrammesByIds(
  db: Db,
  ids: string[],
): Promise<Map<string, ProgrammeDoc>> {
  const out = new Map<string, ProgrammeDoc>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const _ = db.command;
  const res = await db
    .collection(P)
    .where({ _id: _.in(unique) })
    .limit(1000)
    .get();
  for (const r of res.data as unknown[]) {
    const p = programmeDoc.parse(r);
    out.set(p._id, p);
  }
  return out;
}

/** The programme and its ledger by deterministic id: false when that programme already exists. A
 * retry after a crash between the two writes still creates the missing ledger. */
export async function insertProgramme(db: Db, p: ProgrammeDoc): Promise<boolean> {
  let created = true;
  try {
    await db.collection(P).add(p);
  } catch (e) {
    if (!isDuplicate(e)) throw e;
    created = false;
  }
  try {
    await db
      .collection(L)
      .add({ _id: p._id, budget: p.budget, reserved: 0, paid: 0, left: p.budget });
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
  return created;
}

export async function getLedger(db: Db, programmeId: string): Promise<LedgerDoc | null> {
  return getById(db, L, programmeId, ledgerDoc);
}

export async function getLedgers(db: Db, ids: string[]): Promise<Map<string, LedgerDoc>> {
  const out = new Map<string, LedgerDoc>();
  if (ids.length === 0) return out;
  const _ = db.command;
  const res = await db
    .collection(L)
    .where({ _id: _.in(ids) })
    .limit(1000)
    .get();
  for (const r of res.data as unknown[]) {
    const l = ledgerDoc.parse(r);
    out.set(l._id, l);
  }
  return out;
}

/** ONE conditional update: holds `amount` iff at least that much is left. */
export async function reserve(db: Db, programmeId: string, amount: number): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(L)
    .where({ _id: programmeId, left: _.gte(amount) })
    .update({ left: _.inc(-amount), reserved: _.inc(amount) });
  return res.updated === 1;
}

/** Gives a hold back; only called by the one caller whose case transition won. */
export async function release(db: Db, programmeId: string, amount: number): Promise<void> {
  const _ = db.command;
  await db
    .collection(L)
    .doc(programmeId)
    .update({ left: _.inc(amount), reserved: _.inc(-amount) });
}

/** A hold becomes a payment. */
export async function markPaid(db: Db, programmeId: string, amount: number): Promise<void> {
  const _ = db.command;
  await db
    .collection(L)
    .doc(programmeId)
    .update({ reserved: _.inc(-amount), paid: _.inc(amount) });
}
