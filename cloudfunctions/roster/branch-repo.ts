// Writes of branches (分工会), and how many active people each has (reads: the kit's roster-repo).
import { COLLECTIONS } from '../../database/collections';
import type { BranchDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';

export async function saveBranch(db: Db, branch: BranchDoc): Promise<void> {
  const { _id, ...fields } = branch;
  await db.collection(COLLECTIONS.branches).doc(_id).set(fields);
}

/** Active people per branch id (one aggregate request). */
export async function peopleByBranch(db: Db): Promise<Map<string, number>> {
  const _ = db.command;
  const $ = _.aggregate;
  const res = await db
    .collection(COLLECTIONS.staff)
    .aggregate()
    .match({ active: true })
    .group({ _id: '$branchId', people: $.sum(1) })
    .end();
  const out = new Map<string, number>();
  for (const row of (res.data ?? []) as { _id: string; people: number }[])
    out.set(row._id, row.people);
  return out;
}
