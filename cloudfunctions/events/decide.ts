// Approving or declining a pending sign-up (events that need approval): the seat, the answer, the
// notice.
import type { z } from 'zod';
import type { decideInput } from '../../domain/events/contract';
import { holdKeyOf, signupIdOf, type SignupDoc } from '../../domain/events/model';
import { quotaKeyOf } from '../../domain/events/rules';
import { beijingDateTime } from '../../domain/time';
import { notice } from '../../domain/notify/builders';
import { VisibleError, type CallContext } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { loadManaged } from './access';
import { nextTickets, releaseSeat, takeSeat } from './event-repo';
import { detailPage } from './seats';
import { getSignup, moveSignup } from './signup-repo';

/**
 * An organizer approves (takes a seat) or declines a pending sign-up (nothing to free: a pending
 * sign-up holds no seat). Either way the person is told, once.
 */
export async function decide(
  input: z.output<typeof decideInput>,
  ctx: CallContext,
): Promise<{ status: SignupDoc['status'] }> {
  const event = await loadManaged(ctx, input.eventId);
  if (event.allocation === 'lottery')
    throw new VisibleError(
      'events.not_approval',
      '抽签活动由抽签决定谁参加，不需要逐个审核。报名截止后点「现在抽签」。',
    );
  const id = signupIdOf(event._id, input.staffNo);
  const s = await getSignup(ctx.db, id);
  if (!s) throw new VisibleError('events.not_signed_up', '没有找到这个人的报名。');
  if (s.status !== 'pending') return { status: s.status };
  if (!input.approve) {
    const reason = input.reason ?? '';
    if (
      !(await moveSignup(ctx.db, id, ['pending'], {
        status: 'rejected',
        rejectReason: reason,
        updatedAt: ctx.now,
      }))
    ) {
      return { status: (await getSignup(ctx.db, id))?.status ?? 'rejected' };
    }
    await enqueueNotice(
      ctx.db,
      notice('signup_result', {
        subject: event._id,
        slot: 'rejected',
        staffNo: s.staffNo,
        title: `报名未通过：${event.title}`,
        body: `你报名的「${event.title}」没有通过审核（${reason}）。有疑问请联系活动组织者。`,
        page: detailPage(event._id),
        fields: { title: event.title, result: '未通过', time: beijingDateTime(event.startAt) },
      }),
      ctx.now,
    );
    return { status: 'rejected' };
  }
  const holdKey = holdKeyOf(s.staffNo);
  const seat = event.holds[holdKey]
    ? { ok: true as const, ticket: s.shortNo ?? (await nextTickets(ctx.db, event._id, 1)) }
    : await takeSeat(ctx.db, event._id, holdKey, quotaKeyOf(event.quotas, s.branchId), ctx.now);
  if (!seat.ok) throw new VisibleError('events.full', '名额已满，不能再通过了。可以先增加名额。');
  const moved = await moveSignup(ctx.db, id, ['pending'], {
    status: 'confirmed',
    shortNo: seat.ticket,
    updatedAt: ctx.now,
  });
  if (!moved) {
    // they cancelled (or another organizer decided) meanwhile: give the seat back unless confirmed
    const now = await getSignup(ctx.db, id);
    if (now?.status !== 'confirmed')
      await releaseSeat(ctx.db, event._id, holdKey, quotaKeyOf(event.quotas, s.branchId));
    return { status: now?.status ?? 'cancelled' };
  }
  await enqueueNotice(
    ctx.db,
    notice('signup_result', {
      subject: event._id,
      slot: 'approved',
      staffNo: s.staffNo,
      title: `报名通过：${event.title}`,
      body: `你的报名已通过。${beijingDateTime(event.startAt)} 在${event.location}，到场出示签到码。`,
      page: detailPage(event._id),
      fields: { title: event.title, result: '报名成功', time: beijingDateTime(event.startAt) },
    }),
    ctx.now,
  );
  return { status: 'confirmed' };
}
