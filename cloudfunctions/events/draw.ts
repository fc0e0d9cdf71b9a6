// The lottery draw (抽签): by an organizer or the timer after sign-up closes, once, from a
// published seed; winners get seats, the rest a waitlist place, everyone a notice.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { drawInput } from '../../domain/events/contract';
import { drawOrder, pickWinners } from '../../domain/events/lottery';
import { holdKeyOf, type EventDoc, type SignupDoc } from '../../domain/events/model';
import { beijingDateTime } from '../../domain/time';
import { notice } from '../../domain/notify/builders';
import { type CallContext, type Db, inBatches, VisibleError } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { loadManaged } from './access';
import { getEvent, patchEventIf } from './event-repo';
import { detailPage } from './seats';
import { listSignups, moveSignup } from './signup-repo';

/**
 * The lottery draw: applicants' ids sorted and shuffled with a published seed. The result (seed,
 * order, seats) lands on the event in ONE conditional update, so a draw happens once even when the
 * timer and an organizer race; the sign-ups are then brought in line, idempotently.
 */
export async function draw(db: Db, event: EventDoc, seedIn: string | undefined, now: Date) {
  if (event.allocation !== 'lottery')
    throw new VisibleError('events.not_lottery', '这个活动是先到先得，不需要抽签。');
  if (event.status !== 'published')
    throw new VisibleError('events.cancelled', '活动没有在进行中，不能抽签。');
  if (!event.lottery && now < event.signupCloseAt) {
    throw new VisibleError(
      'events.not_closed',
      `报名 ${beijingDateTime(event.signupCloseAt)} 截止，截止后才能抽签。`,
    );
  }
  const applicants = await listSignups(db, event._id, ['pending', 'confirmed', 'waitlisted']);
  let current = event;
  if (!current.lottery) {
    const seed = seedIn ?? randomBytes(8).toString('hex');
    const order = drawOrder(
      applicants.filter((a) => a.status === 'pending').map((a) => a._id),
      seed,
    );
    const byId = new Map(applicants.map((a) => [a._id, { id: a._id, branchId: a.branchId }]));
    const { winners } = pickWinners(order, byId, event.capacity, event.quotas);
    const holds: Record<string, Date> = {};
    const quotaLeft = event.quotas ? { ...event.quotas } : undefined;
    for (const w of winners) {
      const a = applicants.find((x) => x._id === w) as SignupDoc;
      holds[holdKeyOf(a.staffNo)] = now;
      if (quotaLeft && a.branchId in quotaLeft) quotaLeft[a.branchId] -= 1;
    }
    const _ = db.command;
    await patchEventIf(
      db,
      { _id: event._id, lottery: _.exists(false) },
      {
        lottery: { seed, drawnAt: now, applicants: order.length, order },
        seatsLeft: event.capacity - winners.length,
        holds,
        ...(quotaLeft ? { quotaLeft } : {}),
        ticketSeq: winners.length,
        waitSeq: order.length - winners.length,
      },
    );
    current = (await getEvent(db, event._id)) as EventDoc;
  }
  const lottery = current.lottery as NonNullable<EventDoc['lottery']>;
  const byId = new Map(applicants.map((a) => [a._id, a]));
  const winners = lottery.order.filter(
    (id) => current.holds[holdKeyOf(byId.get(id)?.staffNo ?? '')],
  );
  const losers = lottery.order.filter((id) => !winners.includes(id));
  const won = new Set(winners);
  await inBatches(lottery.order, 16, async (id) => {
    const a = byId.get(id);
    if (!a || a.status !== 'pending') return;
    const win = won.has(id);
    const patch = win
      ? { status: 'confirmed', shortNo: winners.indexOf(id) + 1, updatedAt: now }
      : { status: 'waitlisted', waitSeq: losers.indexOf(id) + 1, updatedAt: now };
    if (!(await moveSignup(db, id, ['pending'], patch))) return;
    await enqueueNotice(
      db,
      notice('lottery_result', {
        subject: event._id,
        slot: 'drawn',
        staffNo: a.staffNo,
        title: `抽签结果：${event.title}`,
        body: win
          ? `恭喜中签！${beijingDateTime(event.startAt)} 在${event.location}，到场出示签到码。`
          : `这次没有中签，你在候补第 ${losers.indexOf(id) + 1} 位，有人放弃时按顺序递补。`,
        page: detailPage(event._id),
        fields: { title: event.title, result: win ? '中签' : '未中签' },
      }),
      now,
    );
  });
  return {
    seed: lottery.seed,
    applicants: lottery.applicants,
    winners: winners.length,
    order: lottery.order,
  };
}

export async function drawAction(input: z.output<typeof drawInput>, ctx: CallContext) {
  const event = await loadManaged(ctx, input.eventId);
  return draw(ctx.db, event, input.seed, ctx.now);
}
