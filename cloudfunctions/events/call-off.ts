// Calling an event off: the event is marked cancelled once and everyone signed up or waiting is
// told.
import type { z } from 'zod';
import type { callOffInput } from '../../domain/events/contract';
import { beijingDateTime } from '../../domain/time';
import { notice } from '../../domain/notify/builders';
import { type CallContext, inBatches } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { loadManaged } from './access';
import { patchEventIf } from './event-repo';
import { detailPage } from './seats';
import { listSignups } from './signup-repo';

/** Calls the event off and tells everyone signed up or waiting (one notice each, at most once). */
export async function callOff(
  input: z.output<typeof callOffInput>,
  ctx: CallContext,
): Promise<{ eventId: string; notified: number }> {
  const event = await loadManaged(ctx, input.eventId);
  const _ = ctx.db.command;
  await patchEventIf(
    ctx.db,
    { _id: event._id, status: _.neq('cancelled') },
    { status: 'cancelled', cancelReason: input.reason, updatedAt: ctx.now },
  );
  const people = await listSignups(ctx.db, event._id, ['confirmed', 'waitlisted', 'pending']);
  await inBatches(people, 16, (s) =>
    enqueueNotice(
      ctx.db,
      notice('event_cancelled', {
        subject: event._id,
        slot: 'cancelled',
        staffNo: s.staffNo,
        title: `活动取消：${event.title}`,
        body: `原定 ${beijingDateTime(event.startAt)} 的「${event.title}」取消了（${input.reason}）。给你带来不便，请谅解。`,
        page: detailPage(event._id),
        fields: { title: event.title, reason: input.reason, time: beijingDateTime(event.startAt) },
      }),
      ctx.now,
    ),
  );
  return { eventId: event._id, notified: people.length };
}
