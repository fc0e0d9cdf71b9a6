// Reads and writes of event documents. Seats change only here, by conditional atomic updates
// that name the holder: a taken seat is never anonymous, so a crash can always be repaired.
import { COLLECTIONS } from '../../database/collections';
import { eventDoc, type EventDoc } from '../../domain/events/model';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

const events = (db: Db) => db.collection(COLLECTIONS.events);

export async function getEvent(db: Db, eventId: string): Promise<EventDoc | null> {
  return getById(db, COLLECTIONS.events, eventId, eventDoc);
}

export async function getEvents(db: Db, ids: string[]): Promise<EventDoc[]> {
  if (!ids.length) return [];
  const _ = db.command;
  const res = await events(db)
    .where({ _id: _.in(ids.slice(0, 1000)) })
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => eventDoc.parse(d));
}

export async function insertEvent(
  db: Db,
  doc: Record<string, unknown> & { _id: string },
): Promise<void> {
  await events(db).add(doc);
}

/** Published (and, for managers, draft) events ending after `after`, soonest first. */
export async function listEvents(
  db: Db,
  filter: Record<string, unknown>,
  limit = 200,
): Promise<EventDoc[]> {
  const res = await events(db).where(filter).orderBy('startAt', 'asc').limit(limit).get();
  return (res.data as unknown[]).map((d) => eventDoc.parse(d));
}

/** A conditional update on one event: applied iff the event still matches `where`. */
export async function patchEventIf(
  db: Db,
  where: Record<string, unknown>,
  patch: Record<string, unknown>,
): Promise<number> {
  const res = await events(db).where(where).update(patch);
  return (res as { updated?: number }).updated ?? 0;
}

export type SeatResult = { ok: true; ticket: number } | { ok: false };

/**
 * Takes one seat for `holdKey` — iff a seat is free, the holder has none yet, and (when the event
 * has a quota for the branch) the branch has one left — and hands out the next short number in
 * the same atomic update. One database request.
 */
export async function takeSeat(
  db: Db,
  eventId: string,
  holdKey: string,
  quotaKey: string | null,
  now: Date,
): Promise<SeatResult> {
  const _ = db.command;
  const where: Record<string, unknown> = {
    _id: eventId,
    seatsLeft: _.gt(0),
    [`holds.${holdKey}`]: _.exists(false),
  };
  const patch: Record<string, unknown> = {
    seatsLeft: _.inc(-1),
    ticketSeq: _.inc(1),
    [`holds.${holdKey}`]: now,
  };
  if (quotaKey) {
    where[quotaKey] = _.gt(0);
    patch[quotaKey] = _.inc(-1);
  }
  const res = (await events(db).where(where).updateAndReturn(patch)) as {
    updated?: number;
    doc?: { ticketSeq?: number };
  };
  if (res.updated !== 1) return { ok: false };
  return { ok: true, ticket: Number(res.doc?.ticketSeq) };
}

/** Gives a held seat back (iff it is still held): seats and branch quota go up by one. */
export async function releaseSeat(
  db: Db,
  eventId: string,
  holdKey: string,
  quotaKey: string | null,
): Promise<boolean> {
  const _ = db.command;
  const patch: Record<string, unknown> = { seatsLeft: _.inc(1), [`holds.${holdKey}`]: _.remove() };
  if (quotaKey) patch[quotaKey] = _.inc(1);
  const res = await events(db)
    .where({ _id: eventId, [`holds.${holdKey}`]: _.exists(true) })
    .update(patch);
  return ((res as { updated?: number }).updated ?? 0) === 1;
}

/** The next waitlist arrival number (server-assigned, strictly increasing) and the seats left then. */
export async function nextWaitSeq(
  db: Db,
  eventId: string,
): Promise<{ waitSeq: number; seatsLeft: number }> {
  const _ = db.command;
  const res = (await events(db)
    .where({ _id: eventId })
    .updateAndReturn({ waitSeq: _.inc(1) })) as {
    doc?: { waitSeq?: number; seatsLeft?: number };
  };
  return { waitSeq: Number(res.doc?.waitSeq), seatsLeft: Number(res.doc?.seatsLeft ?? 0) };
}

/** `n` fresh short numbers (for a crash repair or a team): the last of them is returned. */
export async function nextTickets(db: Db, eventId: string, n: number): Promise<number> {
  const _ = db.command;
  const res = (await events(db)
    .where({ _id: eventId })
    .updateAndReturn({ ticketSeq: _.inc(n) })) as { doc?: { ticketSeq?: number } };
  return Number(res.doc?.ticketSeq);
}
