// checkup_slots: one document per day × time slot. `left` is the only counter of places, and
// `holds.<key>` records who holds one (with when they took it), so a place is taken and given
// back each by ONE conditional atomic update, and a retry never takes a second place.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { getById, readAll } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const slotDoc = z.object({
  _id: z.string(),
  campaignId: z.string(),
  date: z.string(),
  start: z.string(),
  capacity: z.number(),
  left: z.number(),
  holds: z.record(z.string(), dateish).default({}),
});
export type SlotDoc = z.output<typeof slotDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.checkupSlots);

export async function addSlots(db: Db, docs: (Record<string, unknown> & { _id: string })[]) {
  for (let i = 0; i < docs.length; i += 500) await col(db).add(docs.slice(i, i + 500));
}

/** Takes one place for this holder: only while places are left and the holder holds none here. */
export async function takePlace(db: Db, slotId: string, key: string, now: Date): Promise<boolean> {
  const _ = db.command;
  const res = await col(db)
    .where({ _id: slotId, left: _.gt(0), [`holds.${key}`]: _.exists(false) })
    .update({ left: _.inc(-1), [`holds.${key}`]: now });
  return res.updated === 1;
}

/** Gives the holder's place back, only if they hold it: a repeat gives nothing back twice. */
export async function releasePlace(db: Db, slotId: string, key: string): Promise<boolean> {
  const _ = db.command;
  const res = await col(db)
    .where({ _id: slotId, [`holds.${key}`]: _.exists(true) })
    .update({ left: _.inc(1), [`holds.${key}`]: _.remove() });
  return res.updated === 1;
}

export async function getSlot(db: Db, slotId: string): Promise<SlotDoc | null> {
  return getById(db, COLLECTIONS.checkupSlots, slotId, slotDoc);
}

/** Every slot of a campaign; without holds unless asked (they are only for the repair job). */
export async function listSlots(db: Db, campaignId: string, withHolds = false): Promise<SlotDoc[]> {
  const q = col(db).where({ campaignId });
  return readAll(withHolds ? q : q.field({ holds: false }), slotDoc);
}
