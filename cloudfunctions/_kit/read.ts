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

/**
 * Every document the query matches, in `orderBy` order (default `_id`, which never ties, so no
 * page repeats or skips one), a page of 1000 per request; `max` stops early.
 */
export async function readAll<S extends z.ZodType>(
  query: PageableQuery,
  schema: S,
  options: { orderBy?: string; direction?: 'asc' | 'desc'; max?: number } = {},
): Promise<z.output<S>[]> {
  const { orderBy = '_id', direction = 'asc', max = Infinity } = options;
  const out: z.output<S>[] = [];
  for (let skip = 0; out.length < max; skip += READ_CAP) {
    const limit = Math.min(READ_CAP, max - out.length);
    const res = await query.orderBy(orderBy, direction).skip(skip).limit(limit).get();
    const page = res.data as unknown[];
    for (const d of page) out.push(schema.parse(d));
    if (page.length < limit) break;
  }
  return out;
}
