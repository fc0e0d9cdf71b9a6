// Choosing a gift (welfare.claim) and changing the choice.
//
// Why it is right under any race: the batch document holds both the stock per option
// (stock.<optionId>) and the ledger of who holds what (ledger.<staffNo> = { o, n, h }). A first
// choice and a change are each ONE conditional atomic update of that one document:
//   first:  where stock.<o> > 0 AND ledger.<me> missing      → stock.<o> −1, ledger.<me> = o
//   change: where stock.<to> > 0 AND ledger.<me>.o = from AND ledger.<me>.n = n AND not handed
//           → stock.<to> −1, stock.<from> +1, ledger.<me>.o = to, ledger.<me>.n = n+1
// So stock never goes negative, nobody holds two gifts, and a replaced gift comes back exactly
// once even when changes race (only one of them can match `from` and `n`). There is no
// half-done state for stock at all — no pending marker to repair. The claim document is a copy
// written right after (version = n keeps an older write from overwriting a newer one); if the
// function dies in between, the copy is repaired from the ledger by the caller's next claim or
// myClaim, and by the close job. Happy path: read batch (my ledger line only), the update, the
// copy = 3 requests besides the kit's identity lookup.
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import { beijingDateTime } from '../../domain/time';
import type { claimInput } from '../../domain/welfare/contract';
import {
  eligibility,
  MAX_CHANGES,
  phaseOf,
  pointFor,
  TokenBuckets,
} from '../../domain/welfare/rules';
import type { CallContext } from '../_kit';
import { getBatch, swap, takeFirst, type BatchDoc } from './batch-repo';
import { claimIdOf, syncClaim } from './claim-repo';

// 5 calls at once, then one every 2 seconds, per openid per function instance: a person tapping
// never meets it; a script looping on one openid does, without costing a database request.
const buckets = new TokenBuckets(5, 0.5);

export function outOfStock(name: string): VisibleError {
  return new VisibleError('welfare.out_of_stock', `「${name}」已经被选完了，请换一个礼包。`);
}

/** Checks that apply to choosing in this batch: exists, open, option exists, I am eligible. */
export function checkCanChoose(
  batch: BatchDoc | null,
  optionId: string,
  ctx: CallContext,
): BatchDoc {
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放，可能已被撤销。');
  const phase = phaseOf(batch, ctx.now);
  if (phase === 'upcoming') {
    throw new VisibleError(
      'welfare.not_open',
      `这次福利 ${beijingDateTime(batch.claimOpenAt)} 开始选择，请到时再来。`,
    );
  }
  if (phase === 'closed') {
    throw new VisibleError(
      'welfare.closed',
      '这次福利已截止选择。没选的会按默认礼包发放，如有疑问请联系所在分工会。',
    );
  }
  if (!batch.options.some((o) => o.id === optionId)) {
    throw new VisibleError('welfare.no_option', '没有这个礼包，请刷新后重新选择。');
  }
  const verdict = eligibility(ctx.me(), batch.eligibility);
  if (!verdict.ok) throw new VisibleError('welfare.ineligible', verdict.reason);
  return batch;
}

export async function claim(
  input: z.output<typeof claimInput>,
  ctx: CallContext,
): Promise<{ claimId: string; optionId: string }> {
  const me = ctx.me();
  if (!buckets.take(ctx.openid ?? me.staffNo, ctx.now.getTime())) {
    throw new VisibleError('auth.rate_limited', '操作太频繁了，请稍等几秒再试。');
  }
  const { db, now } = ctx;
  const claimId = claimIdOf(input.batchId, me.staffNo);
  let batch = checkCanChoose(await getBatch(db, input.batchId, me.staffNo), input.optionId, ctx);
  const optionName = batch.options.find((o) => o.id === input.optionId)?.name ?? '';

  let delivery = input.delivery;
  if (batch.fulfilment === 'pickup' && delivery) delivery = null;
  if (batch.fulfilment === 'delivery' && !delivery) {
    throw new VisibleError('validation.failed', '这次福利快递到家，请填写收件人、手机号和地址。', [
      { path: 'delivery', message: '请填写收货信息' },
    ]);
  }
  const point = delivery ? null : pointFor(batch.points, me.branchId, '').id;
  const copy = (optionId: string, version: number, byDefault = false) => ({
    batchId: input.batchId,
    staffNo: me.staffNo,
    name: me.name,
    branchId: me.branchId,
    optionId,
    version,
    byDefault,
    pointId: point,
    delivery: input.delivery === undefined ? undefined : delivery,
  });

  // a few rounds: a concurrent call of my own may change the ledger between my read and update
  for (let round = 0; round < 4; round++) {
    const held = batch.ledger[me.staffNo];
    if (held?.h) {
      throw new VisibleError(
        'welfare.handed_over',
        `你已经在 ${beijingDateTime(held.h)} 领取了礼包，不能再更换。`,
      );
    }
    if (held && held.o === input.optionId) {
      // a retry or a repeat: same answer, and the copy brought up to date if a crash left it behind
      await syncClaim(db, copy(held.o, held.n, held.d ?? false), now, false);
      return { claimId, optionId: held.o };
    }
    if (!held) {
      if (await takeFirst(db, input.batchId, me.staffNo, input.optionId)) {
        await syncClaim(db, copy(input.optionId, 0), now, true);
        return { claimId, optionId: input.optionId };
      }
    } else {
      if (held.n >= MAX_CHANGES) {
        throw new VisibleError(
          'welfare.too_many_changes',
          `每人最多更换 ${MAX_CHANGES} 次，你已用完，当前礼包保留不变。`,
        );
      }
      if (await swap(db, input.batchId, me.staffNo, held, input.optionId)) {
        await syncClaim(db, copy(input.optionId, held.n + 1), now, false);
        return { claimId, optionId: input.optionId };
      }
    }
    // the update matched nothing: out of stock, or my ledger line moved — read again and decide
    const fresh = await getBatch(db, input.batchId, me.staffNo);
    batch = checkCanChoose(fresh, input.optionId, ctx);
    const now2 = batch.ledger[me.staffNo];
    const sameLine =
      (!held && !now2) || (held && now2 && held.o === now2.o && held.n === now2.n && !now2.h);
    if (sameLine && (batch.stock[input.optionId] ?? 0) <= 0) throw outOfStock(optionName);
  }
  throw new VisibleError('conflict', '同时操作的人太多了，请再点一次。');
}
