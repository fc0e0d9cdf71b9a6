// Reads of the roster for welfare: the eligible people of a batch and the branch names.
import type { EligibilityInput } from '../../domain/welfare/contract';
import type { StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';
import { getBranch, listBranches, staffWhere } from '../_kit/roster-repo';

export { listBranches };

/** Active staff a batch's eligibility admits, optionally within some branches (paged by 1000). */
export async function eligibleStaff(
  db: Db,
  rule: EligibilityInput,
  onlyBranches?: string[],
): Promise<StaffDoc[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { active: true };
  if (rule.membersOnly) where.member = true;
  if (!rule.includeRetired) where.status = '在职';
  let branches = rule.branchIds?.length ? rule.branchIds : undefined;
  if (onlyBranches)
    branches = branches ? branches.filter((b) => onlyBranches.includes(b)) : onlyBranches;
  if (branches) where.branchId = _.in(branches);
  if (rule.staffNos?.length) where.staffNo = _.in(rule.staffNos);
  return staffWhere(db, where);
}

export async function getBranchName(db: Db, branchId: string): Promise<string> {
  return (await getBranch(db, branchId))?.name ?? '分工会';
}
