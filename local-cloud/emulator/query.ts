// Reading a collection: pick candidates without a scan when the query pins `_id` or an indexed
// field, filter with mingo (MongoDB query semantics), then order, skip, limit and project.
import { find, Query } from 'mingo';
import type { CollectionData } from './collections';
import { idKey } from './collections';
import { CloudError, CODES, invalidParam } from './errors';
import { isLookupValue, type FieldIndex } from './indexes';
import { fastMatcher } from './match-fast';
import { isDoc, type Doc, type Value } from './values';

const MINGO_OPTIONS = { scriptEnabled: false, useStrictMode: true } as const;

export interface Match {
  key: string;
  doc: Doc;
}

export type Matcher = (doc: Doc) => boolean;

function compileMingo(query: Doc): Matcher {
  let q: Query;
  try {
    q = new Query(query, MINGO_OPTIONS);
  } catch (e) {
    throw new CloudError(CODES.invalidOperator, `invalid query: ${(e as Error).message}`);
  }
  return (doc) => {
    try {
      return q.test(doc);
    } catch (e) {
      throw new CloudError(CODES.invalidOperator, `invalid query: ${(e as Error).message}`);
    }
  };
}

/**
 * Compiles a query document (MongoDB semantics, via mingo; simple queries take a faster exact
 * path). An unknown operator or bad argument is CloudBase's invalid-operator error.
 */
export function compile(query: Doc): Matcher {
  if (Object.keys(query).length === 0) return () => true;
  const fast = fastMatcher(query);
  if (!fast) return compileMingo(query);
  let slow: Matcher | undefined;
  return (doc) => {
    const verdict = fast(doc);
    if (verdict !== undefined) return verdict;
    slow ??= compileMingo(query);
    return slow(doc);
  };
}

/** Equality values a top-level condition pins (`f: v`, `f: {$eq: v}`, `f: {$in: [...]}`), if any. */
function pinned(cond: Value): Value[] | null {
  if (isDoc(cond)) {
    const keys = Object.keys(cond);
    if (keys.length !== 1) return null;
    if (keys[0] === '$eq' && isLookupValue(cond.$eq)) return [cond.$eq];
    const list = cond.$in;
    if (keys[0] === '$in' && Array.isArray(list) && list.every(isLookupValue)) return list;
    return null;
  }
  return isLookupValue(cond) ? [cond] : null;
}

/** Document keys that may match, or null when the whole collection must be scanned. */
function candidateKeys(coll: CollectionData, query: Doc): string[] | null {
  if (Object.prototype.hasOwnProperty.call(query, '_id')) {
    const ids = pinned(query._id);
    if (ids) return [...new Set(ids.map(idKey))];
  }
  // the index whose fields the query pins on the longest prefix
  let best: { ix: FieldIndex; values: Value[][] } | null = null;
  for (const ix of coll.indexes) {
    const values: Value[][] = [];
    for (const f of ix.spec.fields) {
      const v = Object.prototype.hasOwnProperty.call(query, f) ? pinned(query[f]) : null;
      // an $in serves only as the last field used
      if (!v || (values.length > 0 && values[values.length - 1].length > 1)) break;
      values.push(v);
    }
    if (values.length > 0 && (!best || values.length > best.values.length)) best = { ix, values };
  }
  if (!best) return null;
  const head = best.values.slice(0, -1).map((v) => v[0]);
  const keys = new Set<string>();
  for (const last of best.values[best.values.length - 1]) {
    for (const k of best.ix.lookup([...head, last])) keys.add(k);
  }
  return [...keys];
}

/** Matching documents in natural order. */
export function matchAll(coll: CollectionData | undefined, query: Doc, limit = Infinity): Match[] {
  if (!coll) return [];
  const test = compile(query);
  const out: Match[] = [];
  const keys = candidateKeys(coll, query);
  if (keys) {
    if (keys.length > 1) keys.sort((a, b) => (coll.ords.get(a) ?? 0) - (coll.ords.get(b) ?? 0));
    for (const key of keys) {
      const doc = coll.docs.get(key);
      if (doc && test(doc)) {
        out.push({ key, doc });
        if (out.length >= limit) break;
      }
    }
    return out;
  }
  for (const [key, doc] of coll.docs) {
    if (test(doc)) {
      out.push({ key, doc });
      if (out.length >= limit) break;
    }
  }
  return out;
}

export interface ReadOptions {
  order?: Doc;
  offset: number;
  limit: number;
  projection?: Doc;
}

/** The projected fields in the source document's order (MongoDB keeps document order). */
function inDocOrder(source: Doc, projected: Doc): Doc {
  const out: Doc = {};
  for (const k of Object.keys(source)) {
    if (!Object.prototype.hasOwnProperty.call(projected, k)) continue;
    const p = projected[k];
    const s = source[k];
    out[k] = isDoc(p) && isDoc(s) ? inDocOrder(s, p) : p;
  }
  for (const k of Object.keys(projected))
    if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = projected[k];
  return out;
}

/** Orders, pages and projects matched documents. */
export function shape(docs: Doc[], opts: ReadOptions): Doc[] {
  const order = opts.order && Object.keys(opts.order).length > 0 ? opts.order : undefined;
  if (order) {
    for (const [f, dir] of Object.entries(order)) {
      if (dir !== 1 && dir !== -1) throw invalidParam(`order of '${f}' must be 1 or -1 (asc/desc)`);
    }
  }
  try {
    const page = order
      ? (find(docs, {}, {}, MINGO_OPTIONS)
          .sort(order as Record<string, 1 | -1>)
          .skip(opts.offset)
          .limit(opts.limit)
          .all() as Doc[])
      : docs.slice(opts.offset, opts.offset + opts.limit);
    if (!opts.projection || Object.keys(opts.projection).length === 0) return page;
    const projected = find(page, {}, opts.projection, MINGO_OPTIONS).all() as Doc[];
    return projected.map((p, i) => inDocOrder(page[i], p));
  } catch (e) {
    if (e instanceof CloudError) throw e;
    throw invalidParam(`invalid order or projection: ${(e as Error).message}`);
  }
}
