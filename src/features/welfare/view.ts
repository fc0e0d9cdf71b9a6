// Pure helpers for the welfare screens: labels, stock wording, bar widths, what choosing says
// (the create form: batch-form.ts). The 福利 tab uses these: keep them small and schema-free.
import { beijingDateTime } from '../../../domain/time';
import type { BatchView } from '../../../domain/welfare/contract';

export function stockLabel(left: number, stock: number): string {
  if (left <= 0) return '已选完';
  if (left <= Math.max(5, Math.ceil(stock * 0.1))) return `仅剩 ${left} 份`;
  return `剩 ${left} 份`;
}

export function phaseLine(b: Pick<BatchView, 'phase' | 'claimOpenAt' | 'claimCloseAt'>): string {
  if (b.phase === 'upcoming') return `${beijingDateTime(b.claimOpenAt)} 开始选择`;
  if (b.phase === 'open') return `${beijingDateTime(b.claimCloseAt)} 截止选择`;
  return '已截止选择';
}

/** A bar's width in percent, at least 2 when the value is not zero so it stays visible. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}

/** 12800 → "128 元", 9950 → "99.50 元". */
export function fenToYuan(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest ? `${yuan}.${String(rest).padStart(2, '0')} 元` : `${yuan} 元`;
}

/**
 * What an option card says about my choice: the one I have picked says "✓ 我选的" (even before the
 * change is saved), the one it replaces "原来选的（还没更换）" until I save, the rest nothing.
 */
export function optionTag(
  optionId: string,
  picked: string | null,
  mine: string | null,
  open: boolean,
): string | null {
  const chosen = open ? (picked ?? mine) : mine;
  if (optionId === chosen) return '✓ 我选的';
  if (open && optionId === mine && picked && picked !== mine) return '原来选的（还没更换）';
  return null;
}

/** What I am told once my choice is saved: a change, a first choice (collected or delivered), or
 * only the delivery address saved again. */
export function choiceDoneLine(
  picked: string,
  mine: string | null,
  ship: boolean,
  pickedName: string,
): string {
  if (picked === mine) return '收货信息已保存。';
  if (mine) return `已更换为「${pickedName}」。`;
  return ship
    ? `已选好「${pickedName}」，将快递到你填写的地址。`
    : `已选好「${pickedName}」。领取时出示领取码即可。`;
}

/** The save button's words: a first choice, a change, or the address alone. */
export function choiceButtonLabel(picked: string, mine: string | null, pickedName: string): string {
  if (picked === mine) return '保存收货信息';
  return mine ? `更换为「${pickedName}」` : `确认选择「${pickedName}」`;
}
