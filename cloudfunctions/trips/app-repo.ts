// Reads and writes of trip applications (trip_applications, `_id` = `<planId>:<staffNo>`); every
// status change is conditional on the status it leaves, so each move happens exactly once.
import { COLLECTIONS } from '../../database/collections';
import { applicationDoc, type ApplicationDoc, type StoredStatus } from '../../domain/trips/model';
import type { Db } from '../_kit';
import { firstOf, getById, readAll } from '../_kit/read';

const apps = (db: Db) => db.collection(COLLECTIONS.tripApplications);

export async function getApplication(db: Db, id: string): Promise<ApplicationDoc | null> {
  return getById(db, COLLECTIONS.tripApplications, id, applicationDoc);
}

/** Writes (or rewrites, while the window is open) one's application. */
export async function putApplication(db: Db, doc: ApplicationDoc): Promise<void> {
  const { _id, ...rest } = doc;
  await apps(db).doc(_id).set(rest);
}

/** Moves an application on iff it is still in one of `from` (and matches `extra`). */
export async function moveApplication(
  db: Db,
  id: string,
  from: StoredStatus[],
  patch: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  const _ = db.command;
  const res = await apps(db)
    .where({ _id: id, status: from.length === 1 ? from[0] : _.in(from), ...extra })
    .update(patch);
  return ((res as { updated?: number }).updated ?? 0) === 1;
}

/** Every application matching, paged past the 1,000 limit. */
export async function listApplications(
  db: Db,
  where: Record<string, unknown>,
): Promise<ApplicationDoc[]> {
  return readAll(apps(db).where(where), applicationDoc);
}

export async function ofPlan(db: Db, planId: string, statuses?: StoredStatus[]) {
  const _ = db.command;
  return listApplications(
    db,
    statuses
      ? { planId, status: statuses.length === 1 ? statuses[0] : _.in(statuses) }
      : { planId },
  );
}

export async function ofGroup(db: Db, groupId: string, statuses: StoredStatus[]) {
  const _ = db.command;
  return listApplications(db, { groupId, status: _.in(statuses) });
}

/** The first waitlisted people on a group, in allocation order. */
export async function waitingOn(db: Db, planId: string, groupId: string, limit = 50) {
  const res = await apps(db)
    .where({ planId, status: 'waitlisted', waitGroups: groupId })
    .orderBy('rank', 'asc')
    .limit(limit)
    .get();
  return (res.data as unknown[]).map((d) => applicationDoc.parse(d));
}

/** How many wait on a group ahead of this rank. */
export async function aheadOf(db: Db, planId: string, groupId: string, rank: number) {
  const _ = db.command;
  const res = await apps(db)
    .where({ planId, status: 'waitlisted', waitGroups: groupId, rank: _.lt(rank) })
    .count();
  return (res as { total: number }).total;
}

/** Offers whose confirmation time has passed. */
export async function expiredOffers(db: Db, now: Date, limit = 200) {
  const _ = db.command;
  const res = await apps(db)
    .where({ status: 'assigned', confirmBy: _.lte(now) })
    .limit(limit)
    .get();
  return (res.data as unknown[]).map((d) => applicationDoc.parse(d));
}

export async function byRank(db: Db, groupId: string, rank: number) {
  const res = await apps(db).where({ groupId, rank }).limit(1).get();
  const doc = firstOf(res);
  return doc ? applicationDoc.parse(doc) : null;
}

export async function stampCheckin(db: Db, id: string, now: Date, by: string): Promise<boolean> {
  const _ = db.command;
  const res = await apps(db)
    .where({ _id: id, status: 'confirmed', checkedInAt: _.exists(false) })
    .update({ checkedInAt: now, checkedInBy: by, updatedAt: now });
  return ((res as { updated?: number }).updated ?? 0) === 1;
}
