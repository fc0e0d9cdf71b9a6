// Tolerant readers of other features' collections for the schedules: events and sign-ups, welfare
// batches and claims, walkathon campaigns and participants. Each document is parsed; what does not
// parse is skipped (those features own the shapes; a reminder is never worth a crash).
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { eligibilityInput } from '../../domain/welfare/contract';
import type { Db } from '../_kit';
import { firstOf, readAll } from '../_kit/read';

const when = z.coerce.date();

function parseAll<T>(schema: z.ZodType<T>, rows: unknown[]): T[] {
  return rows.flatMap((d) => {
    const p = schema.safeParse(d);
    return p.success ? [p.data] : [];
  });
}

export const eventRow = z.object({
  _id: z.string(),
  title: z.string(),
  location: z.string().default(''),
  startAt: when,
  status: z.string(),
  organizers: z.array(z.string()).default([]),
  createdBy: z.string().optional(),
});
export type EventRow = z.infer<typeof eventRow>;

/** Published events starting in (from, to]. */
export async function eventsStarting(db: Db, from: Date, to: Date): Promise<EventRow[]> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.events)
    .where({ status: 'published', startAt: _.gt(from).and(_.lte(to)) })
    .field({ title: true, location: true, startAt: true, status: true })
    .limit(100)
    .get();
  return parseAll(eventRow, res.data as unknown[]);
}

export async function getEventRow(db: Db, eventId: string): Promise<EventRow | null> {
  const p = eventRow.safeParse(firstOf(await db.collection(COLLECTIONS.events).doc(eventId).get()));
  return p.success ? p.data : null;
}

const signupRow = z.object({ eventId: z.string(), staffNo: z.string(), status: z.string() });

/** Confirmed sign-ups of these events. */
export async function confirmedSignups(
  db: Db,
  eventIds: string[],
): Promise<{ eventId: string; staffNo: string }[]> {
  if (eventIds.length === 0) return [];
  const _ = db.command;
  return readAll(
    db
      .collection(COLLECTIONS.eventSignups)
      .where({ eventId: _.in(eventIds), status: 'confirmed' })
      .field({ eventId: true, staffNo: true, status: true }),
    signupRow,
    { skipInvalid: true },
  );
}

const point = z.object({
  id: z.string(),
  name: z.string().default(''),
  place: z.string().default(''),
  hours: z.string().default(''),
});

export const batchRow = z.object({
  _id: z.string(),
  name: z.string(),
  status: z.string(),
  claimCloseAt: when,
  closedAt: when.nullable().optional(),
  fulfilment: z.string().default('pickup'),
  eligibility: eligibilityInput.catch({ membersOnly: false, includeRetired: true }),
  points: z.array(point).catch([]),
});
export type BatchRow = z.infer<typeof batchRow>;

const BATCH_FIELDS = {
  name: true,
  status: true,
  claimCloseAt: true,
  closedAt: true,
  fulfilment: true,
  eligibility: true,
  points: true,
};

/** Open batches whose choice closes in (from, to]. */
export async function batchesClosing(db: Db, from: Date, to: Date): Promise<BatchRow[]> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.welfareBatches)
    .where({ status: 'open', claimCloseAt: _.gt(from).and(_.lte(to)) })
    .field(BATCH_FIELDS)
    .limit(50)
    .get();
  return parseAll(batchRow, res.data as unknown[]);
}

/** Batches closed since `since` (their gifts are settled: pickup can start). */
export async function batchesClosedSince(db: Db, since: Date): Promise<BatchRow[]> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.welfareBatches)
    .where({ status: 'closed', closedAt: _.gte(since) })
    .field(BATCH_FIELDS)
    .limit(50)
    .get();
  return parseAll(batchRow, res.data as unknown[]);
}

const claimRow = z.object({
  staffNo: z.string(),
  pointId: z.string().nullable().default(null),
  delivery: z.unknown().nullable().optional(),
  handedOverAt: z.unknown().nullable().optional(),
});
export type ClaimRow = z.infer<typeof claimRow>;

export async function claimsOf(db: Db, batchId: string): Promise<ClaimRow[]> {
  return readAll(
    db
      .collection(COLLECTIONS.welfareClaims)
      .where({ batchId })
      .field({ staffNo: true, pointId: true, delivery: true, handedOverAt: true }),
    claimRow,
    { skipInvalid: true },
  );
}

const campaignRow = z.object({
  _id: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});
export type CampaignRow = z.infer<typeof campaignRow>;

/** Campaigns running on this Beijing day. */
export async function campaignsOn(db: Db, day: string): Promise<CampaignRow[]> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.stepCampaigns)
    .where({ startDate: _.lte(day), endDate: _.gte(day) })
    .field({ name: true, startDate: true, endDate: true })
    .limit(20)
    .get();
  return parseAll(campaignRow, res.data as unknown[]);
}

const participantRow = z.object({
  staffNo: z.string(),
  days: z.record(z.string(), z.unknown()).catch({}).default({}),
  syncedAt: when.nullable().optional().catch(null),
});
export type ParticipantRow = z.infer<typeof participantRow>;

/** A campaign's walkers with only today's steps (if synced) and their last sync. */
export async function participantsOf(
  db: Db,
  campaignId: string,
  day: string,
): Promise<ParticipantRow[]> {
  return readAll(
    db
      .collection(COLLECTIONS.stepParticipants)
      .where({ campaignId })
      .field({ staffNo: true, syncedAt: true, [`days.${day}`]: true }),
    participantRow,
    { skipInvalid: true },
  );
}
