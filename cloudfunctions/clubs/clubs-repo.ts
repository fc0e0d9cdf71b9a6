// Clubs and memberships in the database: the only module (with posts-repo and mixer-repo) that
// touches these collections. Seats change only by conditional atomic updates of memberCount.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { JOIN_POLICIES, MEMBER_STATUSES, type MemberStatus } from '../../domain/clubs/contract';
import { memberId, REJOINABLE } from '../../domain/clubs/rules';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

const date = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const clubDoc = z.object({
  _id: z.string(),
  name: z.string(),
  intro: z.string().default(''),
  joinPolicy: z.enum(JOIN_POLICIES).default('open'),
  memberCap: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? undefined),
  memberCount: z.number().int().default(0),
  leaders: z.array(z.string()).default([]),
  active: z.boolean().default(true),
  order: z.number().default(0),
  /** the cover picture's file id and who put it there (the club's own upload record) */
  coverFileId: z.string().optional(),
  coverBy: z.string().optional(),
});
export type ClubDoc = z.infer<typeof clubDoc>;

export const memberDoc = z.object({
  _id: z.string(),
  clubId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  status: z.enum(MEMBER_STATUSES),
  requestedAt: date.optional(),
  joinedAt: date.optional(),
  reason: z.string().optional(),
});
export type MemberDoc = z.infer<typeof memberDoc>;

const clubs = (db: Db) => db.collection(COLLECTIONS.clubs);
const members = (db: Db) => db.collection(COLLECTIONS.clubMembers);

export async function getClub(db: Db, clubId: string): Promise<ClubDoc | null> {
  return getById(db, COLLECTIONS.clubs, clubId, clubDoc);
}

/** A conditional update on one club: applied iff it still matches `where`; answers how many. */
export async function patchClubIf(
  db: Db,
  where: Record<string, unknown>,
  patch: Record<string, unknown>,
): Promise<number> {
  const res = await clubs(db).where(where).update(patch);
  return (res as { updated?: number }).updated ?? 0;
}

export async function listClubs(db: Db): Promise<ClubDoc[]> {
  const res = await clubs(db).where({ active: true }).orderBy('order', 'asc').limit(1000).get();
  return (res.data as unknown[]).map((d) => clubDoc.parse(d));
}

export async function addClub(
  db: Db,
  club: Omit<ClubDoc, 'memberCount'> & { createdAt: Date; createdBy: string },
): Promise<void> {
  const { memberCap, ...rest } = club;
  await clubs(db).add({
    ...rest,
    ...(memberCap === undefined ? {} : { memberCap }),
    memberCount: 0,
  });
}

export async function addLeader(db: Db, clubId: string, staffNo: string): Promise<void> {
  await clubs(db)
    .doc(clubId)
    .update({ leaders: db.command.addToSet(staffNo) });
}

/** Takes one seat iff there is room: a single conditional update, true on success. */
export async function takeSeat(db: Db, club: ClubDoc): Promise<boolean> {
  const _ = db.command;
  const where =
    club.memberCap === undefined
      ? { _id: club._id }
      : { _id: club._id, memberCount: _.lt(club.memberCap) };
  const res = await clubs(db)
    .where(where)
    .update({ memberCount: _.inc(1) });
  return res.updated === 1;
}

/** Counts a leader in, past any cap (leaders are appointed, not admitted). */
export async function countIn(db: Db, clubId: string): Promise<void> {
  await clubs(db)
    .doc(clubId)
    .update({ memberCount: db.command.inc(1) });
}

export async function giveSeatBack(db: Db, clubId: string): Promise<void> {
  const _ = db.command;
  await clubs(db)
    .where({ _id: clubId, memberCount: _.gt(0) })
    .update({ memberCount: _.inc(-1) });
}

export async function getMembership(
  db: Db,
  clubId: string,
  staffNo: string,
): Promise<MemberDoc | null> {
  return getById(db, COLLECTIONS.clubMembers, memberId(clubId, staffNo), memberDoc);
}

export async function myMemberships(db: Db, staffNo: string): Promise<MemberDoc[]> {
  const res = await members(db).where({ staffNo }).limit(1000).get();
  return (res.data as unknown[]).map((d) => memberDoc.parse(d));
}

export async function membersOf(
  db: Db,
  clubId: string,
  status: MemberStatus,
): Promise<MemberDoc[]> {
  const res = await members(db)
    .where({ clubId, status })
    .orderBy('joinedAt', 'asc')
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => memberDoc.parse(d));
}

export async function membershipsByIds(db: Db, ids: string[]): Promise<MemberDoc[]> {
  if (ids.length === 0) return [];
  const res = await members(db)
    .where({ _id: db.command.in(ids) })
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => memberDoc.parse(d));
}

export type Entry = {
  clubId: string;
  staffNo: string;
  name: string;
  status: 'member' | 'pending';
  at: Date;
};

/**
 * Creates the membership doc, or moves a declined/removed/left one back in. The deterministic _id
 * makes a retried or doubled call find its own write: 'exists' then carries the current doc.
 */
export async function enter(
  db: Db,
  e: Entry,
): Promise<{ ok: true } | { ok: false; existing: MemberDoc | null }> {
  const fields = {
    clubId: e.clubId,
    staffNo: e.staffNo,
    name: e.name,
    status: e.status,
    requestedAt: e.at,
    ...(e.status === 'member' ? { joinedAt: e.at } : {}),
  };
  const _id = memberId(e.clubId, e.staffNo);
  try {
    await members(db).add({ _id, ...fields });
    return { ok: true };
  } catch {
    // the _id exists: start over from a finished state, or report what is there
    const _ = db.command;
    const res = await members(db)
      .where({ _id, status: _.in([...REJOINABLE]) })
      .update(fields);
    if (res.updated === 1) return { ok: true };
    return { ok: false, existing: await getMembership(db, e.clubId, e.staffNo) };
  }
}

/** Moves a membership from one status to another iff it is in `from`: true when it moved. */
export async function moveStatus(
  db: Db,
  clubId: string,
  staffNo: string,
  from: MemberStatus,
  to: MemberStatus,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  const res = await members(db)
    .where({ _id: memberId(clubId, staffNo), status: from })
    .update({ status: to, ...extra });
  return res.updated === 1;
}
