// Pure helpers for the welfare screens: labels, stock wording, bar widths, the create form.
import { beijingDateTime, startOfBeijingDay, YMD } from '../../../domain/time';
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

export interface OptionRow {
  name: string;
  stock: string;
}

export interface BatchForm {
  name: string;
  openDay: string;
  closeDay: string;
  options: OptionRow[];
  defaultOption: number;
}

export type FormErrors = Partial<Record<string, string>>;

/** Checks the create form and builds the createBatch input (open 09:00, close 17:00 Beijing). */
export function toCreateInput(f: BatchForm):
  | {
      ok: true;
      input: {
        name: string;
        claimOpenAt: string;
        claimCloseAt: string;
        options: { name: string; stock: number }[];
        defaultOption: number;
      };
    }
  | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!f.name.trim()) errors.name = '请填写福利名称';
  if (!YMD.test(f.openDay)) errors.openDay = '请按 2026-11-20 的格式填写';
  if (!YMD.test(f.closeDay)) errors.closeDay = '请按 2026-11-27 的格式填写';
  const options = f.options.filter((o) => o.name.trim() || o.stock.trim());
  if (options.length === 0) errors.options = '至少需要一个礼包';
  options.forEach((o, i) => {
    if (!o.name.trim()) errors[`option${i}`] = '请填写礼包名称';
    else if (!/^\d+$/.test(o.stock.trim())) errors[`option${i}`] = '库存请填写整数';
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  const open = new Date(startOfBeijingDay(f.openDay).getTime() + 9 * 3600_000);
  const close = new Date(startOfBeijingDay(f.closeDay).getTime() + 17 * 3600_000);
  if (close <= open) return { ok: false, errors: { closeDay: '截止日期要晚于开始日期' } };
  return {
    ok: true,
    input: {
      name: f.name.trim(),
      claimOpenAt: open.toISOString(),
      claimCloseAt: close.toISOString(),
      options: options.map((o) => ({ name: o.name.trim(), stock: Number(o.stock) })),
      defaultOption: Math.min(f.defaultOption, options.length - 1),
    },
  };
}
