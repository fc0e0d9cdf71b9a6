// Who manages an event: an organizer of THIS event (a grant scoped to it, a global organizer,
// or someone the creator named), or an admin.
import type { EventDoc } from '../../domain/events/model';
import { VisibleError } from '../../domain/errors';
import type { CallContext } from '../_kit';
import { getEvent } from './event-repo';

export function canManage(
  ctx: CallContext,
  event: Pick<EventDoc, '_id' | 'organizers' | 'createdBy'>,
): boolean {
  if (!ctx.staff) return false;
  if (ctx.can('organizer', { eventId: event._id })) return true;
  return event.createdBy === ctx.staff.staffNo || event.organizers.includes(ctx.staff.staffNo);
}

export const NOT_FOUND = () =>
  new VisibleError('events.not_found', '没有找到这个活动，可能已被删除。请回到活动列表看看。');

/** The event, or a plain not-found error (drafts are visible to their managers only). */
export async function loadEvent(ctx: CallContext, eventId: string): Promise<EventDoc> {
  const event = await getEvent(ctx.db, eventId);
  if (!event || (event.status === 'draft' && !canManage(ctx, event))) throw NOT_FOUND();
  return event;
}

/** The event, when the caller manages it; otherwise auth.forbidden with what to do. */
export async function loadManaged(ctx: CallContext, eventId: string): Promise<EventDoc> {
  const event = await getEvent(ctx.db, eventId);
  if (!event) throw NOT_FOUND();
  if (!canManage(ctx, event)) {
    throw new VisibleError(
      'auth.forbidden',
      '只有这个活动的组织者可以做这件事。如需协助签到，请联系活动组织者添加你。',
    );
  }
  return event;
}
