// An event's cover picture: put, replaced or removed by the event's organizer or an admin; shown
// as a temporary URL on the list cards and the detail page.
import type { z } from 'zod';
import type { EventDoc } from '../../domain/events/model';
import type { setCoverInput } from '../../domain/events/contract';
import { audit, swapImage, tempUrls, type CallContext } from '../_kit';
import { loadManaged } from './access';
import { patchEventIf } from './event-repo';

export async function setCover(input: z.output<typeof setCoverInput>, ctx: CallContext) {
  const event = await loadManaged(ctx, input.eventId);
  const _ = ctx.db.command;
  const current = event.coverFileId;
  const fileId = await swapImage({
    base64: input.imageBase64,
    label: '活动封面',
    folder: `events/${event._id}`,
    current,
    save: async (next) =>
      (await patchEventIf(
        ctx.db,
        { _id: event._id, coverFileId: current ?? _.exists(false) },
        next
          ? { coverFileId: next, coverBy: ctx.me().staffNo, coverAt: ctx.now }
          : { coverFileId: _.remove(), coverBy: _.remove(), coverAt: _.remove() },
      )) === 1,
  });
  await audit(ctx, { target: event._id, outcome: fileId ? 'cover_set' : 'cover_removed' });
  const urls = await tempUrls([fileId]);
  return { coverUrl: (fileId && urls.get(fileId)) || null };
}

/** Cover URLs for many events at once (one SDK call per 50). */
export async function coverUrlsOf(
  events: readonly Pick<EventDoc, 'coverFileId'>[],
): Promise<Map<string, string>> {
  return tempUrls(events.map((e) => e.coverFileId));
}

/** `{ coverUrl }` for a summary, when there is one. */
export function coverOf(
  e: Pick<EventDoc, 'coverFileId'>,
  urls: Map<string, string>,
): { coverUrl?: string } {
  const url = e.coverFileId ? urls.get(e.coverFileId) : undefined;
  return url ? { coverUrl: url } : {};
}
