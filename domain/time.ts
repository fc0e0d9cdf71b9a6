// Beijing-time calendar days and instants. Beijing is UTC+8 all year, so a fixed offset is exact
// and needs no time-zone data (mini-program JS engines may lack Intl zones).
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const BEIJING_OFFSET_MINUTES = 480;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant viewed in Beijing time. */
export function beijing(at: Date | string | number = Date.now()): Dayjs {
  return dayjs(at).utcOffset(BEIJING_OFFSET_MINUTES);
}

/** The Beijing calendar day (YYYY-MM-DD) an instant falls on. */
export function beijingDay(at: Date | string | number = Date.now()): string {
  return beijing(at).format('YYYY-MM-DD');
}

/** The instant 00:00 Beijing time of a YYYY-MM-DD day. */
export function startOfBeijingDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - BEIJING_OFFSET_MINUTES * 60 * 1000);
}

/** Days from a to b (YYYY-MM-DD), b - a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((startOfBeijingDay(b).getTime() - startOfBeijingDay(a).getTime()) / DAY_MS);
}

/** A YYYY-MM-DD day shifted by n days. */
export function addDays(day: string, n: number): string {
  return beijingDay(startOfBeijingDay(day).getTime() + n * DAY_MS);
}

/** Every day from start to end inclusive. */
export function dayRange(start: string, end: string): string[] {
  const out: string[] = [];
  const n = daysBetween(start, end);
  for (let i = 0; i <= n; i++) out.push(addDays(start, i));
  return out;
}

/** "14:03" in Beijing time. */
export function beijingClock(at: Date | string | number): string {
  return beijing(at).format('HH:mm');
}

/** "11月23日 14:03" in Beijing time, the way the UI shows an instant. */
export function beijingDateTime(at: Date | string | number): string {
  return beijing(at).format('M月D日 HH:mm');
}

/** Minutes since 00:00 Beijing time, for quiet hours and opening times. */
export function beijingMinuteOfDay(at: Date | string | number = Date.now()): number {
  const t = beijing(at);
  return t.hour() * 60 + t.minute();
}

/** Whole years between a birth day (YYYY-MM or YYYY-MM-DD) and a Beijing day. */
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd = 1] = birth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
