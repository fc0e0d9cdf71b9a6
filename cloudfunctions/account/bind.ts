// Binding the caller's WeChat to their roster entry by 工号 + 姓名 + 手机号后四位.
import type { z } from 'zod';
import type { Me, bindInput } from '../../domain/account/contract';
import { BIND_BLOCK_MS, BIND_MAX_FAILURES, detailsMatch } from '../../domain/account/rules';
import { VisibleError } from '../../domain/errors';
import { beijingClock } from '../../domain/time';
import type { CallContext } from '../_kit';
import { audit } from '../_kit/audit';
import { attemptsLeft, lockIfFull, release, reserve, type LimitRule } from '../_kit/rate-limit';
import { bindOpenid } from './binding-repo';
import { describe } from './me';
import { getStaff } from '../_kit/roster-repo';

/** 5 wrong binds within an hour from one WeChat lock it for the hour. */
const BIND_LIMIT: LimitRule = {
  name: 'bind',
  max: BIND_MAX_FAILURES,
  windowMs: BIND_BLOCK_MS,
  lockMs: BIND_BLOCK_MS,
};

const MISMATCH = '工号、姓名或手机号后四位与名册不一致，请核对后再试';

export async function bind(input: z.output<typeof bindInput>, ctx: CallContext): Promise<Me> {
  const { db, now } = ctx;
  const openid = ctx.openid;
  if (!openid)
    throw new VisibleError('auth.unbound', '无法识别你的微信身份，请在微信里打开小程序。');

  if (ctx.staff) {
    if (ctx.staff.staffNo === input.staffNo) return describe(db, ctx.staff);
    throw new VisibleError(
      'account.already_bound',
      `你的微信已绑定工号 ${ctx.staff.staffNo}。如需更换，请联系校工会解绑。`,
    );
  }

  // the attempt takes its slot before the details are compared, so concurrent guesses cannot
  // all be evaluated (cloudfunctions/_kit/rate-limit.ts)
  const limit = { rule: BIND_LIMIT, key: openid };
  const slot = await reserve(db, limit, now);
  if (!slot.ok) {
    await audit(ctx, { target: 'bind', outcome: slot.lockedNow ? 'locked' : 'rate_limited' });
    throw new VisibleError(
      'auth.rate_limited',
      `尝试次数太多，请在 ${beijingClock(slot.until)} 之后再试。`,
    );
  }

  const staff = await getStaff(db, input.staffNo);
  if (!staff || !staff.active || !detailsMatch(staff, input.name, input.phoneLast4)) {
    const locked = await lockIfFull(db, limit, now);
    await audit(ctx, { target: 'bind', outcome: locked ? 'locked' : 'mismatch' });
    const left = await attemptsLeft(db, limit, now);
    throw new VisibleError(
      'account.mismatch',
      left > 0
        ? `${MISMATCH}（还可尝试 ${left} 次）。`
        : `${MISMATCH}。尝试次数太多，请一小时后再试。`,
    );
  }
  await release(db, limit);

  const outcome = await bindOpenid(db, openid, staff.staffNo, now);
  if (outcome === 'taken') {
    throw new VisibleError(
      'account.taken',
      '这个工号已经绑定了另一个微信。如果你换了手机，请联系校工会解绑。',
    );
  }
  if (outcome === 'openid_in_use') {
    throw new VisibleError(
      'account.already_bound',
      '你的微信已绑定了别的工号。如需更换，请联系校工会解绑。',
    );
  }
  if (outcome === 'missing') throw new VisibleError('account.mismatch', `${MISMATCH}。`);
  return describe(db, { ...staff, openid });
}
