// How events read on screen: times in Beijing, my status as a short tag, seats as words.
import { beijing } from '../../../domain/time';
import type { EventSummary } from '../../../domain/events/contract';

/** "3月8日 周日 14:00–16:00" (or across days "3月8日 14:00 – 3月10日 17:00"). */
export function whenText(startAt: string, endAt: string): string {
  const s = beijing(startAt);
  const e = beijing(endAt);
  const week = '日一二三四五六'[s.day()];
  if (s.format('YYYY-MM-DD') === e.format('YYYY-MM-DD'))
    return `${s.format('M月D日')} 周${week} ${s.format('HH:mm')}–${e.format('HH:mm')}`;
  return `${s.format('M月D日 HH:mm')} – ${e.format('M月D日 HH:mm')}`;
}

export function mineTag(mine: EventSummary['mine']): string | null {
  if (!mine) return null;
  switch (mine.status) {
    case 'confirmed':
      return mine.checkedInAt ? '已签到' : mine.teamName ? `已报名 · ${mine.teamName}` : '已报名';
    case 'waitlisted':
      return mine.waitPosition ? `候补第 ${mine.waitPosition} 位` : '候补中';
    case 'pending':
      return '待定';
    case 'rejected':
      return '未通过';
    default:
      return null;
  }
}

export function seatsText(
  e: Pick<EventSummary, 'capacity' | 'seatsLeft' | 'allocation' | 'phase' | 'team'>,
): string {
  const unit = e.team ? '队' : '人';
  if (e.allocation === 'lottery') return `名额 ${e.capacity} ${unit} · 截止后抽签`;
  if (e.seatsLeft <= 0) return `名额 ${e.capacity} ${unit} · 已满，可候补`;
  return `名额 ${e.capacity} ${unit} · 还剩 ${e.seatsLeft}`;
}

export const PHASE_LABELS: Record<EventSummary['phase'], string> = {
  upcoming: '未开始报名',
  open: '报名中',
  closed: '报名截止',
  over: '已结束',
};

/** "2026-03-08 14:00" typed by an organizer (Beijing time) → ISO instant, or null. */
export function parseBeijingInput(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h - 8, mi);
  const back = new Date(ms + 8 * 3600_000);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23) return null;
  return new Date(ms).toISOString();
}

/** ISO instant → "2026-03-08 14:00" for the form. */
export function toBeijingInput(iso: string): string {
  return beijing(iso).format('YYYY-MM-DD HH:mm');
}

/** The typed mixer age range (integers 18–80, min ≤ max), or which box is wrong and why. */
export function mixerAgesOf(
  minText: string,
  maxText: string,
):
  | { ok: true; min: number; max: number }
  | { ok: false; field: 'mixerMin' | 'mixerMax'; why: string } {
  const age = (t: string) => (/^\d{1,3}$/.test(t.trim()) ? Number(t.trim()) : NaN);
  const fits = (n: number) => n >= 18 && n <= 80;
  const min = age(minText);
  const max = age(maxText);
  if (!fits(min)) return { ok: false, field: 'mixerMin', why: '请填 18–80 之间的整数' };
  if (!fits(max)) return { ok: false, field: 'mixerMax', why: '请填 18–80 之间的整数' };
  if (min > max) return { ok: false, field: 'mixerMax', why: '最大年龄不能小于最小年龄' };
  return { ok: true, min, max };
}

/**
 * Where the event form's pickers open while a time is not chosen yet: the start a week from now
 * at 14:00, the end two hours after the start, sign-up from now (the next full hour) until the
 * evening before the start. Once a start is chosen the others follow it.
 */
export function suggestTimes(
  nowIso: string,
  startAt: string,
): { startAt: string; endAt: string; signupOpenAt: string; signupCloseAt: string } {
  const now = beijing(nowIso);
  const chosen = parseBeijingInput(startAt);
  const start = chosen ? beijing(chosen) : now.add(7, 'day').hour(14).minute(0);
  const fmt = 'YYYY-MM-DD HH:mm';
  return {
    startAt: start.format(fmt),
    endAt: start.add(2, 'hour').format(fmt),
    signupOpenAt: now.add(1, 'hour').minute(0).format(fmt),
    signupCloseAt: start.subtract(1, 'day').hour(18).minute(0).format(fmt),
  };
}
