// Transactions, typed to what CloudBase allows inside one: single-document operations by _id and
// add. (tx.collection().where() would silently run outside the transaction, so it is not offered.)
import type { Db } from './db';

export interface TxDocument {
  /** inside a transaction `data` is the document or null (not an array) */
  get(): Promise<{ data: Record<string, unknown> | null }>;
  set(data: Record<string, unknown>): Promise<unknown>;
  update(data: Record<string, unknown>): Promise<{ updated: number }>;
  remove(): Promise<unknown>;
}

export interface TxCollection {
  doc(id: string): TxDocument;
  add(data: Record<string, unknown> & { _id: string }): Promise<unknown>;
}

export interface Tx {
  collection(name: string): TxCollection;
}

/** Runs fn in a transaction; commits when it returns, rolls back when it throws, retries conflicts. */
export function runTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, retries = 5): Promise<T> {
  const run = db.runTransaction as (cb: (tx: Tx) => Promise<T>, times: number) => Promise<T>;
  return run.call(db, fn, retries);
}
