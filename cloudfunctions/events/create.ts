// Creating an event: who may (organizers, admins; a club leader for their own club) and the new
// event's document.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { DEFAULT_MIXER_AGES, type createInput } from '../../domain/events/contract';
import { beijing } from '../../domain/time';
import { VisibleError, type CallContext } from '../_kit';
import { insertEvent } from './event-repo';

const d = (iso: string) => new Date(iso);

/**
 * Organizers and admins create any event; a club leader (社团负责人) creates only activities for
 * their own club: the audience must name a club they lead.
 */
function assertMayCreate(
  ctx: CallContext,
  audience: z.output<typeof createInput>['audience'],
): void {
  // only an unscoped organizer grant creates any event: one scoped to an event acts on it alone
  if (ctx.can('admin') || isUnscopedOrganizer(ctx)) return;
  if (!ctx.can('club_leader'))
    throw new VisibleError(
      'auth.forbidden',
      '你只能管理指定给你的活动，不能发布新活动。如需发布，请联系校工会。',
    );
  const ownClub = audience.some(
    (r) => r.kind === 'club' && ctx.can('club_leader', { clubId: r.clubId }),
  );
  if (!ownClub) {
    throw new VisibleError(
      'auth.forbidden',
      '社团负责人只能为自己的社团发布活动：请在报名范围里选择你的社团。',
    );
  }
}

function isUnscopedOrganizer(ctx: CallContext): boolean {
  return (ctx.staff?.roles ?? []).some((g) => g.role === 'organizer' && !g.eventId);
}

export async function createEvent(
  input: z.output<typeof createInput>,
  ctx: CallContext,
): Promise<{ eventId: string }> {
  const me = ctx.me();
  assertMayCreate(ctx, input.audience);
  const now = ctx.now;
  const eventId = `ev-${beijing(now).format('YYMMDD')}-${randomBytes(4).toString('hex')}`;
  const quotaLeft = input.quotas ? { ...input.quotas } : undefined;
  await insertEvent(ctx.db, {
    _id: eventId,
    title: input.title,
    type: input.type,
    location: input.location,
    description: input.description,
    startAt: d(input.startAt),
    endAt: d(input.endAt),
    signupOpenAt: d(input.signupOpenAt),
    signupCloseAt: d(input.signupCloseAt),
    cancelCutoffAt: d(input.cancelCutoffAt ?? input.startAt),
    capacity: input.capacity,
    seatsLeft: input.capacity,
    ...(input.quotas ? { quotas: input.quotas, quotaLeft } : {}),
    allocation: input.allocation,
    approval: input.approval,
    waitlist: input.waitlist,
    audience: input.audience,
    mixer: input.mixer,
    ...(input.mixer ? { mixerAges: input.mixerAges ?? DEFAULT_MIXER_AGES } : {}),
    ...(input.team ? { team: input.team } : {}),
    status: input.draft ? 'draft' : 'published',
    createdBy: me.staffNo,
    organizers: [...new Set([me.staffNo, ...input.organizers])],
    holds: {},
    ticketSeq: 0,
    waitSeq: 0,
    createdAt: now,
  });
  return { eventId };
}
