// One collection's in-memory working set: committed documents in insertion order, the sequence
// number of each one's last write, its declared indexes, and the older versions that open
// transactions may still read (snapshot isolation).
import { FieldIndex, type IndexSpec } from './indexes';
import type { Doc, Value } from './values';
import { stringifyEjson } from './ejson';

/** A superseded version, readable by snapshots taken at sequence numbers in [from, to). */
interface OldVersion {
  doc: Doc | null;
  from: number;
  to: number;
}

/** The `docs` key of an `_id`: strings as they are, anything else by its EJSON text. */
export function idKey(id: Value): string {
  return typeof id === 'string' ? id : `\u0001${stringifyEjson(id)}`;
}

export class CollectionData {
  /** committed documents by id key, in natural (insertion) order */
  readonly docs = new Map<string, Doc>();
  /** sequence number of each live document's last committed write */
  readonly seqs = new Map<string, number>();
  /** insertion ordinal of each live document (kept in storage, for natural order after restart) */
  readonly ords = new Map<string, number>();
  readonly indexes: FieldIndex[];
  private readonly history = new Map<string, OldVersion[]>();
  /** whether the collection is recorded in storage yet */
  persisted: boolean;

  constructor(
    readonly name: string,
    specs: IndexSpec[],
    persisted: boolean,
  ) {
    this.indexes = specs.map((s) => new FieldIndex(s));
    this.persisted = persisted;
  }

  /** Loads a stored document (open time). */
  load(key: string, doc: Doc, ord: number, seq: number): void {
    this.docs.set(key, doc);
    this.ords.set(key, ord);
    this.seqs.set(key, seq);
    for (const ix of this.indexes) ix.add(key, doc);
  }

  /** Sequence number of the last committed change to this id, deletions included while remembered. */
  lastChange(key: string): number {
    const seq = this.seqs.get(key);
    if (seq !== undefined) return seq;
    const h = this.history.get(key);
    return h && h.length > 0 ? h[h.length - 1].to : 0;
  }

  /** The document as a snapshot taken at `snapshotSeq` saw it (null: absent). */
  readAt(key: string, snapshotSeq: number): Doc | null {
    const cur = this.docs.get(key);
    if (cur && (this.seqs.get(key) ?? 0) <= snapshotSeq) return cur;
    const h = this.history.get(key);
    if (h) {
      for (let i = h.length - 1; i >= 0; i--) {
        if (h[i].from <= snapshotSeq && snapshotSeq < h[i].to) return h[i].doc;
      }
    }
    // no remembered version: it was created after the snapshot, or was already gone before it
    return null;
  }

  /** Applies one committed write; `remember` keeps the old version for open snapshots. */
  apply(key: string, doc: Doc | null, seq: number, ord: number, remember: boolean): void {
    const old = this.docs.get(key);
    if (remember) {
      let h = this.history.get(key);
      if (!h) this.history.set(key, (h = []));
      h.push({ doc: old ?? null, from: this.lastChange(key), to: seq });
    }
    if (old) for (const ix of this.indexes) ix.remove(key, old);
    if (doc) {
      this.docs.set(key, doc);
      this.seqs.set(key, seq);
      if (!this.ords.has(key)) this.ords.set(key, ord);
      for (const ix of this.indexes) ix.add(key, doc);
    } else {
      this.docs.delete(key);
      this.seqs.delete(key);
      this.ords.delete(key);
    }
  }

  hasHistory(): boolean {
    return this.history.size > 0;
  }

  /** Forgets old versions once no transaction can read them. */
  clearHistory(): void {
    this.history.clear();
  }
}
