// The roster as every feature reads it — staff records and branches by id, many at once, or all
// matching a filter — and the one place a person's role grants change.
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import { VisibleError } from '../../domain/errors';
import { sameGrant } from '../../domain/roster/rules';
import { branchDoc, staffDoc, type BranchDoc, type StaffDoc } from '../../domain/roster/staff';
import type { Db } from './db';
import { byIds, getById, readAll } from './read';
import { runTransaction } from './transaction';

/** The staff record of this 工号 (active or not), or null. One request. */
export async function getStaff(db: Db, staffNo: string): Promise<StaffDoc | null> {
  return getById(db, COLLECTIONS.staff, staffNo, staffDoc);
}

/** The records of these 工号 (unknown ones left out), by 工号. One request per 500. */
export async function getStaffMany(
  db: Db,
  staffNos: readonly string[],
): Promise<Map<string, StaffDoc>> {
  return byIds(db, COLLECTIONS.staff, staffNos, staffDoc);
}

/** The branch (分工会) of this id, or null. One request. */
export async function getBranch(db: Db, branchId: string): Promise<BranchDoc | null> {
  return getById(db, COLLECTIONS.branches, branchId, branchDoc);
}

/** Every staff record matching `where`, in 工号 order, paged by 1000 (CloudBase's cap per read). */
export async function staffWhere(db: Db, where: Record<string, unknown>): Promise<StaffDoc[]> {
  return readAll(db.collection(COLLECTIONS.staff).where(where), staffDoc);
}

/** The active staff, of one branch when given. */
export async function activeStaff(db: Db, branchId?: string): Promise<StaffDoc[]> {
  return staffWhere(db, branchId ? { active: true, branchId } : { active: true });
}

/** All branches (分工会) in their display order. One request. */
export async function listBranches(db: Db): Promise<BranchDoc[]> {
  const all = await readAll(db.collection(COLLECTIONS.branches), branchDoc);
  return all.sort((a, b) => a.order - b.order || a._id.localeCompare(b._id));
}

/** Branch id → name, for lists and exports. One request. */
export async function branchNames(db: Db): Promise<Map<string, string>> {
  return new Map((await listBranches(db)).map((b) => [b._id, b.name]));
}

/**
 * Changes one person's grants in a transaction (read, decide, write), so two people granting at
 * once (two admins, a roster edit and a contest's judges) never lose each other's change. Every
 * grant in the product is written here. Throws roster.not_found for an unknown 工号.
 */
export async function changeGrants(
  db: Db,
  staffNo: string,
  change: (grants: RoleGrant[], staff: StaffDoc) => RoleGrant[],
): Promise<RoleGrant[]> {
  return runTransaction(db, async (tx) => {
    const res = await tx.collection(COLLECTIONS.staff).doc(staffNo).get();
    if (!res.data) throw new VisibleError('roster.not_found', '名册里没有这个工号，请核对后再试。');
    const staff = staffDoc.parse(res.data);
    const current = staff.roles;
    const next = change(current, staff);
    const same = next.length === current.length && next.every((g, i) => sameGrant(g, current[i]));
    if (!same) await tx.collection(COLLECTIONS.staff).doc(staffNo).update({ roles: next });
    return next;
  });
}

/** Adds one grant unless the person already holds exactly it. */
export async function grantRole(db: Db, staffNo: string, grant: RoleGrant): Promise<RoleGrant[]> {
  return changeGrants(db, staffNo, (current) =>
    current.some((g) => sameGrant(g, grant)) ? current : [...current, grant],
  );
}

/** Removes exactly this grant, if held. */
export async function revokeRole(db: Db, staffNo: string, grant: RoleGrant): Promise<RoleGrant[]> {
  return changeGrants(db, staffNo, (current) => current.filter((g) => !sameGrant(g, grant)));
}
