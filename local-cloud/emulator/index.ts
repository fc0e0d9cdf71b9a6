// The CloudBase database emulator: what the real @cloudbase/node-sdk talks to over HTTP (POST
// /admin), backed by SQLite in a data dir. Public API of local-cloud/emulator.
import { execute, type Body } from './actions';
import { CloudError, CODES, requestFailed } from './errors';
import { newRequestId } from './ids';
import type { IndexSpec } from './indexes';
import { Storage } from './storage';
import { Store } from './store';
import { LockWait, TransactionManager } from './transactions';

export type { IndexSpec } from './indexes';
export { createAdminHandler } from './http';
export { DataDirError } from './storage';

export interface EmulatorOptions {
  dataDir: string;
  indexes?: IndexSpec[];
  /** a transaction not committed or aborted within this time is aborted (default 30000, as CloudBase) */
  transactionTimeoutMs?: number;
  /**
   * Collections that exist from the start, besides those already stored in the data dir. Any
   * other collection answers DATABASE_COLLECTION_NOT_EXIST to reads and writes, as CloudBase does,
   * until `database.addCollection` (db.createCollection) creates it.
   */
  collections?: string[];
}

export interface EmulatorStats {
  requests: number;
  byAction: Record<string, number>;
  byCollection: Record<string, number>;
}

/** How long a plain write waits for a transaction's lock on its document before giving up. */
const MAX_LOCK_WAIT_MS = 10_000;

function waitFor(p: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void p.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export class CloudEmulator {
  /** counts every database request since open or the last resetStats() */
  readonly stats: EmulatorStats = { requests: 0, byAction: {}, byCollection: {} };
  private closed = false;

  private constructor(
    private readonly storage: Storage,
    private readonly store: Store,
    private readonly txm: TransactionManager,
    private readonly lockWaitMs: number,
    private readonly specs: IndexSpec[],
  ) {}

  /**
   * Opens a data dir (created if missing), taking it exclusively and loading its data. Throws a
   * DataDirError when another process holds it or its database is corrupt (never resets it).
   */
  static open(options: EmulatorOptions): CloudEmulator {
    const timeout = options.transactionTimeoutMs ?? 30_000;
    if (!Number.isFinite(timeout) || timeout <= 0)
      throw new Error('transactionTimeoutMs must be a positive number');
    const storage = Storage.open(options.dataDir);
    try {
      const declared = new Set([...(options.collections ?? []), ...storage.collections()]);
      const store = new Store(storage, options.indexes ?? [], declared);
      return new CloudEmulator(
        storage,
        store,
        new TransactionManager(store, timeout),
        Math.min(MAX_LOCK_WAIT_MS, timeout),
        options.indexes ?? [],
      );
    } catch (e) {
      storage.close();
      throw e;
    }
  }

  private count(body: Body): void {
    this.stats.requests += 1;
    const action = typeof body.action === 'string' ? body.action : String(body.action);
    this.stats.byAction[action] = (this.stats.byAction[action] ?? 0) + 1;
    if (typeof body.collectionName === 'string') {
      this.stats.byCollection[body.collectionName] =
        (this.stats.byCollection[body.collectionName] ?? 0) + 1;
    }
  }

  /** Answers one wire-protocol request: the JSON the SDK reads, always with a requestId. */
  async handle(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const requestId = newRequestId();
    this.count(body);
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      try {
        if (this.closed) throw requestFailed('the local cloud database is closed');
        return {
          requestId,
          ...execute(body, { store: this.store, txm: this.txm, now: Date.now() }),
        };
      } catch (e) {
        if (e instanceof LockWait) {
          const left = deadline - Date.now();
          if (left > 0) {
            await waitFor(e.holder.finished, left);
            continue;
          }
          return {
            code: CODES.requestFailed,
            message: `[ResourceUnavailable.TransactionBusy] the document is locked by transaction ${e.holder.id}, which did not finish within ${this.lockWaitMs} ms`,
            requestId,
          };
        }
        if (e instanceof CloudError) return { code: e.code, message: e.message, requestId };
        return {
          code: CODES.requestFailed,
          message: `local cloud internal error: ${(e as Error).message}`,
          requestId,
        };
      }
    }
  }

  /** The collections that exist (created, or stored in the data dir). */
  collectionNames(): string[] {
    return this.store.existingCollections();
  }

  /** The names of the indexes the emulator keeps on a collection. */
  indexNames(collection: string): string[] {
    return this.specs.filter((s) => s.collection === collection).map((s) => s.name);
  }

  resetStats(): void {
    this.stats.requests = 0;
    for (const k of Object.keys(this.stats.byAction)) delete this.stats.byAction[k];
    for (const k of Object.keys(this.stats.byCollection)) delete this.stats.byCollection[k];
  }

  /** Aborts open transactions, closes SQLite and releases the data dir. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.txm.closeAll();
    this.storage.close();
  }
}
