// Money as people type and read it: 元 with up to two decimals in, fen out; fen in, "1,234.56" out.
import type { CaseStatus } from '../../../domain/care/model';
export { yuan } from '../../../domain/care/rules';

/** "3000" / "3,000.5" / "3000元" → 300050 fen; null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const s = text.replace(/[,，\s元]/g, '');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(s)) return null;
  const [int, dec = ''] = s.split('.');
  return Number(int) * 100 + Number(dec.padEnd(2, '0'));
}

/** A colour family for a status tag. */
export function statusTone(s: CaseStatus): 'wait' | 'work' | 'done' | 'off' {
  if (s === 'returned' || s === 'draft') return 'work';
  if (s === 'approved' || s === 'paid') return 'done';
  if (s === 'declined' || s === 'withdrawn') return 'off';
  return 'wait';
}

/** Today in Beijing as YYYY-MM-DD (for the payment date's default). */
export function todayYmd(now: Date = new Date()): string {
  const d = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  return d.toISOString().slice(0, 10);
}
