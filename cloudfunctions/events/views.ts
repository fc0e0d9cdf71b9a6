// What the app shows: event lists (upcoming / open / mine / manage) and one event in detail,
// with what the caller can do on it in one line.
import type { z } from 'zod';
import {
  checkEligibility,
  describeAudience,
  listIneligibility,
} from '../../domain/events/audience';
import type { EventDetail, EventSummary, listInput } from '../../domain/events/contract';
import { signupIdOf, teamIdOf, type EventDoc, type SignupDoc } from '../../domain/events/model';
import { phaseOf, verdictOf } from '../../domain/events/rules';
import type { CallContext } from '../_kit';
import { canManage, loadEvent } from './access';
import { coverOf, coverUrlsOf } from './cover';
import { getEvents, listEvents } from './event-repo';
import { branchNames } from '../_kit/roster-repo';
import { countWaitingBefore, getSignup, getTeam, signupsOf } from './signup-repo';
import { loadFacts } from './signup';

function mineOf(s: SignupDoc | undefined, waitPosition?: number): EventSummary['mine'] {
  if (!s) return undefined;
  return {
    status: s.status,
    ...(waitPosition ? { waitPosition } : {}),
    ...(s.shortNo !== undefined && s.status === 'confirmed' ? { shortNo: s.shortNo } : {}),
    ...(s.checkedInAt ? { checkedInAt: s.checkedInAt.toISOString() } : {}),
    ...(s.teamName ? { teamName: s.teamName } : {}),
  };
}

function summaryOf(
  e: EventDoc,
  now: Date,
  urls: Map<string, string>,
  mine?: SignupDoc,
  waitPosition?: number,
): EventSummary {
  return {
    ...coverOf(e, urls),
    eventId: e._id,
    title: e.title,
    type: e.type,
    location: e.location,
    startAt: e.startAt.toISOString(),
    endAt: e.endAt.toISOString(),
    signupOpenAt: e.signupOpenAt.toISOString(),
    signupCloseAt: e.signupCloseAt.toISOString(),
    capacity: e.capacity,
    seatsLeft: e.seatsLeft,
    allocation: e.allocation,
    status: e.status,
    phase: phaseOf(e, now),
    ...(e.team ? { team: e.team } : {}),
    ...(mine ? { mine: mineOf(mine, waitPosition) } : {}),
  };
}

export async function list(
  input: z.output<typeof listInput>,
  ctx: CallContext,
): Promise<{ items: EventSummary[] }> {
  const me = ctx.me();
  const _ = ctx.db.command;
  const now = ctx.now;
  if (input.scope === 'mine') {
    const mine = (await signupsOf(ctx.db, me.staffNo)).filter((s) => s.status !== 'cancelled');
    const events = await getEvents(
      ctx.db,
      mine.map((s) => s.eventId),
    );
    const shown = events
      .filter((e) => e.status !== 'draft')
      .sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
    const urls = await coverUrlsOf(shown);
    const items = shown.map((e) =>
      summaryOf(
        e,
        now,
        urls,
        mine.find((s) => s.eventId === e._id),
      ),
    );
    return { items };
  }
  if (input.scope === 'manage') {
    const all = await listEvents(ctx.db, {
      endAt: _.gt(new Date(now.getTime() - 30 * 86_400_000)),
    });
    const managed = all.filter((e) => canManage(ctx, e));
    const urls = await coverUrlsOf(managed);
    return { items: managed.map((e) => summaryOf(e, now, urls)) };
  }
  const events = (await listEvents(ctx.db, { status: 'published', endAt: _.gt(now) })).filter(
    (e) => input.scope !== 'open' || phaseOf(e, now) === 'open',
  );
  const [mine, urls] = await Promise.all([
    signupsOf(
      ctx.db,
      me.staffNo,
      events.map((e) => e._id),
    ),
    coverUrlsOf(events),
  ]);
  return {
    items: events.map((e) => {
      const signup = mine.find((s) => s.eventId === e._id && s.status !== 'cancelled');
      const notForMe = signup ? null : listIneligibility(e, me, now);
      return { ...summaryOf(e, now, urls, signup), ...(notForMe ? { notForMe } : {}) };
    }),
  };
}

export async function get(input: { eventId: string }, ctx: CallContext): Promise<EventDetail> {
  const me = ctx.me();
  const event = await loadEvent(ctx, input.eventId);
  const chairBranch = event.team
    ? me.roles.find((g) => g.role === 'branch_chair' && g.branchId)?.branchId
    : undefined;
  const [mineRaw, facts, branches, team, urls] = await Promise.all([
    getSignup(ctx.db, signupIdOf(event._id, me.staffNo)),
    loadFacts(ctx, event),
    event.audience.some((r) => r.kind === 'branches') || event.quotas
      ? branchNames(ctx.db)
      : Promise.resolve(new Map<string, string>()),
    chairBranch ? getTeam(ctx.db, teamIdOf(event._id, chairBranch)) : Promise.resolve(null),
    coverUrlsOf([event]),
  ]);
  const mine = mineRaw && mineRaw.status !== 'cancelled' ? mineRaw : undefined;
  const waitPosition =
    mine?.status === 'waitlisted' && mine.waitSeq !== undefined
      ? (await countWaitingBefore(ctx.db, event._id, mine.waitSeq)) + 1
      : undefined;
  const eligibility = checkEligibility(event, facts);
  const verdict = verdictOf(
    { ...event, lotteryDrawn: Boolean(event.lottery) },
    mine
      ? { status: mine.status, waitPosition }
      : mineRaw?.status === 'rejected'
        ? { status: 'rejected' }
        : null,
    eligibility,
    ctx.now,
  );
  const summary = summaryOf(event, ctx.now, urls, mine, waitPosition);
  return {
    ...summary,
    description: event.description,
    cancelCutoffAt: event.cancelCutoffAt.toISOString(),
    approval: event.approval,
    waitlist: event.waitlist,
    mixer: event.mixer,
    ...(event.mixer && event.mixerAges ? { mixerAges: event.mixerAges } : {}),
    ...(event.mixer ? { mixerDeclared: Boolean(facts.mixerDeclared) } : {}),
    audience: event.audience,
    audienceText: describeAudience(event.audience, (id) => branches.get(id) ?? id),
    ...(event.quotas ? { quotas: event.quotas } : {}),
    ...(event.lottery
      ? {
          lottery: {
            seed: event.lottery.seed,
            drawnAt: event.lottery.drawnAt.toISOString(),
            applicants: event.lottery.applicants,
          },
        }
      : {}),
    verdict,
    manage: canManage(ctx, event),
    ...(team && team.status !== 'cancelled'
      ? { myBranchTeam: { teamId: team._id, name: team.name, members: team.members } }
      : {}),
  };
}
