// The days a date list holds: sorted, no repeats, each with an optional mark (e.g. 退休专场);
// adding, removing and marking return a new list. Pure, so tested without a renderer.

export interface DayItem {
  /** "2026-12-10" (Beijing calendar day) */
  date: string;
  /** the row's mark is on (what it means is the form's: e.g. a retirees-only day) */
  marked: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The list with `date` added in order; a repeat or a malformed day leaves it as it was. */
export function addDay(list: readonly DayItem[], date: string): DayItem[] {
  const d = date.trim();
  if (!DAY.test(d) || list.some((x) => x.date === d)) return [...list];
  return [...list, { date: d, marked: false }].sort((a, b) => a.date.localeCompare(b.date));
}

export function removeDay(list: readonly DayItem[], date: string): DayItem[] {
  return list.filter((x) => x.date !== date);
}

export function toggleMark(list: readonly DayItem[], date: string): DayItem[] {
  return list.map((x) => (x.date === date ? { ...x, marked: !x.marked } : x));
}

/** "2026年12月10日 周四" (the weekday of that calendar day, whatever the device's zone). */
export function dayText(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${y}年${m}月${d}日 周${WEEKDAYS[wd]}`;
}
