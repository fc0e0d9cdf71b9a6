// checkup_campaigns: one document per campaign (dates, places, packages, add-ons, days × slots,
// the booking window), plus the pass counter and the timer's "already sent" markers.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { SEXES } from '../../domain/checkups/contract';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const campaignDoc = z.object({
  _id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'cancelled']).default('active'),
  bookOpenAt: dateish,
  bookCloseAt: dateish,
  places: z.array(z.object({ name: z.string(), address: z.string(), shuttle: z.string() })),
  packages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sex: z.enum(SEXES).nullable(),
      minAge: z.number().nullable(),
      maxAge: z.number().nullable(),
      items: z.array(z.string()),
      standardFen: z.number().nullable(),
    }),
  ),
  addons: z.array(z.object({ id: z.string(), name: z.string(), priceFen: z.number() })),
  days: z.array(
    z.object({
      date: z.string(),
      retireesOnly: z.boolean(),
      slots: z.array(z.object({ slotId: z.string(), start: z.string(), capacity: z.number() })),
    }),
  ),
  recommended: z.array(z.object({ branchId: z.string(), dates: z.array(z.string()) })),
  elsewhereDeadline: dateish.nullable().default(null),
  /** markers of reminders and nudges already enqueued ("2026-12-10:eve", "nudge") */
  sent: z.record(z.string(), z.boolean()).default({}),
  createdAt: dateish.optional(),
});
export type CampaignDoc = z.output<typeof campaignDoc>;
export type DayDoc = CampaignDoc['days'][number];

const col = (db: Db) => db.collection(COLLECTIONS.checkupCampaigns);

export async function getCampaign(db: Db, campaignId: string): Promise<CampaignDoc | null> {
  // the pass counter and the markers are not needed by readers: leave them out of the wire
  return getById(db, COLLECTIONS.checkupCampaigns, campaignId, campaignDoc);
}

export async function addCampaign(db: Db, doc: Record<string, unknown> & { _id: string }) {
  await col(db).add(doc);
}

export async function listCampaigns(db: Db, where: Record<string, unknown> = {}) {
  const res = await col(db)
    .where({ status: 'active', ...where })
    .orderBy('bookOpenAt', 'desc')
    .limit(200)
    .get();
  return (res.data as unknown[]).map((d) => campaignDoc.parse(d));
}

/** The next short number of a campaign's passes (one atomic increment). */
export async function nextShortNo(db: Db, campaignId: string): Promise<number> {
  const _ = db.command;
  const res = (await col(db)
    .where({ _id: campaignId })
    .updateAndReturn({ passSeq: _.inc(1) })) as { doc?: { passSeq?: number } };
  return Number(res.doc?.passSeq);
}

/** Marks a reminder or nudge as enqueued; true iff this call marked it (so only one job sends). */
export async function markSent(db: Db, campaignId: string, key: string): Promise<boolean> {
  const _ = db.command;
  const res = await col(db)
    .where({ _id: campaignId, [`sent.${key}`]: _.exists(false) })
    .update({ [`sent.${key}`]: true });
  return res.updated === 1;
}
