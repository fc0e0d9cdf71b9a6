// Facts from other features that eligibility needs: club membership (clubs) and a mixer
// declaration (clubs' mixer), each one read by deterministic id — only for events that ask.
import { COLLECTIONS } from '../../database/collections';
import { staffDoc, type StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';

export async function isClubMember(db: Db, clubId: string, staffNo: string): Promise<boolean> {
  const res = await db.collection(COLLECTIONS.clubMembers).doc(`${clubId}:${staffNo}`).get();
  const doc = (res.data as { status?: string }[])[0];
  return doc?.status === 'member';
}

export async function hasMixerDeclaration(
  db: Db,
  eventId: string,
  staffNo: string,
): Promise<boolean> {
  const res = await db.collection(COLLECTIONS.mixerDeclarations).doc(`${eventId}:${staffNo}`).get();
  return (res.data as unknown[]).length > 0;
}

export async function getStaffMany(db: Db, staffNos: string[]): Promise<StaffDoc[]> {
  if (!staffNos.length) return [];
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.staff)
    .where({ _id: _.in(staffNos) })
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => staffDoc.parse(d));
}

export async function branchNames(db: Db): Promise<Map<string, string>> {
  const res = await db.collection(COLLECTIONS.branches).limit(1000).get();
  return new Map((res.data as { _id: string; name: string }[]).map((b) => [b._id, b.name]));
}
