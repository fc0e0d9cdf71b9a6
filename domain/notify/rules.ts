// Pure decisions of the notify feature: quiet hours, when a reminder is due, what a send error
// means, retry backoff, and what a subscribe answer adds to the quota ledger.
import { beijing, beijingMinuteOfDay } from '../time';
import type { NoticeKind } from './notice';

export const DEFAULT_QUIET_HOURS = '22:00-07:30';

export interface QuietHours {
  /** minutes after 00:00 Beijing time */
  start: number;
  end: number;
}

/** "22:00-07:30" → minutes; "off", "none" or "" → null (no quiet hours); nonsense → the default. */
export function parseQuietHours(spec: string | undefined): QuietHours | null {
  const s = (spec ?? DEFAULT_QUIET_HOURS).trim().toLowerCase();
  if (s === '' || s === 'off' || s === 'none') return null;
  const m = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(s);
  if (!m) return parseQuietHours(DEFAULT_QUIET_HOURS);
  const [h1, m1, h2, m2] = m.slice(1).map(Number);
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59) return parseQuietHours(DEFAULT_QUIET_HOURS);
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  return start === end ? null : { start, end };
}

/** Is this instant inside quiet hours (Beijing time)? Quiet hours may wrap past midnight. */
export function isQuiet(at: Date, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const m = beijingMinuteOfDay(at);
  return quiet.start < quiet.end
    ? m >= quiet.start && m < quiet.end
    : m >= quiet.start || m < quiet.end;
}

/** The first instant at or after `at` outside quiet hours. */
export function nextSendableAt(at: Date, quiet: QuietHours | null): Date {
  if (!isQuiet(at, quiet) || !quiet) return at;
  const t = beijing(at);
  const minute = t.hour() * 60 + t.minute();
  const wait = (quiet.end - minute + 24 * 60) % (24 * 60);
  return new Date(t.startOf('minute').valueOf() + wait * 60_000);
}

const HOUR = 60 * 60 * 1000;

/**
 * Which event reminder is due now: "1h" within the last hour before the start, "24h" within the
 * 24 hours before that; none once it started or when it is further away. A person who signs up
 * late still gets the reminder of the window they are in (once: the slot is part of the id).
 */
export function reminderSlot(startAt: Date, now: Date): '24h' | '1h' | null {
  const ms = startAt.getTime() - now.getTime();
  if (ms <= 0) return null;
  if (ms <= HOUR) return '1h';
  if (ms <= 24 * HOUR) return '24h';
  return null;
}

/** A gift reminder is due in the 24 hours before the choice closes, while the batch is open. */
export function giftReminderDue(closeAt: Date, status: string, now: Date): boolean {
  const ms = closeAt.getTime() - now.getTime();
  return status === 'open' && ms > 0 && ms <= 24 * HOUR;
}

/** The daily walkathon nudge goes out from this Beijing time on (minutes after midnight). */
export const STEPS_NUDGE_FROM = 19 * 60;

/** Is the nudge due for a walker today: the campaign runs today, it is evening, not synced today. */
export function stepsNudgeDue(
  campaign: { startDate: string; endDate: string },
  syncedDays: readonly string[],
  today: string,
  now: Date,
): boolean {
  if (today < campaign.startDate || today > campaign.endDate) return false;
  if (beijingMinuteOfDay(now) < STEPS_NUDGE_FROM) return false;
  return !syncedDays.includes(today);
}

export type SendOutcome = 'sent' | 'no_subscription' | 'permanent' | 'transient';

/** Errors that will not go away by retrying: bad openid, template, page or data. */
const PERMANENT = new Set([40003, 40037, 41028, 41029, 41030, 43104, 47003, 47001]);

/** What WeChat's errcode means for this message. 43101: the user has no subscription left. */
export function outcomeOf(errcode: number): SendOutcome {
  if (errcode === 0) return 'sent';
  if (errcode === 43101) return 'no_subscription';
  if (PERMANENT.has(errcode)) return 'permanent';
  return 'transient';
}

export const MAX_ATTEMPTS = 6;

/** When to retry after the n-th failed attempt (1-based): 1, 2, 4, 8, 16 minutes … at most 1 hour. */
export function retryAt(attempts: number, now: Date): Date {
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + minutes * 60_000);
}

/** The accepted templates of a subscribe answer, one per template id (WeChat grants one send per
 * template per tap, however many kinds share it). */
export function acceptedTemplates(
  answers: readonly { kind: NoticeKind; result: string }[],
  templateIdOf: (kind: NoticeKind) => string | null,
): { templateId: string; kinds: NoticeKind[] }[] {
  const byId = new Map<string, NoticeKind[]>();
  for (const a of answers) {
    if (a.result !== 'accept') continue;
    const id = templateIdOf(a.kind);
    if (!id) continue;
    const kinds = byId.get(id) ?? [];
    if (!kinds.includes(a.kind)) kinds.push(a.kind);
    byId.set(id, kinds);
  }
  return [...byId].map(([templateId, kinds]) => ({ templateId, kinds }));
}

/** The quota ledger's document id: one per WeChat user and template. */
export const quotaIdOf = (openid: string, templateId: string) => `${openid}:${templateId}`;
