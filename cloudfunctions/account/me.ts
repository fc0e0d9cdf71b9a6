// "Who am I": the caller's roster entry, branch and roles, with the phone masked.
import type { Me } from '../../domain/account/contract';
import { roleNames } from '../../domain/account/roles';
import { maskPhone, type StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';
import { getBranch } from '../_kit/roster-repo';

export async function describe(db: Db, staff: StaffDoc | null): Promise<Me> {
  if (!staff) return { bound: false };
  const branch = await getBranch(db, staff.branchId);
  return {
    bound: true,
    staffNo: staff.staffNo,
    name: staff.name,
    gender: staff.gender,
    branch: branch?.name ?? '未分配',
    branchId: staff.branchId,
    member: staff.member,
    status: staff.status,
    phoneMasked: maskPhone(staff.phone),
    roles: roleNames(staff.roles),
    grants: staff.roles,
  };
}
