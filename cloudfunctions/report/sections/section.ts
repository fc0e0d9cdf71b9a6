// What a report section is: one feature's aggregations (this period and the same span a year
// earlier, in the same requests), its sheet rows and the lists behind its figures.
import type { Detail, Figure, FigureSet, SectionKey } from '../../../domain/report/contract';
import { instantsOf, type Span } from '../../../domain/report/rules';
import type { Db } from '../../_kit';
import type { SortKey } from '../../_kit/read';

export interface Periods {
  cur: Span;
  prev: Span;
}

export interface SectionInput extends Periods {
  db: Db;
  branchId: string | null;
  now: Date;
  /** every branch, in the union's order */
  branches: { id: string; name: string }[];
}

export interface DetailInput {
  db: Db;
  span: Span;
  branchId: string | null;
  skip: number;
  limit: number;
  branchName(id: string): string;
}

export type DetailPage = Pick<Detail, 'title' | 'columns' | 'rows' | 'total'>;

/** A sheet line: what, this period, last year's. */
export interface SheetRow {
  item: string;
  value: string | number;
  previous: string | number | '';
}

export interface Section<K extends SectionKey = SectionKey> {
  key: K;
  /** the sheet's name and the section's heading */
  title: string;
  compute(
    i: SectionInput,
  ): Promise<{ cur: NonNullable<FigureSet[K]>; prev: NonNullable<FigureSet[K]> }>;
  sheet(f: NonNullable<FigureSet[K]>, prev: NonNullable<FigureSet[K]> | null): SheetRow[];
  details?: Partial<Record<Figure, (i: DetailInput) => Promise<DetailPage>>>;
}

/** Results of an aggregation are capped explicitly (CloudBase answers 20 rows without one). */
export const AGG_LIMIT = 10_000;

/** A where-clause for an instant field inside either period: [prev start, cur end). */
export function instantsBetween(db: Db, p: Periods) {
  const _ = db.command;
  return _.gte(instantsOf(p.prev).start).and(_.lt(instantsOf(p.cur).end));
}

/** A where-clause for an instant field inside one span: [start, end). */
export function instantsIn(db: Db, span: Span) {
  const _ = db.command;
  const { start, end } = instantsOf(span);
  return _.gte(start).and(_.lt(end));
}

/** The same for a calendar-day string field ("YYYY-MM-DD"). */
export function daysBetween(db: Db, p: Periods) {
  const _ = db.command;
  return _.gte(p.prev.from).and(_.lte(p.cur.to));
}

/**
 * An aggregation expression naming the period a record's field falls in: 'c' (this period), 'p'
 * (a year earlier) or 'x' (between the two, when the span is shorter than a year).
 */
export function periodOf(db: Db, field: string, p: Periods, kind: 'instant' | 'day') {
  const $ = db.command.aggregate;
  const curStart = kind === 'instant' ? instantsOf(p.cur).start : p.cur.from;
  const prevEnd = kind === 'instant' ? instantsOf(p.prev).end : p.prev.to;
  const before = kind === 'instant' ? $.lt([`$${field}`, prevEnd]) : $.lte([`$${field}`, prevEnd]);
  return $.cond({
    if: $.gte([`$${field}`, curStart]),
    then: 'c',
    else: $.cond({ if: before, then: 'p', else: 'x' }),
  });
}

/** Which period an instant or a day is in (the same rule as periodOf, for records read whole). */
export function periodOfValue(v: Date | string, p: Periods): 'c' | 'p' | 'x' {
  if (typeof v === 'string') return v >= p.cur.from ? 'c' : v <= p.prev.to ? 'p' : 'x';
  if (v >= instantsOf(p.cur).start) return 'c';
  return v < instantsOf(p.prev).end ? 'p' : 'x';
}

/** 1 when the field holds a value (a check-in time), else 0. */
export function present(db: Db, field: string) {
  const $ = db.command.aggregate;
  return $.cond({ if: $.ifNull([`$${field}`, false]), then: 1, else: 0 });
}

export const branchWhere = (branchId: string | null, field = 'branchId') =>
  branchId ? { [field]: branchId } : {};

/** Rows of an aggregation. */
export const rowsOf = <T>(res: { data?: unknown }) => (res.data ?? []) as T[];

/** A where-clause as the SDK takes it (an object or a command). */
export type Where = Parameters<ReturnType<Db['collection']>['where']>[0];

/**
 * The records a section's figures hang from (events, batches, contests, rounds…): only the fields
 * asked, at most 1,000 of them, in one request. Typed, not parsed: the section reads what it sums.
 */
export async function recordsOf<Row extends { _id: string }>(
  db: Db,
  collection: string,
  where: Where,
  fields: readonly (keyof Row & string)[],
  orderBy?: readonly [keyof Row & string, 'asc' | 'desc'],
): Promise<Row[]> {
  const q = db
    .collection(collection)
    .where(where)
    .field(Object.fromEntries(fields.map((f) => [f, true])));
  return rowsOf<Row>(await (orderBy ? q.orderBy(orderBy[0], orderBy[1]) : q).limit(1000).get());
}

/** Adds to a Map counter. */
export function bump<K>(m: Map<K, number>, k: K, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** A count per branch as chart bars: every branch in the union's order, 0 where there is none. */
export function perBranch(
  branches: readonly { id: string; name: string }[],
  counts: ReadonlyMap<string, number>,
): { key: string; label: string; value: number }[] {
  return branches.map((b) => ({ key: b.id, label: b.name, value: counts.get(b.id) ?? 0 }));
}

/** Sheet lines for the branches that have any, named by `item` (no figure a year earlier). */
export function branchLines(
  bars: readonly { label: string; value: number }[],
  item: (branch: string) => string,
): SheetRow[] {
  return bars
    .filter((b) => b.value > 0)
    .map((b) => ({ item: item(b.label), value: b.value, previous: '' as const }));
}

/**
 * One page of a detail list (only `fields`, in `order`) and how many match in all: two requests,
 * sent together. Rows are the projected documents as the section's own row type.
 */
export async function pageOf<Row>(
  db: Db,
  collection: string,
  where: Record<string, unknown>,
  fields: Record<string, true>,
  page: Pick<DetailInput, 'skip' | 'limit'>,
  order: readonly SortKey[] = [['_id', 'asc']],
): Promise<{ rows: Row[]; total: number }> {
  const col = db.collection(collection);
  const sorted = order.reduce(
    (q, [field, direction]) => q.orderBy(field, direction),
    col.where(where).field(fields),
  );
  const [res, count] = await Promise.all([
    sorted.skip(page.skip).limit(page.limit).get(),
    col.where(where).count(),
  ]);
  return { rows: res.data as Row[], total: count.total ?? 0 };
}
