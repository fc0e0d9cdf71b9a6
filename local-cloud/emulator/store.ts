// The database: every collection's working set in memory (loaded at open), and the one way to
// change it — a batch of document writes checked against unique indexes, persisted to SQLite in
// one transaction, then applied in memory. Everything here is synchronous.
import { CollectionData, idKey } from './collections';
import { CloudError, CODES, requestFailed, transactionConflict } from './errors';
import type { IndexSpec } from './indexes';
import { parseEjson, stringifyEjson } from './ejson';
import { DataDirError, type RowWrite, type Storage } from './storage';
import { isDoc, type Doc } from './values';

/** One document write in a batch: `doc` null deletes it. */
export interface DocWrite {
  coll: CollectionData;
  key: string;
  doc: Doc | null;
  /** the document's EJSON text, when already computed */
  json?: string;
}

export class Store {
  private readonly collections = new Map<string, CollectionData>();
  /** sequence number of the last committed write */
  seq = 0;
  private ord = 0;

  constructor(
    private readonly storage: Storage,
    private readonly specs: IndexSpec[],
    /** only these collections (and ones created by addCollection) exist, as on CloudBase */
    private readonly declared: Set<string>,
  ) {
    for (const name of storage.collections()) this.create(name, true);
    for (const row of storage.rows()) {
      let doc: unknown;
      try {
        doc = parseEjson(row.json, 'document', 0);
      } catch (e) {
        throw new DataDirError(
          `the local cloud database holds a corrupt document ${row.coll}/${row.key} (${(e as Error).message}); it was left untouched`,
        );
      }
      if (!isDoc(doc))
        throw new DataDirError(
          `the local cloud database holds a non-document at ${row.coll}/${row.key}`,
        );
      const coll = this.collections.get(row.coll) ?? this.create(row.coll, true);
      coll.load(row.key, doc, row.ord, row.seq);
      if (row.seq > this.seq) this.seq = row.seq;
      if (row.ord > this.ord) this.ord = row.ord;
    }
  }

  private create(name: string, persisted: boolean): CollectionData {
    const coll = new CollectionData(
      name,
      this.specs.filter((s) => s.collection === name),
      persisted,
    );
    this.collections.set(name, coll);
    return coll;
  }

  private notExist(name: string): CloudError {
    return new CloudError(
      CODES.collectionNotExist,
      `[ResourceNotFound] Db or Table not exist: ${name}. Create the collection first (database/collections.ts, or db.createCollection).`,
    );
  }

  /** The collection to read; undefined when it exists but holds nothing yet. */
  forRead(name: string): CollectionData | undefined {
    const coll = this.collections.get(name);
    if (!coll && !this.declared.has(name)) throw this.notExist(name);
    return coll;
  }

  /** The collection to write; it must exist (declared at open or created by addCollection). */
  forWrite(name: string): CollectionData {
    const coll = this.collections.get(name);
    if (coll) return coll;
    if (!this.declared.has(name)) throw this.notExist(name);
    return this.create(name, false);
  }

  /** Creates a collection (database.addCollection). */
  addCollection(name: string): void {
    if (this.collections.get(name)?.persisted) {
      throw new CloudError(CODES.collectionAlreadyExist, `[ResourceInUse] Table exist: ${name}`);
    }
    const coll = this.collections.get(name) ?? this.create(name, false);
    this.storage.write([], [name]);
    coll.persisted = true;
    this.declared.add(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  /** Collections that exist: created or stored, not merely declared-and-empty in memory. */
  existingCollections(): string[] {
    return [...this.declared].sort();
  }

  /**
   * Throws CloudBase's duplicate-key error if the batch would break a unique index. `writes` may
   * also replace documents that other index entries belong to (those are ignored). For a
   * transaction (`snapshotSeq` given), a clash with a document committed after its snapshot — one
   * it cannot see — is a write conflict, as in MongoDB, so runTransaction retries it.
   */
  checkUnique(writes: DocWrite[], snapshotSeq?: number): void {
    const batchKeys = new Map<string, Set<string>>();
    for (const w of writes) {
      let s = batchKeys.get(w.coll.name);
      if (!s) batchKeys.set(w.coll.name, (s = new Set()));
      s.add(w.key);
    }
    const seen = new Map<string, string>();
    for (const w of writes) {
      if (!w.doc) continue;
      for (const ix of w.coll.indexes) {
        if (!ix.spec.unique) continue;
        const inBatch = batchKeys.get(w.coll.name)!;
        const other = ix.duplicateOf(w.key, w.doc, (k) => inBatch.has(k));
        if (
          other !== undefined &&
          snapshotSeq !== undefined &&
          w.coll.lastChange(other) > snapshotSeq
        ) {
          throw transactionConflict(
            `index ${ix.spec.name} of ${w.coll.name}: { ${ix.describe(w.doc)} } was taken by a write after the transaction began`,
          );
        }
        let duplicate = other !== undefined;
        for (const key of ix.fullKeys(w.doc)) {
          const batchId = `${w.coll.name}\u0000${ix.spec.name}\u0000${key}`;
          const prev = seen.get(batchId);
          if (prev !== undefined && prev !== w.key) duplicate = true;
          seen.set(batchId, w.key);
        }
        if (duplicate) {
          throw requestFailed(
            `[FailedOperation] multiple write errors: [{write errors: [{E11000 duplicate key error collection: ${w.coll.name} index: ${ix.spec.name} dup key: { ${ix.describe(w.doc)} }}]}, {<nil>}]`,
          );
        }
      }
    }
  }

  /**
   * Commits a batch: persists it in one SQLite transaction, then applies it in memory, keeping old
   * versions when `remember` (some transaction is open). Returns the batch's last sequence number.
   */
  commit(writes: DocWrite[], remember: boolean): number {
    if (writes.length === 0) return this.seq;
    let seq = this.seq;
    let ord = this.ord;
    const rows: RowWrite[] = [];
    const ords: number[] = [];
    const newCollections = new Set<string>();
    for (const w of writes) {
      seq += 1;
      const existing = w.coll.ords.get(w.key);
      const o = existing ?? (w.doc ? ++ord : 0);
      ords.push(o);
      rows.push({
        coll: w.coll.name,
        key: w.key,
        ord: o,
        seq,
        json: w.doc ? (w.json ?? stringifyEjson(w.doc)) : null,
      });
      if (!w.coll.persisted) newCollections.add(w.coll.name);
    }
    this.storage.write(rows, [...newCollections]);
    // persisted: now make it visible
    seq = this.seq;
    writes.forEach((w, i) => {
      seq += 1;
      w.coll.apply(w.key, w.doc, seq, ords[i], remember);
      w.coll.persisted = true;
    });
    this.seq = seq;
    this.ord = ord;
    return seq;
  }

  clearHistory(): void {
    for (const c of this.collections.values()) if (c.hasHistory()) c.clearHistory();
  }
}

export { idKey };
