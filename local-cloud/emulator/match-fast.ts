// A fast matcher for the common simple query (top-level fields compared with scalars, e.g.
// `{_id, left: {$gt: 0}}`), exact for the documents it can decide; anything else — arrays on the
// path, documents, regexes, other operators — it leaves to mingo by answering undefined.
import { isDoc, type Doc, type Value } from './values';

type Verdict = boolean | undefined;
type Check = (v: Value | undefined) => Verdict;
type Scalar = string | number | boolean | null | Date;

const COMPARE = new Set(['$gt', '$gte', '$lt', '$lte']);

/** Scalars compared exactly here (NaN and invalid dates, which BSON orders specially, excluded). */
function isScalar(v: Value): v is Scalar {
  if (typeof v === 'number') return !Number.isNaN(v);
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return v === null || typeof v === 'string' || typeof v === 'boolean';
}

/** Whether a document value is simple enough for this matcher (else mingo decides). */
function simple(v: Value | undefined): boolean {
  return v === undefined || isScalar(v);
}

function eq(v: Value | undefined, q: Scalar): boolean {
  if (q === null) return v === null || v === undefined;
  if (q instanceof Date) return v instanceof Date && v.getTime() === q.getTime();
  return v === q;
}

function compare(op: string, v: Value | undefined, q: number | string | Date): boolean {
  let a: number | string;
  let b: number | string;
  if (typeof q === 'number') {
    if (typeof v !== 'number') return false;
    a = v;
    b = q;
  } else if (typeof q === 'string') {
    if (typeof v !== 'string') return false;
    a = v;
    b = q;
  } else {
    if (!(v instanceof Date)) return false;
    a = v.getTime();
    b = q.getTime();
  }
  switch (op) {
    case '$gt':
      return a > b;
    case '$gte':
      return a >= b;
    case '$lt':
      return a < b;
    default:
      return a <= b;
  }
}

function operatorCheck(op: string, arg: Value): Check | null {
  if (COMPARE.has(op)) {
    if (!isScalar(arg) || arg === null || typeof arg === 'boolean') return null;
    return (v) => (simple(v) ? compare(op, v, arg) : undefined);
  }
  switch (op) {
    case '$eq':
      return isScalar(arg) ? (v) => (simple(v) ? eq(v, arg) : undefined) : null;
    case '$ne':
      return isScalar(arg) ? (v) => (simple(v) ? !eq(v, arg) : undefined) : null;
    case '$in':
    case '$nin': {
      if (!Array.isArray(arg) || !arg.every(isScalar)) return null;
      const list = arg as Scalar[];
      const inList = (v: Value | undefined) => list.some((q) => eq(v, q));
      return op === '$in'
        ? (v) => (simple(v) ? inList(v) : undefined)
        : (v) => (simple(v) ? !inList(v) : undefined);
    }
    case '$exists':
      return typeof arg === 'boolean' ? (v) => (v !== undefined) === arg : null;
    default:
      return null;
  }
}

/** Reads a dotted path; undefined verdict when the path crosses an array (mingo's business). */
function reader(path: string): (doc: Doc) => { v: Value | undefined } | undefined {
  if (!path.includes('.'))
    return (doc) => ({
      v: Object.prototype.hasOwnProperty.call(doc, path) ? doc[path] : undefined,
    });
  const segs = path.split('.');
  return (doc) => {
    let cur: Value | undefined = doc;
    for (const s of segs) {
      if (Array.isArray(cur)) return undefined;
      if (!isDoc(cur)) return { v: undefined };
      cur = Object.prototype.hasOwnProperty.call(cur, s) ? cur[s] : undefined;
    }
    return { v: cur };
  };
}

/**
 * A matcher for a simple query, or null when the query has a shape this matcher does not handle.
 * The matcher answers undefined for a document it cannot decide exactly.
 */
export function fastMatcher(query: Doc): ((doc: Doc) => Verdict) | null {
  const checks: { read: (doc: Doc) => { v: Value | undefined } | undefined; check: Check }[] = [];
  for (const field of Object.keys(query)) {
    if (field.startsWith('$')) return null;
    const cond = query[field];
    const read = reader(field);
    if (isDoc(cond)) {
      const ops = Object.keys(cond);
      if (ops.length === 0 || !ops.every((o) => o.startsWith('$'))) return null;
      for (const op of ops) {
        const check = operatorCheck(op, cond[op]);
        if (!check) return null;
        checks.push({ read, check });
      }
    } else if (isScalar(cond)) {
      checks.push({ read, check: (v) => (simple(v) ? eq(v, cond) : undefined) });
    } else {
      return null;
    }
  }
  return (doc) => {
    for (const { read, check } of checks) {
      const r = read(doc);
      if (!r) return undefined;
      const verdict = check(r.v);
      if (verdict !== true) return verdict;
    }
    return true;
  };
}
