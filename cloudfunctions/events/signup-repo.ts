// Reads and writes of sign-ups (event_signups, `_id` = `<eventId>:<staffNo>`) and team entries.
import { COLLECTIONS } from '../../database/collections';
import type { SignupStatus } from '../../domain/events/contract';
import { signupDoc, teamDoc, type SignupDoc, type TeamDoc } from '../../domain/events/model';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { firstOf, getById, readAll } from '../_kit/read';

const signups = (db: Db) => db.collection(COLLECTIONS.eventSignups);

export async function getSignup(db: Db, id: string): Promise<SignupDoc | null> {
  return getById(db, COLLECTIONS.eventSignups, id, signupDoc);
}

/** Writes a new sign-up; 'exists' when this id was written before (a retry, or a second tap). */
export async function addSignup(db: Db, doc: SignupDoc): Promise<'created' | 'exists'> {
  try {
    await signups(db).add(doc);
    return 'created';
  } catch (e) {
    if (isDuplicate(e)) return 'exists';
    throw e;
  }
}

/** Moves a sign-up on iff it is still in one of `from`: each transition happens exactly once. */
export async function moveSignup(
  db: Db,
  id: string,
  from: SignupStatus[],
  patch: Record<string, unknown>,
): Promise<boolean> {
  const _ = db.command;
  const res = await signups(db)
    .where({ _id: id, status: from.length === 1 ? from[0] : _.in(from) })
    .update(patch);
  return ((res as { updated?: number }).updated ?? 0) === 1;
}

/** Stamps the check-in iff the sign-up is confirmed and not checked in yet. */
export async function stampCheckin(db: Db, id: string, now: Date, by: string): Promise<boolean> {
  const _ = db.command;
  const res = await signups(db)
    .where({ _id: id, status: 'confirmed', checkedInAt: _.exists(false) })
    .update({ checkedInAt: now, checkedInBy: by, updatedAt: now });
  return ((res as { updated?: number }).updated ?? 0) === 1;
}

/** Every sign-up of an event (optionally in some statuses), paged past the 1,000 limit. */
export async function listSignups(
  db: Db,
  eventId: string,
  statuses?: SignupStatus[],
): Promise<SignupDoc[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { eventId };
  if (statuses) where.status = statuses.length === 1 ? statuses[0] : _.in(statuses);
  return readAll(signups(db).where(where), signupDoc);
}

/** The first waitlisted sign-ups in arrival order. */
export async function firstWaitlisted(
  db: Db,
  eventId: string,
  limit: number,
): Promise<SignupDoc[]> {
  const res = await signups(db)
    .where({ eventId, status: 'waitlisted' })
    .orderBy('waitSeq', 'asc')
    .limit(limit)
    .get();
  return (res.data as unknown[]).map((d) => signupDoc.parse(d));
}

/** How many are waiting ahead of an arrival number. */
export async function countWaitingBefore(
  db: Db,
  eventId: string,
  waitSeq: number,
): Promise<number> {
  const _ = db.command;
  const res = await signups(db)
    .where({ eventId, status: 'waitlisted', waitSeq: _.lt(waitSeq) })
    .count();
  return (res as { total: number }).total;
}

export async function findByShortNo(
  db: Db,
  eventId: string,
  shortNo: number,
): Promise<SignupDoc | null> {
  const res = await signups(db).where({ eventId, shortNo }).limit(1).get();
  const doc = firstOf(res);
  return doc ? signupDoc.parse(doc) : null;
}

/** The caller's sign-ups (for "mine" and for marking list items), newest events first. */
export async function signupsOf(
  db: Db,
  staffNo: string,
  eventIds?: string[],
): Promise<SignupDoc[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { staffNo };
  if (eventIds) where.eventId = _.in(eventIds.slice(0, 1000));
  const res = await signups(db).where(where).limit(1000).get();
  return (res.data as unknown[]).map((d) => signupDoc.parse(d));
}

/** Writes (or rewrites) a sign-up wholesale: for team rosters, whose seat is the team's. */
export async function putSignup(db: Db, doc: SignupDoc): Promise<void> {
  const { _id, ...rest } = doc;
  await signups(db).doc(_id).set(rest);
}

const teams = (db: Db) => db.collection(COLLECTIONS.eventTeams);

export async function getTeam(db: Db, id: string): Promise<TeamDoc | null> {
  return getById(db, COLLECTIONS.eventTeams, id, teamDoc);
}

export async function addTeam(db: Db, doc: TeamDoc): Promise<'created' | 'exists'> {
  try {
    await teams(db).add(doc);
    return 'created';
  } catch (e) {
    if (isDuplicate(e)) return 'exists';
    throw e;
  }
}
