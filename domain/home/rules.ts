// Pure choices behind 首页 "我的近期": which event is next, which gift needs me, today's steps.
import type { HomeEvent, HomeGift } from './contract';

export interface SignupLite {
  eventId: string;
  status: string;
}

export interface EventLite {
  _id: string;
  title: string;
  location: string;
  startAt: Date;
  endAt: Date;
  status: string;
}

const LIVE_SIGNUPS = ['confirmed', 'pending', 'waitlisted'] as const;
type LiveStatus = (typeof LIVE_SIGNUPS)[number];
const isLive = (s: string): s is LiveStatus => (LIVE_SIGNUPS as readonly string[]).includes(s);

/**
 * My next event: among my live sign-ups, the published event that has not ended yet and starts
 * first (an event under way counts: the pass is needed at the door). Confirmed ones win over a
 * queue place only by time, never hidden.
 */
export function nextEvent(
  signups: readonly SignupLite[],
  events: readonly EventLite[],
  now: Date,
): HomeEvent | null {
  const statusOf = new Map<string, LiveStatus>();
  for (const s of signups) if (isLive(s.status)) statusOf.set(s.eventId, s.status);
  let best: EventLite | null = null;
  for (const e of events) {
    if (e.status !== 'published' || e.endAt <= now || !statusOf.has(e._id)) continue;
    if (!best || e.startAt < best.startAt) best = e;
  }
  if (!best) return null;
  return {
    eventId: best._id,
    title: best.title,
    location: best.location,
    startAt: best.startAt.toISOString(),
    status: statusOf.get(best._id) as LiveStatus,
  };
}

export interface BatchLite {
  _id: string;
  name: string;
  claimOpenAt: Date;
  claimCloseAt: Date;
  status: string;
  /** my ledger line, if I chose: the option id and when it was handed over */
  mine: { optionId: string; handedAt: Date | null } | null;
  optionName: (optionId: string) => string | null;
  /** whether I may claim from this batch at all */
  eligible: boolean;
}

/**
 * The gift that needs me: an open batch I may claim from and have not chosen in (the soonest
 * deadline first), else one whose gift I chose and have not picked up (show the code), else
 * nothing. A gift already handed over is shown only when nothing else is waiting.
 */
export function giftNeedingMe(batches: readonly BatchLite[], now: Date): HomeGift | null {
  const open = batches
    .filter((b) => b.status === 'open' && b.claimOpenAt <= now && now < b.claimCloseAt)
    .filter((b) => b.eligible || b.mine)
    .sort((a, b) => a.claimCloseAt.getTime() - b.claimCloseAt.getTime());
  const view = (b: BatchLite, state: HomeGift['state']): HomeGift => ({
    batchId: b._id,
    batchName: b.name,
    claimCloseAt: b.claimCloseAt.toISOString(),
    state,
    optionName: b.mine ? b.optionName(b.mine.optionId) : null,
  });
  const toChoose = open.find((b) => !b.mine);
  if (toChoose) return view(toChoose, 'choose');
  const toPick = open.find((b) => b.mine && !b.mine.handedAt);
  if (toPick) return view(toPick, 'chosen');
  const handed = open.find((b) => b.mine?.handedAt);
  return handed ? view(handed, 'handed') : null;
}

/** Steps recorded for a day, or null when that day has not been synced. */
export function stepsOn(days: Readonly<Record<string, number>> | undefined, day: string) {
  if (!days || !Object.hasOwn(days, day)) return null;
  const n = days[day];
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.round(n)) : null;
}
