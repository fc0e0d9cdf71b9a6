// My claim in a batch: which gift, where and when to pick it up, and a rotating pickup code.
// The claim copy is repaired from the ledger here if a crash left it behind, and the claim gets
// its shortNo (unique in the batch, for the typed code) the first time the code is shown.
import { VisibleError } from '../../domain/errors';
import type { MyClaim } from '../../domain/welfare/contract';
import { pointFor } from '../../domain/welfare/rules';
import type { CallContext } from '../_kit';
import { issuePass } from '../_kit/pass';
import { getBatch, nextShortNo } from './batch-repo';
import { claimIdOf, getClaim, setShortNo, syncClaim } from './claim-repo';
import { getBranchName } from './staff-repo';

export async function myClaim(input: { batchId: string }, ctx: CallContext): Promise<MyClaim> {
  const me = ctx.me();
  const { db, now } = ctx;
  const batch = await getBatch(db, input.batchId, me.staffNo);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放，可能已被撤销。');
  const entry = batch.ledger[me.staffNo];
  if (!entry)
    throw new VisibleError('welfare.no_claim', '你还没有选择礼包，请先在「福利」页选一个。');
  const claimId = claimIdOf(batch._id, me.staffNo);
  let claim = await getClaim(db, claimId);
  if (!claim || claim.version < entry.n || claim.optionId !== entry.o) {
    const point = claim?.delivery ? null : pointFor(batch.points, me.branchId, '').id;
    await syncClaim(
      db,
      {
        batchId: batch._id,
        staffNo: me.staffNo,
        name: me.name,
        branchId: me.branchId,
        optionId: entry.o,
        version: entry.n,
        byDefault: entry.d ?? false,
        pointId: point,
      },
      now,
      !claim,
    );
    claim = await getClaim(db, claimId);
    if (!claim) throw new VisibleError('conflict', '正在处理，请稍后刷新。');
  }
  let shortNo = claim.shortNo ?? null;
  if (shortNo === null) shortNo = await setShortNo(db, claimId, await nextShortNo(db, batch._id));
  if (shortNo === null) throw new VisibleError('conflict', '正在处理，请稍后刷新。');

  const pass = issuePass('w', claimId, shortNo, now);
  const listed =
    batch.points.find((p) => p.branchIds.includes(me.branchId)) ??
    batch.points.find((p) => p.branchIds.length === 0);
  const point = claim.delivery
    ? null
    : (listed ?? pointFor([], me.branchId, await getBranchName(db, me.branchId)));
  const handed = entry.h ? new Date(entry.h) : null;
  return {
    claimId,
    optionId: entry.o,
    optionName: batch.options.find((o) => o.id === entry.o)?.name ?? '',
    code: pass.code,
    token: pass.token,
    expiresAt: pass.expiresAt.toISOString(),
    handedOverAt: handed ? handed.toISOString() : null,
    batchName: batch.name,
    claimCloseAt: batch.claimCloseAt.toISOString(),
    point: point
      ? { pointId: point.id, name: point.name, place: point.place, hours: point.hours }
      : null,
    delivery: claim.delivery,
    byDefault: entry.d ?? false,
  };
}
