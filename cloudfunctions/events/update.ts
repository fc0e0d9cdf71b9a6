// Editing an event: texts, times (checked in the same order as the contract's), approval, mixer
// ages, and seats added or taken from the free ones.
import type { z } from 'zod';
import type { updateInput } from '../../domain/events/contract';
import type { EventDoc } from '../../domain/events/model';
import { SCHEDULE_ORDER, scheduleProblems } from '../../domain/events/time';
import { VisibleError, type CallContext } from '../_kit';
import { loadManaged } from './access';
import { patchEventIf } from './event-repo';
import { fillFromWaitlist } from './seats';

export async function updateEvent(
  input: z.output<typeof updateInput>,
  ctx: CallContext,
): Promise<{ eventId: string }> {
  const event = await loadManaged(ctx, input.eventId);
  if (event.status === 'cancelled')
    throw new VisibleError('events.cancelled', '活动已取消，不能再修改。');
  const patch: Record<string, unknown> = { updatedAt: ctx.now };
  for (const k of ['title', 'location', 'description'] as const)
    if (input[k] !== undefined) patch[k] = input[k];
  for (const k of [
    'startAt',
    'endAt',
    'signupOpenAt',
    'signupCloseAt',
    'cancelCutoffAt',
  ] as const) {
    if (input[k] !== undefined) patch[k] = new Date(input[k] as string);
  }
  if (input.publish) patch.status = 'published';
  if (input.approval !== undefined) patch.approval = input.approval;
  if (input.mixerAges) {
    if (!event.mixer)
      throw new VisibleError('validation.failed', '只有联谊活动才需要设置年龄范围。');
    patch.mixerAges = input.mixerAges;
  }
  const next = { ...event, ...patch } as EventDoc;
  // the contract checks the order of a new event's times; an edit may move only some of them
  const [problem] = scheduleProblems(next);
  if (problem)
    throw new VisibleError('validation.failed', `${problem.message}（${SCHEDULE_ORDER}）。`);
  const _ = ctx.db.command;
  if (input.addSeats) {
    const n = input.addSeats;
    // fewer seats only out of the free ones, by the same kind of conditional update as a sign-up
    const where: Record<string, unknown> = { _id: event._id };
    if (n < 0) where.seatsLeft = _.gte(-n);
    const ok = await patchEventIf(ctx.db, where, {
      ...patch,
      seatsLeft: _.inc(n),
      capacity: _.inc(n),
    });
    if (!ok)
      throw new VisibleError(
        'events.seats_taken',
        '空余名额不够减少这么多：已报名的人不会被移出。',
      );
    if (n > 0 && event.allocation === 'first_come')
      await fillFromWaitlist(ctx.db, event._id, ctx.now);
  } else {
    await patchEventIf(ctx.db, { _id: event._id }, patch);
  }
  return { eventId: event._id };
}
