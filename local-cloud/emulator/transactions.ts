// Transactions with CloudBase's (MongoDB's) snapshot isolation: reads see the data as of the start
// plus the transaction's own writes; a write locks the document until commit or abort; a write to a
// document another transaction locked, or that changed since the start, fails with
// DATABASE_TRANSACTION_CONFLICT (which runTransaction retries); plain writes to a locked document
// wait for the lock. Commit is all-or-nothing; a transaction open too long is aborted.
import { randomBytes } from 'node:crypto';
import type { CollectionData } from './collections';
import { CloudError, CODES, invalidParam, transactionConflict, transactionFail } from './errors';
import type { DocWrite, Store } from './store';
import type { Doc } from './values';

type EndReason = 'committed' | 'aborted' | 'conflict' | 'expired' | 'failed' | 'closed';

/** Thrown (before anything changed) by a plain write that must wait for a transaction's lock. */
export class LockWait {
  constructor(readonly holder: Transaction) {}
}

function lockKey(coll: CollectionData, key: string): string {
  return `${coll.name}\u0000${key}`;
}

export class Transaction {
  /** the transaction's writes, by lock key; the last write of a document wins */
  readonly writes = new Map<string, DocWrite>();
  ended: EndReason | null = null;
  readonly finished: Promise<void>;
  private release!: () => void;
  timer: NodeJS.Timeout | undefined;

  constructor(
    readonly id: string,
    /** the store's sequence number when the transaction began: its snapshot */
    readonly startSeq: number,
    readonly deadline: number,
  ) {
    this.finished = new Promise((resolve) => (this.release = resolve));
  }

  /** The document as this transaction sees it. */
  read(coll: CollectionData | undefined, key: string): Doc | null {
    if (!coll) return null;
    const own = this.writes.get(lockKey(coll, key));
    return own ? own.doc : coll.readAt(key, this.startSeq);
  }

  finish(reason: EndReason): void {
    this.ended = reason;
    if (this.timer) clearTimeout(this.timer);
    this.release();
  }
}

const REMEMBER_ENDED = 1000;

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();
  private readonly ended = new Map<string, Transaction>();
  private readonly locks = new Map<string, Transaction>();

  constructor(
    private readonly store: Store,
    private readonly timeoutMs: number,
  ) {}

  hasOpen(): boolean {
    return this.open.size > 0;
  }

  start(): Transaction {
    const tx = new Transaction(
      randomBytes(16).toString('hex'),
      this.store.seq,
      Date.now() + this.timeoutMs,
    );
    tx.timer = setTimeout(() => this.end(tx, 'expired'), this.timeoutMs);
    tx.timer.unref();
    this.open.set(tx.id, tx);
    return tx;
  }

  /** The open transaction with this id, or CloudBase's "transaction does not exist" error. */
  active(id: unknown): Transaction {
    if (typeof id !== 'string' || id === '')
      throw invalidParam('transactionId must be a non-empty string');
    const tx = this.open.get(id);
    if (tx && Date.now() < tx.deadline) return tx;
    if (tx) this.end(tx, 'expired');
    const done = this.ended.get(id);
    const why: Record<EndReason, string> = {
      committed: 'has already been committed',
      aborted: 'has been aborted',
      conflict: 'was aborted by a write conflict',
      failed: 'was aborted by an error in one of its operations',
      expired: `was aborted: a transaction must be committed or aborted within ${this.timeoutMs} ms`,
      closed: 'was aborted when the local cloud closed',
    };
    throw transactionFail(
      `[ResourceUnavailable.TransactionNotExist] Transaction ${id} ${done?.ended ? why[done.ended] : 'does not exist'}.`,
    );
  }

  /** For a plain write: throws LockWait if a transaction holds any of these documents. */
  assertUnlocked(coll: CollectionData, keys: Iterable<string>): void {
    if (this.locks.size === 0) return;
    for (const key of keys) {
      const holder = this.locks.get(lockKey(coll, key));
      if (holder) throw new LockWait(holder);
    }
  }

  /** Records a write of `tx`, or aborts it with a conflict. */
  write(tx: Transaction, coll: CollectionData, key: string, doc: Doc | null): void {
    const lk = lockKey(coll, key);
    const holder = this.locks.get(lk);
    if (holder && holder !== tx) {
      this.end(tx, 'conflict');
      throw transactionConflict(`document ${coll.name}/${key} is locked by another transaction`);
    }
    if (coll.lastChange(key) > tx.startSeq) {
      this.end(tx, 'conflict');
      throw transactionConflict(`document ${coll.name}/${key} changed after the transaction began`);
    }
    const previous = tx.writes.get(lk);
    tx.writes.set(lk, { coll, key, doc });
    try {
      this.store.checkUnique([...tx.writes.values()], tx.startSeq);
    } catch (e) {
      if (previous) tx.writes.set(lk, previous);
      else tx.writes.delete(lk);
      const conflict = e instanceof CloudError && e.code === CODES.transactionConflict;
      this.end(tx, conflict ? 'conflict' : 'failed');
      throw e;
    }
    this.locks.set(lk, tx);
  }

  /** Aborts `tx` because one of its operations failed (MongoDB aborts a transaction on a write error). */
  fail(tx: Transaction): void {
    if (!tx.ended) this.end(tx, 'failed');
  }

  commit(tx: Transaction): void {
    const writes = [...tx.writes.values()];
    for (const w of writes) {
      if (w.coll.lastChange(w.key) > tx.startSeq) {
        this.end(tx, 'conflict');
        throw transactionConflict(
          `document ${w.coll.name}/${w.key} changed after the transaction began`,
        );
      }
    }
    try {
      this.store.checkUnique(writes, tx.startSeq);
      this.store.commit(writes, this.open.size > 1);
    } catch (e) {
      const conflict = e instanceof CloudError && e.code === CODES.transactionConflict;
      this.end(tx, conflict ? 'conflict' : 'failed');
      throw e instanceof CloudError ? e : transactionFail(`commit failed: ${(e as Error).message}`);
    }
    this.end(tx, 'committed');
  }

  /** Aborts an open transaction; aborting one that already ended by an abort is a no-op. */
  abort(id: unknown): void {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (tx) {
      this.end(tx, 'aborted');
      return;
    }
    const done = typeof id === 'string' ? this.ended.get(id) : undefined;
    if (done && done.ended !== 'committed') return;
    this.active(id); // throws the right error
  }

  private end(tx: Transaction, reason: EndReason): void {
    if (tx.ended) return;
    tx.finish(reason);
    this.open.delete(tx.id);
    for (const lk of tx.writes.keys()) if (this.locks.get(lk) === tx) this.locks.delete(lk);
    tx.writes.clear(); // an ended transaction is kept only to explain later use of its id
    this.ended.set(tx.id, tx);
    if (this.ended.size > REMEMBER_ENDED)
      this.ended.delete(this.ended.keys().next().value as string);
    if (this.open.size === 0) this.store.clearHistory();
  }

  closeAll(): void {
    for (const tx of [...this.open.values()]) this.end(tx, 'closed');
  }
}
