// Reads care needs from outside its own cases: branch names, the member count (for the share) and
// visits (慰问), which care owns.
import { COLLECTIONS } from '../../database/collections';
import { visitDoc, type VisitDoc } from '../../domain/care/model';
import type { Db } from '../_kit';
import { readAll } from '../_kit/read';

/** Active members: the base of the hardship share. */
export async function memberCount(db: Db): Promise<number> {
  const res = await db.collection(COLLECTIONS.staff).where({ member: true, active: true }).count();
  return res.total ?? 0;
}

export async function insertVisit(db: Db, v: VisitDoc): Promise<void> {
  await db.collection(COLLECTIONS.careVisits).add(v);
}

export async function visitsOf(db: Db, year: number, branchIds?: string[]): Promise<VisitDoc[]> {
  const _ = db.command;
  const where = branchIds ? { year, branchId: _.in(branchIds) } : { year };
  return readAll(db.collection(COLLECTIONS.careVisits).where(where), visitDoc, {
    orderBy: 'on',
    direction: 'desc',
    max: 20000,
  });
}
