// The reads every repository needs, written once: one document by id, documents by ids, and
// every document of a query in pages of CloudBase's cap — each parsed with the caller's schema.
import type { z } from 'zod';
import type { Db } from './db';

/** CloudBase's cap on documents per read. */
export const READ_CAP = 1000;
/** Ids per `_.in` read (keeps each request small and under the cap). */
export const IN_CHUNK = 500;

/** A query the pager can walk: the SDK's Query (a collection, or `.where(…)`/`.field(…)` of one). */
export interface PageableQuery {
  orderBy(field: string, direction: 'asc' | 'desc'): PageableQuery;
  skip(n: number): PageableQuery;
  limit(n: number): PageableQuery;
  get(): Promise<{ data: unknown }>;
}

/** The first document of a `doc(id).get()` answer outside a transaction (`{ data: [doc] | [] }`). */
export function firstOf(res: { data: unknown }): unknown {
  return Array.isArray(res.data) ? res.data[0] : undefined;
}

/** One document by id, parsed, or null. One request. */
export async function getById<S extends z.ZodType>(
  db: Db,
  collection: string,
  id: string,
  schema: S,
): Promise<z.output<S> | null> {
  const doc = firstOf(await db.collection(collection).doc(id).get());
  return doc === undefined ? null : schema.parse(doc);
}

/** The documents of these ids (repeats and unknown ids ignored), by id. One request per 500. */
export async function byIds<S extends z.ZodType>(
  db: Db,
  collection: string,
  ids: readonly string[],
  schema: S,
): Promise<Map<string, z.output<S>>> {
  const _ = db.command;
  const unique = [...new Set(ids)];
  const out = new Map<string, z.output<S>>();
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const res = await db
      .collection(collection)
      .where({ _id: _.in(unique.slice(i, i + IN_CHUNK)) })
      .limit(READ_CAP)
      .get();
    for (const d of res.data as unknown[]) {
      const doc = schema.parse(d) as { _id?: unknown };
      const id = typeof doc._id === 'string' ? doc._id : String((d as { _id: unknown })._id);
      out.set(id, doc as z.output<S>);
    }
  }
  return out;
}

/** A sort key: a field and its direction. */
export type SortKey = readonly [field: string, direction: 'asc' | 'desc'];

export interface ReadAllOptions {
  /** a field (in `direction`), or several sort keys; default `_id` */
  orderBy?: string | readonly SortKey[];
  direction?: 'asc' | 'desc';
  /** stop after this many documents */
  max?: number;
  /** drop documents the schema refuses instead of failing (readers of another feature's data) */
  skipInvalid?: boolean;
}

/**
 * Every document the query matches, in `orderBy` order, a page of 1000 per request; `max` stops
 * early. Unless the order already ends on `_id`, `_id` breaks ties, so no page repeats or skips a
 * document that ties with another on a page boundary. A projection (`.field({…})`) on the query is
 * kept.
 */
export async function readAll<S extends z.ZodType>(
  query: PageableQuery,
  schema: S,
  options: ReadAllOptions = {},
): Promise<z.output<S>[]> {
  const { orderBy = '_id', direction = 'asc', max = Infinity, skipInvalid = false } = options;
  const keys: SortKey[] = typeof orderBy === 'string' ? [[orderBy, direction]] : [...orderBy];
  if (keys.length === 0 || keys[keys.length - 1][0] !== '_id') keys.push(['_id', 'asc']);
  const sorted = keys.reduce<PageableQuery>((q, [f, d]) => q.orderBy(f, d), query);
  const out: z.output<S>[] = [];
  for (let skip = 0; out.length < max;) {
    const limit = Math.min(READ_CAP, max - out.length);
    const res = await sorted.skip(skip).limit(limit).get();
    const page = res.data as unknown[];
    for (const d of page) {
      if (!skipInvalid) {
        out.push(schema.parse(d));
        continue;
      }
      const p = schema.safeParse(d);
      if (p.success) out.push(p.data);
    }
    if (page.length < limit) break;
    skip += page.length;
  }
  return out;
}
