// Facts from other features that eligibility needs: club membership (clubs) and a mixer
// declaration (clubs' mixer), each one read by deterministic id — only for events that ask.
import { COLLECTIONS } from '../../database/collections';
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
