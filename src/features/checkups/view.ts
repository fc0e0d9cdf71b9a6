// What the check-up pages show, as pure functions: day and slot labels, money, the state of a slot.
import type { Mine, SlotsOutput } from '../../../domain/checkups/contract';
import { beijingDay } from '../../../domain/time';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "12月10日 周四" */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${m}月${d}日 周${WEEKDAYS[wd]}`;
}

/** 105000 → "1050 元", 12345 → "123.45 元" */
export function yuan(fen: number): string {
  return `${fen % 100 === 0 ? fen / 100 : (fen / 100).toFixed(2)} 元`;
}

export type SlotState = 'mine' | 'full' | 'open' | 'closed';

/** A slot as a button: mine, full (greyed), open, or closed (the day cannot be booked by me). */
export function slotState(
  slot: { slotId: string; left: number },
  day: { date: string; retireesOnly: boolean },
  me: { retired: boolean; mySlotId?: string },
  now: Date,
): SlotState {
  if (slot.slotId === me.mySlotId) return 'mine';
  if (day.date <= beijingDay(now) || (day.retireesOnly && !me.retired)) return 'closed';
  if (slot.left <= 0) return 'full';
  return 'open';
}

export function slotLine(slot: { start: string; left: number }, state: SlotState): string {
  if (state === 'mine') return `${slot.start} 我约的`;
  if (state === 'full') return `${slot.start} 已约满`;
  if (state === 'closed') return `${slot.start} 不可约`;
  return `${slot.start} 余 ${slot.left}`;
}

/** Places left on a day, for the day's tab. */
export function dayLeft(day: SlotsOutput['days'][number]): number {
  return day.slots.reduce((n, s) => n + s.left, 0);
}

/** The sentence at the top of the staff page: what I have and what to do next. */
export function statusLine(mine: Mine): string {
  if (mine.checkedInAt) return '你已在医院签到。体检结果由医院出具，请按医院的通知领取。';
  if (mine.slotId && mine.date && mine.start)
    return `你已预约 ${dayLabel(mine.date)} ${mine.start}，套餐：${mine.packageName}。`;
  if (mine.blocked) return mine.blocked;
  return `你的套餐是「${mine.packageName}」。请在下面选一个日期和时段预约。`;
}
