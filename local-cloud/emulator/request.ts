// Reading a wire-protocol request: its fields, checked and parsed (EJSON), and the context every
// action runs in; plus how an operation joins the transaction the request names.
import { CloudError, CODES, invalidParam } from './errors';
import { parseEjson } from './ejson';
import type { Store } from './store';
import type { Transaction, TransactionManager } from './transactions';
import { isDoc, type Doc, type Value } from './values';

export type Body = Record<string, unknown>;
export type Answer = Record<string, unknown>;

export interface ActionContext {
  store: Store;
  txm: TransactionManager;
  /** server time of this request, for db.serverDate() */
  now: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function collectionName(body: Body): string {
  const name = body.collectionName;
  if (typeof name !== 'string' || name === '')
    throw invalidParam('collectionName must be a non-empty string');
  return name;
}

export function ejsonDoc(body: Body, field: string, now: number, required: boolean): Doc {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === '') {
    if (required) throw invalidParam(`${field} is required`);
    return {};
  }
  const v = parseEjson(raw, field, now);
  if (!isDoc(v)) throw invalidParam(`${field} must be an EJSON object`);
  return v;
}

export function queryType(body: Body): 'WHERE' | 'DOC' {
  const t = body.queryType ?? 'WHERE';
  if (t !== 'WHERE' && t !== 'DOC')
    throw invalidParam(`queryType must be WHERE or DOC, not ${JSON.stringify(t)}`);
  return t;
}

/** The `_id` a DOC request addresses. */
export function docId(query: Doc): Value {
  const id = query._id;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw invalidParam('a DOC request needs a query of the form {_id: <string or number>}');
  }
  return id;
}

export function intParam(
  body: Body,
  field: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = body[field];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw invalidParam(`${field} must be an integer`);
  if (v < min || v > max)
    throw invalidParam(`${field} must be between ${min} and ${max}, got ${v}`);
  return v;
}

export function orderParam(body: Body, now: number): Doc | undefined {
  const raw = body.order;
  if (raw === undefined || raw === null || raw === '') return undefined;
  const v = parseEjson(raw, 'order', now);
  if (Array.isArray(v)) {
    // the older [{field, direction}] form
    const out: Doc = {};
    for (const o of v) {
      if (!isDoc(o) || typeof o.field !== 'string')
        throw invalidParam('order entries must be {field, direction}');
      out[o.field] = o.direction === 'desc' || o.direction === -1 ? -1 : 1;
    }
    return out;
  }
  if (!isDoc(v)) throw invalidParam('order must be an EJSON object');
  return v;
}

export function transactionOf(body: Body, ctx: ActionContext): Transaction | null {
  const id = body.transactionId;
  return id === undefined || id === null || id === '' ? null : ctx.txm.active(id);
}

export function docOnly(type: 'WHERE' | 'DOC', what: string): void {
  if (type !== 'DOC') {
    throw invalidParam(
      `${what} with a where() query cannot run in a transaction: transactions allow only single-document operations (doc().get/set/update/remove and add)`,
    );
  }
}

/** Runs a transaction's operation; an error other than a conflict aborts the transaction (as MongoDB does). */
export function inTransaction<T>(ctx: ActionContext, tx: Transaction, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CloudError && e.code !== CODES.transactionConflict) ctx.txm.fail(tx);
    throw e;
  }
}
