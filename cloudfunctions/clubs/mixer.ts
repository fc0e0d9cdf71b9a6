// The mixer (联谊): a declaration of being single (seen only by the event's organizer), and after
// the event private marks of people one would like to meet again, revealed only when mutual.
import { beijingDay } from '../../domain/time';
import { mixerEligibility, mutualMatches } from '../../domain/clubs/rules';
import { VisibleError } from '../../domain/errors';
import type { CallContext } from '../_kit';
import {
  attendees,
  declarationsOf,
  getEvent,
  marksAround,
  putDeclaration,
  removeDeclaration,
  setMark,
  staffNames,
  type EventView,
} from './mixer-repo';

async function requireMixer(ctx: CallContext, eventId: string): Promise<EventView> {
  const event = await getEvent(ctx.db, eventId);
  if (!event || !event.mixer)
    throw new VisibleError('clubs.not_mixer', '没有找到这场联谊活动，请回到活动页看看。');
  return event;
}

const endOf = (e: EventView) => e.endAt ?? e.startAt;

/** The organizer of this event: a scoped (or global) organizer grant, or named on the event. */
function organizes(ctx: CallContext, event: EventView): boolean {
  const me = ctx.me().staffNo;
  return (
    ctx.can('organizer', { eventId: event._id }) ||
    event.createdBy === me ||
    (event.organizers ?? []).includes(me)
  );
}

export async function declare(input: { eventId: string }, ctx: CallContext) {
  const me = ctx.me();
  const event = await requireMixer(ctx, input.eventId);
  const end = endOf(event);
  if (end && end.getTime() <= ctx.now.getTime())
    throw new VisibleError('clubs.mixer_over', '这场联谊已经结束了。');
  const check = mixerEligibility(me.birth, beijingDay(ctx.now), event.mixerAges);
  // events' sign-up admits whoever has a declaration doc, so only an eligible one is kept
  if (!check.eligible) {
    await removeDeclaration(ctx.db, event._id, me.staffNo);
    return { declared: true as const, eligible: false, why: check.why };
  }
  await putDeclaration(ctx.db, {
    eventId: event._id,
    staffNo: me.staffNo,
    name: me.name,
    single: true,
    eligible: true,
    declaredAt: ctx.now,
  });
  return { declared: true as const, eligible: true };
}

export async function declarations(input: { eventId: string }, ctx: CallContext) {
  // refuse a non-organizer before saying anything about the event (tier 3 behind it)
  const event = await getEvent(ctx.db, input.eventId);
  if (event && !organizes(ctx, event))
    throw new VisibleError('auth.forbidden', '联谊报名声明只有这场活动的组织者能看到。');
  if (!event || !event.mixer)
    throw new VisibleError('clubs.not_mixer', '没有找到这场联谊活动，请回到活动页看看。');
  const docs = await declarationsOf(ctx.db, event._id);
  return {
    declarations: docs.map((d) => ({
      staffNo: d.staffNo,
      name: d.name,
      eligible: d.eligible,
      declaredAt: d.declaredAt.toISOString(),
    })),
  };
}

async function requireAttendee(ctx: CallContext, event: EventView): Promise<string[]> {
  const people = await attendees(ctx.db, event._id);
  if (!people.includes(ctx.me().staffNo))
    throw new VisibleError('clubs.not_attendee', '参加了这场联谊的教职工才能使用这个功能。');
  return people;
}

function isOver(ctx: CallContext, event: EventView): boolean {
  const end = endOf(event);
  return Boolean(end && end.getTime() <= ctx.now.getTime());
}

/** Other attendees by name only (no phone, branch or age), with my own marks. */
export async function people(input: { eventId: string }, ctx: CallContext) {
  const me = ctx.me().staffNo;
  const event = await requireMixer(ctx, input.eventId);
  const all = await requireAttendee(ctx, event);
  const others = all.filter((s) => s !== me);
  const [names, marks] = await Promise.all([
    staffNames(ctx.db, others),
    marksAround(ctx.db, event._id, me),
  ]);
  const mine = new Set(marks.mine);
  return {
    open: isOver(ctx, event),
    people: others.map((staffNo) => ({
      staffNo,
      name: names.get(staffNo) ?? '参加者',
      marked: mine.has(staffNo),
    })),
  };
}

export async function mark(
  input: { eventId: string; staffNo: string; like: boolean },
  ctx: CallContext,
) {
  const me = ctx.me().staffNo;
  const event = await requireMixer(ctx, input.eventId);
  if (!isOver(ctx, event))
    throw new VisibleError('clubs.mixer_not_over', '活动结束后才能标记想再见面的人。');
  if (input.staffNo === me) throw new VisibleError('validation.failed', '不能标记自己。');
  const all = await requireAttendee(ctx, event);
  if (!all.includes(input.staffNo))
    throw new VisibleError('clubs.not_attendee', '只能标记参加了这场联谊的人。');
  await setMark(ctx.db, event._id, me, input.staffNo, input.like, ctx.now);
  return { marked: input.like };
}

export async function matches(input: { eventId: string }, ctx: CallContext) {
  const me = ctx.me().staffNo;
  const event = await requireMixer(ctx, input.eventId);
  const { mine, onMe } = await marksAround(ctx.db, event._id, me);
  const both = mutualMatches(mine, onMe);
  const names = await staffNames(ctx.db, both);
  return { matches: both.map((staffNo) => ({ staffNo, name: names.get(staffNo) ?? '参加者' })) };
}
