// Document values as the emulator holds them in memory, and the few generic operations on them.
import { compare as mingoCompare, isEqual as mingoIsEqual } from 'mingo/util';

/** A BSON ObjectId (`{"$oid": …}`); CloudBase's own ids are strings, so this is rare. */
export class ObjectIdValue {
  constructor(readonly hex: string) {}
  toString(): string {
    return this.hex;
  }
}

export type Scalar = null | boolean | number | string | Date | RegExp | ObjectIdValue;
export type Value = Scalar | Value[] | Doc;
export interface Doc {
  [key: string]: Value;
}

export function isDoc(v: unknown): v is Doc {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Deep copy of plain objects and arrays; Dates, RegExps and ObjectIds are never mutated, so shared. */
export function cloneValue<T extends Value>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => cloneValue(x)) as T;
  if (isDoc(v)) {
    const out: Doc = {};
    for (const k of Object.keys(v)) out[k] = cloneValue(v[k]);
    return out as T;
  }
  return v;
}

/** MongoDB equality (numbers by value, dates by time, documents and arrays deeply). */
export function valuesEqual(a: Value | undefined, b: Value | undefined): boolean {
  return mingoIsEqual(a, b);
}

/** MongoDB's cross-type sort order (null < numbers < strings < objects < arrays < … < dates). */
export function compareValues(a: Value | undefined, b: Value | undefined): number {
  return mingoCompare(a, b);
}

export function typeName(v: Value | undefined): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (v instanceof RegExp) return 'regex';
  if (v instanceof ObjectIdValue) return 'objectId';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'object';
}
