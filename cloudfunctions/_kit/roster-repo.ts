// Reads of one roster entry or one branch by id, shared by the functions that need them, and
// the one grant write features make (a contest's judges).
import { COLLECTIONS } from '../../database/collections';
import { branchDoc, staffDoc, type BranchDoc, type StaffDoc } from '../../domain/roster/staff';
import { roleGrant, type RoleGrant } from '../../domain/account/roles';
import type { Db } from './db';
import { runTransaction } from './transaction';

/** The staff record of this 工号 (active or not), or null. One request. */
export async function getStaff(db: Db, staffNo: string): Promise<StaffDoc | null> {
  const res = await db.collection(COLLECTIONS.staff).doc(staffNo).get();
  const doc = (res.data as unknown[])[0];
  return doc ? staffDoc.parse(doc) : null;
}

/** The branch (分工会) of this id, or null. One request. */
export async function getBranch(db: Db, branchId: string): Promise<BranchDoc | null> {
  const res = await db.collection(COLLECTIONS.branches).doc(branchId).get();
  const doc = (res.data as unknown[])[0];
  return doc ? branchDoc.parse(doc) : null;
}

/** Every staff record matching `where`, in 工号 order, paged by 1000 (CloudBase's cap per read). */
export async function staffWhere(db: Db, where: Record<string, unknown>): Promise<StaffDoc[]> {
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

/** All branches (分工会) in their display order. One request. */
export async function listBranches(db: Db): Promise<BranchDoc[]> {
  const res = await db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1000).get();
  return (res.data as unknown[]).map((d) => branchDoc.parse(d));
}

/**
 * Adds one role grant to a person (once), in a transaction like the roster's own grant changes,
 * so two writers never lose each other's change. False when the 工号 is not on the roster.
 */
export async function addGrant(db: Db, staffNo: string, grant: RoleGrant): Promise<boolean> {
  return runTransaction(db, async (tx) => {
    const res = await tx.collection(COLLECTIONS.staff).doc(staffNo).get();
    if (!res.data) return false;
    const staff = staffDoc.parse(res.data);
    const same = (g: RoleGrant) =>
      (Object.keys(roleGrant.shape) as (keyof RoleGrant)[]).every((k) => g[k] === grant[k]);
    if (staff.roles.some(same)) return true;
    await tx
      .collection(COLLECTIONS.staff)
      .doc(staffNo)
      .update({ roles: [...staff.roles, grant] });
    return true;
  });
}
