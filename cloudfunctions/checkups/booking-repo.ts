// checkup_bookings: one document per person per campaign (_id "<campaignId>:<staffNo>"), so a
// person can never hold two bookings. `version` orders changes; `releasing` names a slot whose
// place is still to be given back (the pending step of a reschedule or cancel: repaired by the
// person's next call or by the timer).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { firstOf, getById, readAll } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const bookingDoc = z.object({
  _id: z.string(),
  campaignId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  status: z.enum(['booked', 'cancelled']),
  slotId: z.string(),
  date: z.string(),
  start: z.string(),
  packageId: z.string(),
  packageName: z.string(),
  version: z.number(),
  releasing: z.string().nullable().default(null),
  addonIds: z.array(z.string()).default([]),
  shortNo: z.number().nullable().optional(),
  checkedInAt: dateish.nullable().default(null),
});
export type BookingDoc = z.output<typeof bookingDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.checkupBookings);

export async function getBooking(db: Db, bookingId: string): Promise<BookingDoc | null> {
  return getById(db, COLLECTIONS.checkupBookings, bookingId, bookingDoc);
}

/** Inserts a first booking; false when one already exists (a retry, or a call of my own). */
export async function addBooking(db: Db, doc: Record<string, unknown> & { _id: string }) {
  try {
    await col(db).add(doc);
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

/** Updates the booking iff it is still at `version` in `status` (with nothing pending). */
export async function updateAt(
  db: Db,
  b: Pick<BookingDoc, '_id' | 'version' | 'status'>,
  patch: Record<string, unknown>,
): Promise<boolean> {
  const res = await col(db)
    // checkedInAt in the condition: a check-in at the desk (which does not bump the version)
    // between our read and this write makes the change fail, never a cancelled attended booking
    .where({ _id: b._id, version: b.version, status: b.status, releasing: null, checkedInAt: null })
    .update({ ...patch, version: b.version + 1 });
  return res.updated === 1;
}

/** Clears the pending release once the place is back (only if it still names that slot). */
export async function clearReleasing(db: Db, bookingId: string, slotId: string): Promise<void> {
  await col(db).where({ _id: bookingId, releasing: slotId }).update({ releasing: null });
}

export async function setAddons(db: Db, b: BookingDoc, addonIds: string[], now: Date) {
  const res = await col(db)
    .where({ _id: b._id, status: 'booked' })
    .update({ addonIds, updatedAt: now });
  return res.updated === 1;
}

export async function setShortNo(db: Db, bookingId: string, shortNo: number) {
  const _ = db.command;
  await col(db)
    .where({ _id: bookingId, shortNo: _.exists(false) })
    .update({ shortNo });
  return (await getBooking(db, bookingId))?.shortNo ?? null;
}

export async function findByShortNo(db: Db, campaignId: string, shortNo: number) {
  const res = await col(db).where({ campaignId, shortNo }).limit(1).get();
  const doc = firstOf(res);
  return doc ? bookingDoc.parse(doc) : null;
}

/** Stamps the check-in once: only a booked booking not yet checked in. */
export async function stampCheckin(db: Db, bookingId: string, now: Date, by: string) {
  const res = await col(db)
    .where({ _id: bookingId, status: 'booked', checkedInAt: null })
    .update({ checkedInAt: now, checkedInBy: by });
  return res.updated === 1;
}

/** Every booking of a campaign (paged, 1000 a request), optionally only some. */
export async function listBookings(
  db: Db,
  campaignId: string,
  where: Record<string, unknown> = {},
): Promise<BookingDoc[]> {
  return readAll(col(db).where({ campaignId, ...where }), bookingDoc);
}
