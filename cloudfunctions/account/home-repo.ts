// The reads behind 首页 "我的近期": small projections of my sign-ups, events, gift batches,
// walkathon day, unread count and co-signature invitations — one request each, run side by side.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { eligibilityInput } from '../../domain/welfare/contract';
import { parseLedger } from '../../domain/welfare/rules';
import type { Db } from '../_kit';

const when = z.coerce.date();
const rows = (res: { data: unknown }) => (Array.isArray(res.data) ? (res.data as unknown[]) : []);
function parseAll<T>(schema: z.ZodType<T>, list: unknown[]): T[] {
  return list.flatMap((d) => {
    const p = schema.safeParse(d);
    return p.success ? [p.data] : [];
  });
}

const signupRow = z.object({ eventId: z.string(), status: z.string() });

/** My latest sign-ups that are still alive (not cancelled or rejected). */
export async function mySignups(db: Db, staffNo: string) {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.eventSignups)
    .where({ staffNo, status: _.in(['confirmed', 'pending', 'waitlisted']) })
    .field({ eventId: true, status: true })
    .orderBy('createdAt', 'desc')
    .limit(50)
    .get();
  return parseAll(signupRow, rows(res));
}

const eventRow = z.object({
  _id: z.string(),
  title: z.string(),
  location: z.string().default(''),
  startAt: when,
  endAt: when,
  status: z.string(),
});

/** Of these events, the published ones not ended yet, soonest first. */
export async function liveEvents(db: Db, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.events)
    .where({ _id: _.in(ids), status: 'published', endAt: _.gt(now) })
    .field({ title: true, location: true, startAt: true, endAt: true, status: true })
    .orderBy('startAt', 'asc')
    .limit(5)
    .get();
  return parseAll(eventRow, rows(res));
}

const batchRow = z.object({
  _id: z.string(),
  name: z.string(),
  claimOpenAt: when,
  claimCloseAt: when,
  status: z.string(),
  options: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  eligibility: eligibilityInput,
  ledger: z.record(z.string(), z.string()).default({}),
});
export type BatchRow = z.infer<typeof batchRow> & {
  mine: { optionId: string; handedAt: Date | null } | null;
};

/** Open batches (claim window not closed) with only my ledger line. */
export async function openBatches(db: Db, staffNo: string, now: Date): Promise<BatchRow[]> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.welfareBatches)
    .where({ status: 'open', claimCloseAt: _.gt(now) })
    .field({
      name: true,
      claimOpenAt: true,
      claimCloseAt: true,
      status: true,
      options: true,
      eligibility: true,
      [`ledger.${staffNo}`]: true,
    })
    .orderBy('claimCloseAt', 'asc')
    .limit(10)
    .get();
  return parseAll(batchRow, rows(res)).map((b) => {
    const line = Object.hasOwn(b.ledger, staffNo) ? parseLedger(b.ledger[staffNo]) : null;
    return {
      ...b,
      mine: line ? { optionId: line.o, handedAt: line.h ? new Date(line.h) : null } : null,
    };
  });
}

const walkRow = z.object({
  campaignId: z.string(),
  days: z.record(z.string(), z.number()).default({}),
});
const campaignRow = z.object({
  _id: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  dailyTarget: z.number().int(),
});

/** The walkathon running today that I joined, with today's steps only; null if none. */
export async function myWalkToday(db: Db, staffNo: string, today: string) {
  const _ = db.command;
  const campaigns = parseAll(
    campaignRow,
    rows(
      await db
        .collection(COLLECTIONS.stepCampaigns)
        .where({ startDate: _.lte(today), endDate: _.gte(today) })
        .field({ name: true, startDate: true, endDate: true, dailyTarget: true })
        .limit(10)
        .get(),
    ),
  );
  if (campaigns.length === 0) return null;
  const res = await db
    .collection(COLLECTIONS.stepParticipants)
    .where({ staffNo, campaignId: _.in(campaigns.map((c) => c._id)) })
    .field({ campaignId: true, [`days.${today}`]: true })
    .limit(10)
    .get();
  const walk = parseAll(walkRow, rows(res))[0];
  if (!walk) return null;
  const campaign = campaigns.find((c) => c._id === walk.campaignId);
  return campaign ? { campaign, days: walk.days } : null;
}

export async function countUnread(db: Db, staffNo: string): Promise<number> {
  const res = await db.collection(COLLECTIONS.notifyInbox).where({ staffNo, read: false }).count();
  return Number((res as { total?: number }).total ?? 0);
}

const inviteRow = z.object({ _id: z.string(), title: z.string(), createdAt: when });

/** Proposals that invited me to co-sign and still can be co-signed, oldest first. */
export async function cosignInvites(db: Db, staffNo: string) {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.proposals)
    .where({ inviteNos: staffNo, status: _.in(['draft', 'awaiting_cosign', 'filed']) })
    .field({ title: true, createdAt: true })
    .orderBy('createdAt', 'asc')
    .limit(20)
    .get();
  return parseAll(inviteRow, rows(res));
}
