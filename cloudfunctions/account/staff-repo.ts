// Reads and writes of staff records and branches, for binding and "who am I".
import { COLLECTIONS } from '../../database/collections';
import { branchDoc, staffDoc, type BranchDoc, type StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';

export async function getStaff(db: Db, staffNo: string): Promise<StaffDoc | null> {
  const res = await db.collection(COLLECTIONS.staff).doc(staffNo).get();
  const doc = (res.data as unknown[])[0];
  return doc ? staffDoc.parse(doc) : null;
}

export async function getBranch(db: Db, branchId: string): Promise<BranchDoc | null> {
  const res = await db.collection(COLLECTIONS.branches).doc(branchId).get();
  const doc = (res.data as unknown[])[0];
  return doc ? branchDoc.parse(doc) : null;
}
