// Pure decisions for check-ups: which package fits whom on the exam day, the booking window,
// who may book which day, until when a booking can change, what the reminders are and when.
import { addDays, ageOn, beijingDay, beijingMinuteOfDay, startOfBeijingDay } from '../time';
import type { Sex } from './contract';

export interface PackageRule {
  id: string;
  name: string;
  sex: Sex | null;
  minAge: number | null;
  maxAge: number | null;
}

export interface Person {
  gender?: '男' | '女';
  /** YYYY-MM or YYYY-MM-DD */
  birth?: string;
  status: '在职' | '退休';
}

export const sexOf = (gender: Person['gender']): Sex | null =>
  gender === '男' ? 'M' : gender === '女' ? 'F' : null;

export type PackageVerdict<P> =
  { ok: true; pkg: P; age: number | null } | { ok: false; reason: string };

/**
 * The first package (in the campaign's order) that fits the person on the exam day: the sex
 * matches (or the package is for everyone) and minAge ≤ age < maxAge (either bound optional).
 * Age is whole years on that Beijing day, so a birthday on the exam day already counts.
 */
export function packageFor<P extends PackageRule>(
  packages: readonly P[],
  person: Person,
  examDate: string,
): PackageVerdict<P> {
  const sex = sexOf(person.gender);
  const age = person.birth ? ageOn(person.birth, examDate) : null;
  for (const p of packages) {
    if (p.sex && p.sex !== sex) continue;
    if ((p.minAge !== null || p.maxAge !== null) && age === null) continue;
    if (p.minAge !== null && age !== null && age < p.minAge) continue;
    if (p.maxAge !== null && age !== null && age >= p.maxAge) continue;
    return { ok: true, pkg: p, age };
  }
  if (!sex || age === null) {
    return {
      ok: false,
      reason: '你的名册信息里缺少性别或出生日期，无法确定体检套餐。请联系所在分工会更新名册。',
    };
  }
  return {
    ok: false,
    reason: '这次体检没有适合你的套餐。如有疑问，请联系校工会。',
  };
}

export type Phase = 'upcoming' | 'open' | 'closed';

export function phaseOf(c: { bookOpenAt: Date; bookCloseAt: Date }, now: Date): Phase {
  if (now < c.bookOpenAt) return 'upcoming';
  if (now >= c.bookCloseAt) return 'closed';
  return 'open';
}

/** Why this person may not book this day, or null. A day must be at least tomorrow. */
export function dayRefusal(
  day: { date: string; retireesOnly: boolean },
  person: Pick<Person, 'status'>,
  now: Date,
): string | null {
  if (day.date <= beijingDay(now)) {
    return '这一天已经不能预约了（最晚提前一天预约），请选择以后的日期。';
  }
  if (day.retireesOnly && person.status !== '退休') {
    return '这一天是退休教职工专场，在职教职工请选择其他日期。';
  }
  return null;
}

/** A booking can be changed or cancelled until the day before its exam day (Beijing). */
export function canChange(examDate: string, now: Date): boolean {
  return beijingDay(now) < examDate;
}

/** The add-ons' total in fen (unknown ids count nothing). */
export function addonsTotal(
  addons: readonly { id: string; priceFen: number }[],
  chosen: readonly string[],
): number {
  const price = new Map(addons.map((a) => [a.id, a.priceFen]));
  return chosen.reduce((sum, a) => sum + (price.get(a) ?? 0), 0);
}

/** What a check-up elsewhere is reimbursed: the receipt's amount, up to the package's standard. */
export function reimbursable(amountFen: number, standardFen: number): number {
  return Math.max(0, Math.min(amountFen, standardFen));
}

/** The evening reminder goes out from 18:00 the day before; the morning one from 06:00. */
export const EVENING_FROM_MINUTE = 18 * 60;
export const MORNING_FROM_MINUTE = 6 * 60;

export interface DueReminder {
  date: string;
  slot: 'eve' | 'morning';
}

/** The reminders due now for these exam days (a job marks each sent, so this may repeat). */
export function remindersDue(dates: readonly string[], now: Date): DueReminder[] {
  const today = beijingDay(now);
  const minute = beijingMinuteOfDay(now);
  const out: DueReminder[] = [];
  for (const date of dates) {
    if (date === addDays(today, 1) && minute >= EVENING_FROM_MINUTE)
      out.push({ date, slot: 'eve' });
    // the morning one only before noon: later it would be pointless
    if (date === today && minute >= MORNING_FROM_MINUTE && minute < 12 * 60)
      out.push({ date, slot: 'morning' });
  }
  return out;
}

/** The nudge to those not booked: once, from a week before booking closes. */
export function nudgeDue(bookCloseAt: Date, now: Date): boolean {
  const weekBefore = bookCloseAt.getTime() - 7 * 24 * 3600_000;
  return now.getTime() >= weekBefore && now < bookCloseAt;
}

/** The instant a slot starts (Beijing). */
export function slotStartsAt(date: string, start: string): Date {
  const [h, m] = start.split(':').map(Number);
  return new Date(startOfBeijingDay(date).getTime() + (h * 60 + m) * 60_000);
}

/** Slot ids: deterministic from campaign, day and start ("ck-2026-20261210-0730"). */
export const slotIdOf = (campaignId: string, date: string, start: string) =>
  `${campaignId}-${date.replace(/-/g, '')}-${start.replace(':', '')}`;

/** One booking per person per campaign. */
export const bookingIdOf = (campaignId: string, staffNo: string) => `${campaignId}:${staffNo}`;

/** The key of a person's place in a slot document's holds (a prefix keeps keys like "__proto__"
 * or digits-only staff numbers safe as field names). */
export const holdKeyOf = (staffNo: string) => `s${staffNo}`;

/** 12345 fen → "123.45 元" */
export function yuan(fen: number): string {
  return `${(fen / 100).toFixed(fen % 100 === 0 ? 0 : 2)} 元`;
}
