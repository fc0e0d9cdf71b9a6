// Reads care needs from outside its own cases: branch names, the member count (for the share) and
// visits (慰问), which care owns.
import { COLLECTIONS } from '../../database/collections';
import { visitDoc, type VisitDoc } from '../../domain/care/model';
import type { Db } from '../_kit';

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
  const out: VisitDoc[] = [];
  const where = branchIds ? { year, branchId: _.in(branchIds) } : { year };
  for (let skip = 0; skip < 20000; skip += 1000) {
    const res = await db
      .collection(COLLECTIONS.careVisits)
      .where(where)
      .orderBy('on', 'desc')
      .skip(skip)
      .limit(1000)
      .get();
    const page = res.data as unknown[];
    out.push(...page.map((r) => visitDoc.parse(r)));
    if (page.length < 1000) break;
  }
  return out;
}
