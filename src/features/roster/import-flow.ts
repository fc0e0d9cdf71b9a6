// The import screen's logic: what the preview says, whether it may be confirmed, and running the
// confirmed import in chunks with progress. Plain TypeScript so it tests without a renderer.
import type { ImportResult, RosterPreview } from '../../../domain/roster/contract';
import { IMPORT_CHUNK } from '../../../domain/roster/contract';

export interface ImportChoices {
  skipBadRows: boolean;
  deactivateMissing: boolean;
}

export interface ImportTotals {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  deactivated: number;
}

/** A file with bad rows is confirmed only when the admin chose to skip them; an empty one never. */
export function canConfirm(preview: RosterPreview, choices: ImportChoices): boolean {
  const writable = preview.counts.new + preview.counts.changed + preview.counts.unchanged;
  if (writable === 0) return false;
  return preview.counts.bad === 0 || choices.skipBadRows;
}

export interface SummaryTile {
  key: 'new' | 'changed' | 'unchanged' | 'bad';
  label: string;
  value: number;
  tone: 'ok' | 'plain' | 'warn';
}

export function summaryTiles(preview: RosterPreview): SummaryTile[] {
  return [
    { key: 'new', label: '新增', value: preview.counts.new, tone: 'ok' },
    { key: 'changed', label: '有变化', value: preview.counts.changed, tone: 'plain' },
    { key: 'unchanged', label: '无变化', value: preview.counts.unchanged, tone: 'plain' },
    {
      key: 'bad',
      label: '有问题',
      value: preview.counts.bad,
      tone: preview.counts.bad > 0 ? 'warn' : 'plain',
    },
  ];
}

/** One sentence for the confirmation dialog: what will happen when the admin says yes. */
export function confirmText(preview: RosterPreview, choices: ImportChoices): string {
  const parts = [`新增 ${preview.counts.new} 人，更新 ${preview.counts.changed} 人`];
  if (preview.counts.bad > 0) parts.push(`跳过 ${preview.counts.bad} 行有问题的数据`);
  if (choices.deactivateMissing && preview.missing.count > 0) {
    parts.push(`把名单中没有的 ${preview.missing.count} 人标记为不在册（管理员除外）`);
  }
  return `将${parts.join('，')}。确定导入吗？`;
}

export type SendChunk = (offset: number, limit: number) => Promise<ImportResult>;

/**
 * Sends the import chunk by chunk (each call writes up to `chunk` rows and is safe to repeat),
 * reporting rows done after each. Stops at the first failure, which the caller shows; a retry
 * starts again from the start and finds the rows already written unchanged.
 */
export async function runStagedImport(
  send: SendChunk,
  onProgress: (done: number, total: number) => void,
  chunk = IMPORT_CHUNK,
): Promise<ImportTotals> {
  const totals: ImportTotals = {
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    deactivated: 0,
  };
  let offset: number | null = 0;
  while (offset !== null) {
    const r: ImportResult = await send(offset, chunk);
    totals.total = r.total;
    totals.created += r.created;
    totals.updated += r.updated;
    totals.unchanged += r.unchanged;
    totals.skipped = r.skipped;
    totals.deactivated += r.deactivated;
    onProgress(r.processed, r.total);
    offset = r.nextOffset;
  }
  return totals;
}

/** Progress as a whole percentage for the bar. */
export function percent(done: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.round((done / total) * 100));
}
