// Facts about people the trips keep: trip history (trip_history) and tier-3 contacts
// (trip_contacts). Staff records, branch names and the leader's grant come from the kit's roster.
import { COLLECTIONS } from '../../database/collections';
import { contactDoc, historyDoc, type ContactDoc, type HistoryDoc } from '../../domain/trips/model';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';

const CHUNK = 500;

export async function historyOf(db: Db, staffNo: string): Promise<HistoryDoc[]> {
  const res = await db.collection(COLLECTIONS.tripHistory).where({ staffNo }).limit(200).get();
  return (res.data as unknown[]).map((d) => historyDoc.parse(d));
}

/** staffNo → years travelled, for many people. */
export async function historyOfMany(db: Db, staffNos: string[]): Promise<Map<string, number[]>> {
  const _ = db.command;
  const out = new Map<string, number[]>();
  for (let i = 0; i < staffNos.length; i += CHUNK) {
    const res = await db
      .collection(COLLECTIONS.tripHistory)
      .where({ staffNo: _.in(staffNos.slice(i, i + CHUNK)) })
      .limit(1000)
      .get();
    for (const d of res.data as unknown[]) {
      const h = historyDoc.parse(d);
      out.set(h.staffNo, [...(out.get(h.staffNo) ?? []), h.year]);
    }
  }
  return out;
}

export async function putHistory(db: Db, doc: HistoryDoc): Promise<void> {
  const { _id, ...rest } = doc;
  await db.collection(COLLECTIONS.tripHistory).doc(_id).set(rest);
}

/** Adds history rows not there yet: per chunk one read of existing ids and one insert. */
export async function addHistoryMany(db: Db, docs: HistoryDoc[]): Promise<number> {
  const _ = db.command;
  const col = db.collection(COLLECTIONS.tripHistory);
  let added = 0;
  for (let i = 0; i < docs.length; i += CHUNK) {
    const chunk = docs.slice(i, i + CHUNK);
    const have = await col
      .where({ _id: _.in(chunk.map((d) => d._id)) })
      .field({ _id: true })
      .limit(CHUNK)
      .get();
    const existing = new Set((have.data as { _id: string }[]).map((d) => d._id));
    const missing = chunk.filter((d) => !existing.has(d._id));
    if (!missing.length) continue;
    try {
      await col.add(missing);
      added += missing.length;
    } catch (e) {
      if (!isDuplicate(e)) throw e;
      for (const d of missing) {
        try {
          await col.add(d);
          added += 1;
        } catch (e2) {
          if (!isDuplicate(e2)) throw e2;
        }
      }
    }
  }
  return added;
}

export async function putContact(db: Db, doc: ContactDoc): Promise<void> {
  const { _id, ...rest } = doc;
  await db.collection(COLLECTIONS.tripContacts).doc(_id).set(rest);
}

export async function contactsOf(db: Db, ids: string[]): Promise<Map<string, ContactDoc>> {
  const _ = db.command;
  const out = new Map<string, ContactDoc>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const res = await db
      .collection(COLLECTIONS.tripContacts)
      .where({ _id: _.in(ids.slice(i, i + CHUNK)) })
      .limit(CHUNK)
      .get();
    for (const d of res.data as unknown[]) {
      const c = contactDoc.parse(d);
      out.set(c._id, c);
    }
  }
  return out;
}
