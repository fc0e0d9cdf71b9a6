// Reads of the roster for check-ups: the active staff (optionally of one branch) and branches.
import type { StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';
import { listBranches, staffWhere } from '../_kit/roster-repo';

export { listBranches };

export async function activeStaff(db: Db, branchId?: string): Promise<StaffDoc[]> {
  const where: Record<string, unknown> = { active: true };
  if (branchId) where.branchId = branchId;
  return staffWhere(db, where);
}
