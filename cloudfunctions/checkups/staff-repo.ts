// Reads of the roster for check-ups: the active staff (optionally of one branch) and branches.
import { COLLECTIONS } from '../../database/collections';
import { branchDoc, staffDoc, type BranchDoc, type StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';

export async function activeStaff(db: Db, branchId?: string): Promise<StaffDoc[]> {
  const where: Record<string, unknown> = { active: true };
  if (branchId) where.branchId = branchId;
  const out: StaffDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const res = await db
      .collection(COLLECTIONS.staff)
      .where(where)
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(1000)
      .get();
    const page = (res.data as unknown[]).map((d) => staffDoc.parse(d));
    out.push(...page);
    if (page.length < 1000) return out;
  }
}

export async function listBranches(db: Db): Promise<BranchDoc[]> {
  const res = await db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1000).get();
  return (res.data as unknown[]).map((d) => branchDoc.parse(d));
}
