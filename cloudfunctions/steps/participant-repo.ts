// Reads and writes of walkathon participants (step_participants): one document per walker per
// campaign, _id "<campaignId>:<staffNo>", holding every day's steps in `days`.
import { COLLECTIONS } from '../../database/collections';
import { z } from 'zod';
import type { Db } from '../_kit';
import { getById, readAll } from '../_kit/read';

export const participantDoc = z.object({
  _id: z.string(),
  campaignId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  ageGroup: z.string(),
  /** 'YYYY-MM-DD' → steps as WeRun reported them (uncapped) */
  days: z.record(z.string(), z.number()).default({}),
  joinedAt: z.coerce.date(),
  syncedAt: z.coerce.date().nullable().optional(),
  updatedAt: z.coerce.date(),
});
export type ParticipantDoc = z.infer<typeof participantDoc>;

export function participantId(campaignId: string, staffNo: string): string {
  return `${campaignId}:${staffNo}`;
}

export async function getParticipant(
  db: Db,
  campaignId: string,
  staffNo: string,
): Promise<ParticipantDoc | null> {
  return getById(
    db,
    COLLECTIONS.stepParticipants,
    participantId(campaignId, staffNo),
    participantDoc,
  );
}

/** Adds the walker; false when they had already joined (the deterministic _id exists). */
export async function addParticipant(
  db: Db,
  doc: Omit<ParticipantDoc, 'updatedAt'>,
): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.stepParticipants).add({ ...doc, updatedAt: db.serverDate() });
    return true;
  } catch (e) {
    if (await getParticipant(db, doc.campaignId, doc.staffNo)) return false;
    throw e;
  }
}

/**
 * Raises each given day to at least the given count in one atomic update (`$max` per day field),
 * and returns the document after it; null when the walker has not joined. Re-sending the same
 * days changes nothing; a lower count never replaces a higher one, even with syncs racing.
 */
export async function raiseDays(
  db: Db,
  campaignId: string,
  staffNo: string,
  days: Record<string, number>,
  now: Date,
): Promise<ParticipantDoc | null> {
  const _ = db.command;
  // the server's clock: a standings read computed just before this write must see it as newer
  const update: Record<string, unknown> = { syncedAt: now, updatedAt: db.serverDate() };
  for (const [day, steps] of Object.entries(days)) update[`days.${day}`] = _.max(steps);
  const res = (await db
    .collection(COLLECTIONS.stepParticipants)
    .where({ _id: participantId(campaignId, staffNo) })
    .updateAndReturn(update)) as { updated?: number; doc?: unknown };
  return res.doc ? participantDoc.parse(res.doc) : null;
}

/** Every participant of a campaign (optionally of some branches), 1,000 per request. */
export async function listParticipants(
  db: Db,
  campaignId: string,
  branchIds?: string[],
): Promise<ParticipantDoc[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { campaignId };
  if (branchIds) where.branchId = _.in(branchIds);
  return readAll(db.collection(COLLECTIONS.stepParticipants).where(where), participantDoc);
}

/** Which of these campaigns this walker has joined. */
export async function joinedCampaigns(
  db: Db,
  staffNo: string,
  campaignIds: string[],
): Promise<Set<string>> {
  if (campaignIds.length === 0) return new Set();
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.stepParticipants)
    .where({ _id: _.in(campaignIds.map((c) => participantId(c, staffNo))) })
    .field({ campaignId: true })
    .limit(1000)
    .get();
  return new Set((res.data as { campaignId: string }[]).map((d) => d.campaignId));
}

/** How many walkers changed since an instant (a sync or a sign-up): are the standings stale? */
export async function changedSince(db: Db, campaignId: string, since: Date): Promise<number> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.stepParticipants)
    .where({ campaignId, updatedAt: _.gt(since) })
    .count();
  return res.total ?? 0;
}
