// Declared indexes of one collection: equality lookup on a prefix of the index's fields without a
// scan (arrays indexed per element, as MongoDB's multikey indexes), and unique-key enforcement
// (a missing field counts as null, as on CloudBase).
import { getPath } from './paths';
import { isDoc, ObjectIdValue, type Doc, type Value } from './values';
import { stringifyEjson } from './ejson';

export interface IndexSpec {
  collection: string;
  name: string;
  /** field paths, ascending */
  fields: string[];
  unique: boolean;
}

const SEP = '\u0000';

/** Index key of one value (an array element, or a whole non-array field value). */
export function scalarKey(v: Value | undefined): string {
  if (v === undefined || v === null) return 'z';
  switch (typeof v) {
    case 'string':
      return `s${v}`;
    case 'number':
      return `n${v}`;
    case 'boolean':
      return v ? 'b1' : 'b0';
    default:
      if (v instanceof Date) return `d${v.getTime()}`;
      if (v instanceof ObjectIdValue) return `o${v.hex}`;
      return `j${stringifyEjson(v)}`;
  }
}

/** Whether a query value is one an index can look up (a plain scalar, not a regex or document). */
export function isLookupValue(v: Value): boolean {
  return !(v instanceof RegExp) && !Array.isArray(v) && !isDoc(v);
}

/** Whether a dotted path crosses an array (where a query on it matches elements' fields). */
function runsThroughArray(doc: Doc, path: string): boolean {
  let cur: Value | undefined = doc;
  const segs = path.split('.');
  for (let i = 0; i < segs.length - 1; i++) {
    if (!isDoc(cur)) return Array.isArray(cur);
    cur = cur[segs[i]];
  }
  return Array.isArray(cur);
}

export class FieldIndex {
  /** prefixes[i]: documents by the keys of the first i+1 fields */
  private readonly prefixes: Map<string, Set<string>>[];
  /** documents whose keys cannot be listed (a path through an array, or two array fields) */
  private readonly unresolved = new Set<string>();

  constructor(readonly spec: IndexSpec) {
    this.prefixes = spec.fields.map(() => new Map());
  }

  /** Every key tuple of a document (one per element of an array field), or null if unlistable. */
  private tuples(doc: Doc): string[][] | null {
    let tuples: string[][] = [[]];
    let arrays = 0;
    for (const f of this.spec.fields) {
      const v = getPath(doc, f);
      if (v === undefined && runsThroughArray(doc, f)) return null;
      let keys: string[];
      if (Array.isArray(v)) {
        if ((arrays += 1) > 1) return null;
        keys = v.length === 0 ? ['u'] : [...new Set(v.map(scalarKey))];
      } else {
        keys = [scalarKey(v)];
      }
      tuples = tuples.flatMap((t) => keys.map((k) => [...t, k]));
    }
    return tuples;
  }

  private each(doc: Doc, fn: (map: Map<string, Set<string>>, key: string) => void): boolean {
    const tuples = this.tuples(doc);
    if (!tuples) return false;
    for (const t of tuples) {
      for (let i = 0; i < t.length; i++) fn(this.prefixes[i], t.slice(0, i + 1).join(SEP));
    }
    return true;
  }

  add(docKey: string, doc: Doc): void {
    const listed = this.each(doc, (map, key) => {
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(docKey);
    });
    if (!listed) this.unresolved.add(docKey);
  }

  /** Removes a document's entries; `doc` is the version that was added (documents are never mutated). */
  remove(docKey: string, doc: Doc): void {
    this.each(doc, (map, key) => {
      const set = map.get(key);
      if (!set) return;
      set.delete(docKey);
      if (set.size === 0) map.delete(key);
    });
    this.unresolved.delete(docKey);
  }

  /** Documents that may equal `values` on the first values.length fields. */
  lookup(values: Value[]): string[] {
    const hits = this.prefixes[values.length - 1].get(values.map(scalarKey).join(SEP));
    const out = hits ? [...hits] : [];
    for (const k of this.unresolved) if (!hits || !hits.has(k)) out.push(k);
    return out;
  }

  /** The full keys of a document (for a unique index). */
  fullKeys(doc: Doc): string[] {
    return (this.tuples(doc) ?? []).map((t) => t.join(SEP));
  }

  /** For a unique index: the key of another document holding one of the same keys, if any. */
  duplicateOf(docKey: string, doc: Doc, ignore: (otherKey: string) => boolean): string | undefined {
    const full = this.prefixes[this.prefixes.length - 1];
    for (const key of this.fullKeys(doc)) {
      const set = full.get(key);
      if (set) for (const other of set) if (other !== docKey && !ignore(other)) return other;
    }
    return undefined;
  }

  /** The indexed values of a document, for an error message. */
  describe(doc: Doc): string {
    return this.spec.fields
      .map((f) => `${f}: ${stringifyEjson(getPath(doc, f) ?? null)}`)
      .join(', ');
  }
}
