// Facts about people the trips need: staff records and branch names (roster), trip history
// (trip_history), tier-3 contacts (trip_contacts), and the trip_leader grant of a group's leader.
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import { staffDoc, type StaffDoc } from '../../domain/roster/staff';
import { contactDoc, historyDoc, type ContactDoc, type HistoryDoc } from '../../domain/trips/model';
import { runTransaction, type Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';

const CHUNK = 500;

export async function getStaffMany(db: Db, staffNos: string[]): Promise<StaffDoc[]> {
  const _ = db.command;
  const out: StaffDoc[] = [];
  const unique = [...new Set(staffNos)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const res = await db
      .collection(COLLECTIONS.staff)
      .where({ _id: _.in(unique.slice(i, i + CHUNK)) })
      .limit(CHUNK)
      .get();
    for (const d of res.data as unknown[]) out.push(staffDoc.parse(d));
  }
  return out;
}

export async function branchNames(db: Db): Promise<Map<string, string>> {
  const res = await db.collection(COLLECTIONS.branches).limit(1000).get();
  return new Map((res.data as { _id: string; name: string }[]).map((b) => [b._id, b.name]));
}

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

/** Grants trip_leader for a group (once), in a transaction like the roster's grant changes. */
export async function grantLeader(db: Db, staffNo: string, groupId: string): Promise<void> {
  await runTransaction(db, async (tx) => {
    const res = await tx.collection(COLLECTIONS.staff).doc(staffNo).get();
    if (!res.data) return;
    const staff = staffDoc.parse(res.data);
    if (staff.roles.some((g) => g.role === 'trip_leader' && g.groupId === groupId)) return;
    const next: RoleGrant[] = [...staff.roles, { role: 'trip_leader', groupId }];
    await tx.collection(COLLECTIONS.staff).doc(staffNo).update({ roles: next });
  });
}
