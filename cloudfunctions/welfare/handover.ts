// Hand-over at the counter (核销): a distributor scans the QR token or types the 8-digit code.
// Idempotent: the ledger line is marked handed over by one conditional update (only while it is
// not), so a second scan answers "already, at 10:12" and never hands out twice.
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import type {
  HandoverResult,
  handoverInput,
  undoHandoverInput,
} from '../../domain/welfare/contract';
import { pointFor } from '../../domain/welfare/rules';
import type { CallContext } from '../_kit';
import { shortNoOfCode, verifyCode, verifyToken } from '../_kit/pass';
import { audit } from '../_kit/audit';
import { underTypedCodeLimits } from '../_kit/rate-limit';
import { getBatch, markHandedOver, unmarkHandedOver } from './batch-repo';
import {
  claimIdOf,
  findByShortNo,
  getClaim,
  recordUndo,
  setHandedOver,
  type ClaimDoc,
} from './claim-repo';

const TOKEN_REASONS: Record<string, [string, string]> = {
  malformed: ['welfare.pass_invalid', '这不是领取码，请扫描「我的领取码」页面上的二维码。'],
  forged: ['welfare.pass_invalid', '这个领取码无效（可能是伪造或截图修改过），不能核销。'],
  other_kind: ['welfare.pass_invalid', '这是活动签到码，不是福利领取码。'],
  expired: ['welfare.pass_expired', '领取码已过期（可能是截图），请对方打开小程序刷新后再扫。'],
};

async function resolveClaim(
  input: z.output<typeof handoverInput>,
  ctx: CallContext,
): Promise<ClaimDoc> {
  const { db, now } = ctx;
  if ('token' in input) {
    const verdict = verifyToken(input.token, 'w', now);
    if (!verdict.ok) {
      const [code, message] = TOKEN_REASONS[verdict.reason];
      throw new VisibleError(code, message);
    }
    if (!verdict.subject.startsWith(`${input.batchId}:`)) {
      throw new VisibleError(
        'welfare.other_batch',
        '这是另一次福利发放的领取码，请确认对方领的是哪一次福利。',
      );
    }
    const claim = await getClaim(db, verdict.subject);
    if (!claim)
      throw new VisibleError(
        'welfare.not_a_claim',
        '没有找到这份领取记录，请对方刷新领取码后再试。',
      );
    return claim;
  }
  const shortNo = shortNoOfCode(input.code);
  if (shortNo === null)
    throw new VisibleError('validation.failed', '领取码是 8 位数字，请核对后重新输入。', [
      { path: 'code', message: '领取码是 8 位数字' },
    ]);
  // typed codes are short enough to guess: wrong ones are limited per operator and per pass
  return underTypedCodeLimits(ctx, {
    limitedCode: 'welfare.rate_limited',
    target: input.batchId,
    subjectKey: `w:${input.batchId}:${shortNo}`,
    run: async () => {
      const claim = await findByShortNo(db, input.batchId, shortNo);
      if (!claim || !verifyCode(input.code, 'w', claim._id, now)) {
        throw new VisibleError(
          'welfare.pass_invalid',
          '领取码不对或已过期，请对方刷新领取码后再报一次。',
        );
      }
      return claim;
    },
  });
}

export async function handover(
  input: z.output<typeof handoverInput>,
  ctx: CallContext,
): Promise<HandoverResult> {
  const { db, now } = ctx;
  const me = ctx.me();
  // a distributor of another batch may not even try codes here
  const forBatch = (g: { role: string; batchId?: string }) =>
    g.role === 'distributor' && (!g.batchId || g.batchId === input.batchId);
  if (!ctx.can('admin') && !me.roles.some(forBatch))
    throw new VisibleError('auth.forbidden', '你不是这次福利的核销员。如需开通，请联系校工会。');
  const claim = await resolveClaim(input, ctx);
  let batch = await getBatch(db, input.batchId, claim.staffNo);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');

  if (claim.delivery) {
    throw new VisibleError('welfare.delivery', '这份礼包选择了快递到家，不在现场领取。');
  }
  const point = pointFor(batch.points, claim.branchId, '');
  if (!ctx.can('admin')) {
    const grants = me.roles.filter(
      (g) => g.role === 'distributor' && (!g.batchId || g.batchId === input.batchId),
    );
    if (grants.length === 0)
      throw new VisibleError('auth.forbidden', '你不是这次福利的核销员。如需开通，请联系校工会。');
    if (!grants.some((g) => !g.pointId || g.pointId === point.id)) {
      throw new VisibleError(
        'welfare.wrong_point',
        `这份礼包应在「${point.name}」领取（${point.place}），请让对方到那里领取。`,
      );
    }
  }

  const optionName = (id: string) => batch?.options.find((o) => o.id === id)?.name ?? '';
  for (let round = 0; round < 3; round++) {
    const entry = batch.ledger[claim.staffNo];
    if (!entry)
      throw new VisibleError('welfare.not_a_claim', '这位教职工没有选择礼包，暂时不能核销。');
    if (entry.h) {
      const at = new Date(entry.h);
      return {
        staffNo: claim.staffNo,
        name: claim.name,
        optionId: entry.o,
        optionName: optionName(entry.o),
        handedOverAt: at.toISOString(),
        already: true,
      };
    }
    if (await markHandedOver(db, input.batchId, claim.staffNo, entry, now)) {
      await setHandedOver(db, claim._id, now, me.staffNo);
      await audit(ctx, { target: claim._id, outcome: 'code' in input ? 'ok_code' : 'ok' });
      return {
        staffNo: claim.staffNo,
        name: claim.name,
        optionId: entry.o,
        optionName: optionName(entry.o),
        handedOverAt: now.toISOString(),
        already: false,
      };
    }
    // changed or handed over a moment ago: read again
    const fresh = await getBatch(db, input.batchId, claim.staffNo);
    if (!fresh) break;
    batch = fresh;
  }
  throw new VisibleError('conflict', '正在处理，请再扫一次。');
}

/** Admin only, with a reason: the gift counts as not handed over again (e.g. scanned by mistake). */
export async function undoHandover(
  input: z.output<typeof undoHandoverInput>,
  ctx: CallContext,
): Promise<{ staffNo: string; undone: boolean }> {
  const { db, now } = ctx;
  const me = ctx.me();
  const claimId = claimIdOf(input.batchId, input.staffNo);
  const claim = await getClaim(db, claimId);
  if (!claim) throw new VisibleError('welfare.not_a_claim', '没有找到这位教职工的领取记录。');
  const entry = (await getBatch(db, input.batchId, input.staffNo))?.ledger[input.staffNo];
  const undone = entry ? await unmarkHandedOver(db, input.batchId, input.staffNo, entry) : false;
  await audit(ctx, { target: claimId, outcome: undone ? 'undone' : 'not_handed_over' });
  if (undone) {
    await setHandedOver(db, claimId, null, null);
    await recordUndo(db, claimId, {
      batchId: input.batchId,
      staffNo: input.staffNo,
      was: claim.handedOverAt,
      by: me.staffNo,
      reason: input.reason,
      at: now,
    });
  } else if (claim.handedOverAt) {
    // the ledger says not handed over: repair the copy
    await setHandedOver(db, claimId, null, null);
  }
  return { staffNo: input.staffNo, undone };
}
