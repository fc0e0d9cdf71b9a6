// Closing a batch: everyone eligible who never chose gets the default gift, once. Run by the
// timer for batches past their close time, or by an admin ("close now"). Idempotent: the ledger
// line exists at most once per person (the update is conditional on it missing), so a second run
// gives nobody a second gift. If the default gift runs out, the others are given in order of most
// left (rules.defaultOrder) so nobody goes without while any gift is left; people left without
// one when everything is gone are counted as noStock and show up in "未选择" for the admins.
// Also repairs claim copies from the ledger (a function that died between its two writes).
import { VisibleError } from '../../domain/errors';
import { defaultOrder, pointFor } from '../../domain/welfare/rules';
import type { Db, Logger } from '../_kit';
import { getFullBatch, listDueForClose, takeFirst, updateBatchFields } from './batch-repo';
import { addClaims, claimIdOf, listClaims, syncClaim } from './claim-repo';
import { eligibleStaff } from './staff-repo';

export interface CloseResult {
  batchId: string;
  defaulted: number;
  noStock: number;
  repaired: number;
}

export async function closeBatch(db: Db, batchId: string, now: Date): Promise<CloseResult> {
  let batch = await getFullBatch(db, batchId);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
  // nobody may choose from now on: the close time moves to now if it was later
  if (batch.claimCloseAt > now) await updateBatchFields(db, batchId, { claimCloseAt: now });

  const people = await eligibleStaff(db, batch.eligibility);
  let defaulted = 0;
  let noStock = 0;
  const stock = { ...batch.stock };
  for (const person of people) {
    if (batch.ledger[person.staffNo]) continue;
    let given = false;
    for (const optionId of defaultOrder(batch.defaultOptionId, stock)) {
      if ((stock[optionId] ?? 0) <= 0) continue;
      if (await takeFirst(db, batchId, person.staffNo, optionId, true)) {
        stock[optionId] -= 1;
        given = true;
        defaulted += 1;
        break;
      }
      stock[optionId] = 0;
    }
    if (!given && batch.defaultOptionId) noStock += 1;
  }

  // bring every claim copy up to the ledger
  batch = (await getFullBatch(db, batchId)) ?? batch;
  const byStaff = new Map(people.map((p) => [p.staffNo, p]));
  const copies = new Map((await listClaims(db, batchId)).map((c) => [c.staffNo, c]));
  const missing: (Record<string, unknown> & { _id: string })[] = [];
  let repaired = 0;
  for (const [staffNo, entry] of Object.entries(batch.ledger)) {
    const copy = copies.get(staffNo);
    const person = byStaff.get(staffNo);
    if (!copy) {
      missing.push({
        _id: claimIdOf(batchId, staffNo),
        batchId,
        staffNo,
        name: person?.name ?? '',
        branchId: person?.branchId ?? '',
        optionId: entry.o,
        version: entry.n,
        byDefault: entry.d ?? false,
        pointId: person ? pointFor(batch.points, person.branchId, '').id : null,
        delivery: null,
        handedOverAt: entry.h ? new Date(entry.h) : null,
        createdAt: now,
        updatedAt: now,
      });
    } else if (copy.optionId !== entry.o || copy.version < entry.n) {
      await syncClaim(
        db,
        {
          ...copy,
          optionId: entry.o,
          version: entry.n,
          byDefault: entry.d ?? false,
          delivery: undefined,
        },
        now,
        false,
      );
      repaired += 1;
    }
  }
  await addClaims(db, missing);
  repaired += missing.filter((m) => !m.byDefault).length;
  if (batch.status !== 'closed' || !batch.closedAt)
    await updateBatchFields(db, batchId, { status: 'closed', closedAt: now });
  return { batchId, defaulted, noStock, repaired };
}

/** The timer: closes every open batch whose close time has passed. */
export async function closeDue(db: Db, now: Date, log: Logger): Promise<CloseResult[]> {
  const out: CloseResult[] = [];
  for (const batchId of await listDueForClose(db, now)) {
    const r = await closeBatch(db, batchId, now);
    log.info('welfare.closed', {
      batchId,
      defaulted: r.defaulted,
      noStock: r.noStock,
      repaired: r.repaired,
    });
    out.push(r);
  }
  return out;
}
