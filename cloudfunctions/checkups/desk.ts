// The pass shown at the hospital desk (the events pass mechanism, kind "k") and check-in there by
// union staff (checkup_desk of this campaign, or admins). A second scan answers "already".
import type { z } from 'zod';
import type { checkinInput } from '../../domain/checkups/contract';
import { bookingIdOf } from '../../domain/checkups/rules';
import { VisibleError } from '../../domain/errors';
import { beijingDay } from '../../domain/time';
import { audit, type CallContext } from '../_kit';
import { issuePass, passAnswer, shortNoOfCode, verifyCode, verifyToken } from '../_kit/pass';
import { completePending, loadCampaign } from './booking';
import {
  findByShortNo,
  getBooking,
  setShortNo,
  stampCheckin,
  type BookingDoc,
} from './booking-repo';
import { nextShortNo } from './campaign-repo';

export async function pass(input: { campaignId: string }, ctx: CallContext) {
  const me = ctx.me();
  const { db, now } = ctx;
  const id = bookingIdOf(input.campaignId, me.staffNo);
  const [, raw] = await Promise.all([loadCampaign(db, input.campaignId), getBooking(db, id)]);
  if (!raw || raw.status !== 'booked')
    throw new VisibleError('checkups.no_booking', '你还没有预约体检，预约后才有体检签到码。');
  const b = await completePending(db, raw);
  if (b.date < beijingDay(now))
    throw new VisibleError('checkups.over', '你预约的体检日已经过了，签到码不再需要了。');
  let shortNo = b.shortNo ?? null;
  if (shortNo === null) shortNo = await setShortNo(db, id, await nextShortNo(db, input.campaignId));
  if (shortNo === null) throw new VisibleError('conflict', '正在处理，请稍后刷新。');
  const p = issuePass('k', id, shortNo, now);
  return {
    ...passAnswer(p, now),
    date: b.date,
    start: b.start,
    packageName: b.packageName,
  };
}

const TOKEN_PROBLEMS: Record<string, [string, string]> = {
  malformed: ['checkups.pass_invalid', '这不是体检签到码，请让对方在小程序「体检」里打开签到码。'],
  forged: ['checkups.pass_invalid', '签到码无效（可能是截图改过或伪造的），请让对方重新打开。'],
  other_kind: ['checkups.pass_invalid', '这是活动或福利的码，不是体检签到码。'],
  expired: ['checkups.pass_expired', '签到码已过期（每 30 秒刷新），请让对方刷新后再扫一次。'],
};

async function findBooking(
  input: z.output<typeof checkinInput>,
  ctx: CallContext,
): Promise<BookingDoc | null> {
  if ('token' in input) {
    const v = verifyToken(input.token, 'k', ctx.now);
    if (!v.ok) {
      const [code, message] = TOKEN_PROBLEMS[v.reason];
      throw new VisibleError(code, message);
    }
    if (!v.subject.startsWith(`${input.campaignId}:`))
      throw new VisibleError('checkups.other_campaign', '这是另一次体检的签到码，不是本次的。');
    return getBooking(ctx.db, v.subject);
  }
  if ('code' in input) {
    const shortNo = shortNoOfCode(input.code);
    if (shortNo === null)
      throw new VisibleError('checkups.code_invalid', '签到码是 8 位数字，请核对后再输入。');
    const b = await findByShortNo(ctx.db, input.campaignId, shortNo);
    if (!b || !verifyCode(input.code, 'k', b._id, ctx.now))
      throw new VisibleError(
        'checkups.code_invalid',
        '签到码不对或已过期，请让对方刷新后再读一次。',
      );
    return b;
  }
  return getBooking(ctx.db, bookingIdOf(input.campaignId, input.staffNo));
}

export async function checkin(input: z.output<typeof checkinInput>, ctx: CallContext) {
  ctx.require('checkup_desk', { campaignId: input.campaignId });
  const { db, now } = ctx;
  const c = await loadCampaign(db, input.campaignId);
  const b = await findBooking(input, ctx);
  if (!b || b.status !== 'booked')
    throw new VisibleError(
      'checkups.no_booking',
      `${b ? b.name : '这位教职工'}没有预约本次体检（或已取消），不能签到。请让对方到工会现场登记。`,
    );
  const today = beijingDay(now);
  if (b.date !== today && !input.anyDay && !b.checkedInAt)
    throw new VisibleError(
      'checkups.wrong_day',
      `${b.name}预约的是 ${b.date} ${b.start}，不是今天。确认要今天签到吗？`,
    );
  const addonNames = b.addonIds
    .map((a) => c.addons.find((x) => x.id === a)?.name ?? '')
    .filter(Boolean);
  const answer = (at: Date, already: boolean) => ({
    staffNo: b.staffNo,
    name: b.name,
    date: b.date,
    start: b.start,
    packageName: b.packageName,
    addons: addonNames,
    checkedInAt: at.toISOString(),
    already,
  });
  if (b.checkedInAt) return answer(b.checkedInAt, true);
  if (await stampCheckin(db, b._id, now, ctx.me().staffNo)) {
    await audit(ctx, { target: b._id, outcome: b.date === today ? 'ok' : 'other_day' });
    return answer(now, false);
  }
  const again = await getBooking(db, b._id);
  if (again?.checkedInAt) return answer(again.checkedInAt, true);
  throw new VisibleError('checkups.no_booking', `${b.name}刚刚取消了预约，不能签到。`);
}
