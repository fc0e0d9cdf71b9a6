// Binding an openid to a staff record (one each way), and the failure ledger that rate-limits it.
import { COLLECTIONS } from '../../database/collections';
import { runTransaction, type Db } from '../_kit';

export type BindOutcome = 'bound' | 'taken' | 'openid_in_use' | 'missing';

/**
 * Binds in one transaction: the binding document's _id is the openid (so an openid binds once)
 * and the staff record takes the openid only if it has none (so a staff member binds once).
 */
export async function bindOpenid(
  db: Db,
  openid: string,
  staffNo: string,
  now: Date,
): Promise<BindOutcome> {
  return runTransaction(db, async (tx): Promise<BindOutcome> => {
    const staffRes = await tx.collection(COLLECTIONS.staff).doc(staffNo).get();
    const staff = staffRes.data as { openid?: string } | null;
    if (!staff) return 'missing';
    if (staff.openid && staff.openid !== openid) return 'taken';
    const bindingRes = await tx.collection(COLLECTIONS.bindings).doc(openid).get();
    const binding = bindingRes.data as { staffNo?: string } | null;
    if (binding && binding.staffNo !== staffNo) return 'openid_in_use';
    if (!binding) {
      await tx.collection(COLLECTIONS.bindings).add({ _id: openid, staffNo, boundAt: now });
    }
    await tx.collection(COLLECTIONS.staff).doc(staffNo).update({ openid });
    return 'bound';
  });
}
