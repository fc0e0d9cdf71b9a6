// Reads of one roster entry or one branch by id, shared by the functions that need them.
import { COLLECTIONS } from '../../database/collections';
import { branchDoc, staffDoc, type BranchDoc, type StaffDoc } from '../../domain/roster/staff';
import type { Db } from './db';

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
