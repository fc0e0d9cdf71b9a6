// Trip history (往年疗休养记录): an .xlsx of 工号, 年份, 路线 previewed like the roster's import, then
// imported so eligibility works from day one; and my own trips for the profile.
import type { z } from 'zod';
import type { tripsContract } from '../../domain/trips/contract';
import { historyIdOf } from '../../domain/trips/model';
import { checkHistoryRows } from '../../domain/trips/rules';
import { VisibleError, audit, type CallContext } from '../_kit';
import { getStaffMany } from '../_kit/roster-repo';
import { readTableFile } from '../_kit/table-file';
import { addHistoryMany, historyOf } from './people-repo';

type In<A extends keyof typeof tripsContract> = z.output<(typeof tripsContract)[A]['input']>;

const PREVIEW_MAX = 50;

export async function previewHistoryAction(input: In<'trips.previewHistory'>, ctx: CallContext) {
  const file = await readTableFile(input.fileBase64, input.fileName, 'roster.bad_file');
  if (
    !file.headers.includes('工号') ||
    !(file.headers.includes('年份') || file.headers.includes('年度'))
  )
    throw new VisibleError(
      'trips.missing_columns',
      '文件第一行应是表头：工号、年份、路线（路线可不填）。',
    );
  if (file.rows.length > 10_000)
    throw new VisibleError('trips.too_many_rows', '一次最多导入 10000 行，请分开导入。');
  const thisYear = new Date(ctx.now.getTime() + 8 * 3600_000).getUTCFullYear();
  const checked = checkHistoryRows(file.rows, thisYear);
  const known = await getStaffMany(
    ctx.db,
    checked.rows.map((r) => r.staffNo),
  );
  const unknown = [...new Set(checked.rows.map((r) => r.staffNo).filter((no) => !known.has(no)))];
  return {
    total: file.rows.length,
    rows: checked.rows,
    bad: checked.bad.slice(0, PREVIEW_MAX),
    unknown: unknown.slice(0, PREVIEW_MAX),
  };
}

export async function importHistoryAction(input: In<'trips.importHistory'>, ctx: CallContext) {
  await addHistoryMany(
    ctx.db,
    input.rows.map((r) => ({
      _id: historyIdOf(r.staffNo, r.year),
      staffNo: r.staffNo,
      year: r.year,
      ...(r.route ? { route: r.route } : {}),
      source: 'import' as const,
    })),
  );
  await audit(ctx, { target: 'trip_history', outcome: 'import' });
  return { imported: new Set(input.rows.map((r) => historyIdOf(r.staffNo, r.year))).size };
}

export async function myTripsAction(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const list = await historyOf(ctx.db, me.staffNo);
  return {
    trips: list
      .sort((a, b) => b.year - a.year)
      .map((h) => ({
        year: h.year,
        ...(h.route ? { route: h.route } : {}),
        counted: h.source === 'dropout',
      })),
  };
}
