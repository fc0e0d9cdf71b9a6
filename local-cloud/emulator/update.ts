// Update documents applied the MongoDB way (what CloudBase runs): the operators the SDK sends
// ($set with dotted paths, $inc, $push with $each/$position/$slice/$sort, $addToSet, $pull, $unset …),
// replacement for set(), and the seed of an upserted document. Errors read like MongoDB's.
import { Query } from 'mingo';
import { CloudError, CODES, invalidParam, writeError } from './errors';
import { clearSlot, getPath, locate, readSlot, writeSlot } from './paths';
import {
  cloneValue,
  compareValues,
  isDoc,
  typeName,
  valuesEqual,
  type Doc,
  type Value,
} from './values';
import { stringifyEjson } from './ejson';

export interface UpdateContext {
  /** server time of the request ($currentDate) */
  now: Date;
  /** true when the update builds a new document by upsert ($setOnInsert applies) */
  inserting: boolean;
}

const OPERATORS = new Set([
  '$set',
  '$setOnInsert',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
  '$rename',
  '$currentDate',
  '$bit',
]);

/** Field names MongoDB (as CloudBase runs it) refuses to store. */
export function assertStorable(value: Value, where: string): void {
  if (Array.isArray(value)) {
    for (const v of value) assertStorable(v, where);
    return;
  }
  if (!isDoc(value)) return;
  for (const k of Object.keys(value)) {
    if (k.startsWith('$'))
      throw invalidParam(
        `the dollar ($) prefixed field '${k}' in '${where}' is not valid for storage`,
      );
    if (k.includes('.'))
      throw invalidParam(`the dotted field '${k}' in '${where}' is not valid for storage`);
    assertStorable(value[k], `${where}.${k}`);
  }
}

function idText(doc: Doc): string {
  return stringifyEjson({ _id: doc._id ?? null });
}

function checkPath(path: string, op: string): void {
  const segs = path.split('.');
  if (path === '' || segs.some((s) => s === ''))
    throw writeError(`An empty update path is not valid (${op})`);
  if (segs[0] === '_id') {
    throw writeError(
      `Performing an update on the path '_id' would modify the immutable field '_id'`,
    );
  }
  for (const s of segs) {
    if (s === '__proto__') throw invalidParam(`the field name __proto__ is not allowed (${path})`);
    if (s === '$' || s.startsWith('$[')) {
      throw invalidParam(
        `the positional operator in '${path}' is not supported by the local emulator; update the array element by index or rewrite the array`,
      );
    }
    if (s.startsWith('$'))
      throw writeError(
        `The dollar ($) prefixed field '${s}' in '${path}' is not valid for storage`,
      );
  }
}

/** MongoDB refuses two operators touching the same path or a path and its parent. */
function checkConflicts(paths: string[]): void {
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a === b || b.startsWith(`${a}.`)) {
      throw writeError(`Updating the path '${b}' would create a conflict at '${a}'`);
    }
  }
}

function numeric(op: string, path: string, arg: Value): number {
  if (typeof arg !== 'number') {
    throw writeError(
      `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${stringifyEjson(arg)}}`,
    );
  }
  return arg;
}

function arrayAt(
  doc: Doc,
  path: string,
  op: string,
  current: Value | undefined,
): Value[] | undefined {
  if (current === undefined) return undefined;
  if (!Array.isArray(current)) {
    throw writeError(
      `The field '${path}' must be an array but is of type ${typeName(current)} in document ${idText(doc)} (${op})`,
    );
  }
  return current;
}

function currentAt(doc: Doc, path: string): Value | undefined {
  const slot = locate(doc, path, false);
  return slot ? readSlot(slot) : undefined;
}

function eachOf(arg: Value): { values: Value[]; mods: Doc | null } {
  if (isDoc(arg) && Object.prototype.hasOwnProperty.call(arg, '$each')) {
    const each = arg.$each;
    if (!Array.isArray(each))
      throw writeError(
        `The argument to $each must be an array but it was of type ${typeName(each)}`,
      );
    return { values: each, mods: arg };
  }
  return { values: [arg], mods: null };
}

function sortArray(arr: Value[], spec: Value): void {
  if (spec === 1 || spec === -1) {
    arr.sort((a, b) => compareValues(a, b) * spec);
    return;
  }
  if (!isDoc(spec))
    throw writeError('The $sort is invalid: use 1/-1 to sort the whole element, or {field: 1/-1}');
  const fields = Object.entries(spec);
  arr.sort((a, b) => {
    for (const [f, dir] of fields) {
      const av = isDoc(a) ? getPath(a, f) : undefined;
      const bv = isDoc(b) ? getPath(b, f) : undefined;
      const c = compareValues(av ?? null, bv ?? null) * (dir === -1 ? -1 : 1);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** Whether a $pull condition removes this element. */
function pullMatcher(cond: Value): (v: Value) => boolean {
  if (isDoc(cond)) {
    const keys = Object.keys(cond);
    const operatorForm = keys.length > 0 && keys.every((k) => k.startsWith('$'));
    if (operatorForm) {
      const q = new Query({ v: cond });
      return (v) => q.test({ v });
    }
    const q = new Query(cond);
    return (v) => isDoc(v) && q.test(v);
  }
  return (v) => valuesEqual(v, cond);
}

function applyOne(doc: Doc, op: string, path: string, arg: Value, ctx: UpdateContext): void {
  switch (op) {
    case '$set':
      assertStorable(arg, path);
      writeSlot(locate(doc, path, true)!, cloneValue(arg));
      return;
    case '$setOnInsert':
      if (ctx.inserting) {
        assertStorable(arg, path);
        writeSlot(locate(doc, path, true)!, cloneValue(arg));
      }
      return;
    case '$unset': {
      const slot = locate(doc, path, false);
      if (slot) clearSlot(slot);
      return;
    }
    case '$inc':
    case '$mul': {
      const n = numeric(op, path, arg);
      const slot = locate(doc, path, true)!;
      const cur = readSlot(slot);
      if (cur === undefined) {
        writeSlot(slot, op === '$inc' ? n : 0);
        return;
      }
      if (typeof cur !== 'number') {
        throw writeError(
          `Cannot apply ${op} to a value of non-numeric type. ${idText(doc)} has the field '${path}' of non-numeric type ${typeName(cur)}`,
        );
      }
      writeSlot(slot, op === '$inc' ? cur + n : cur * n);
      return;
    }
    case '$min':
    case '$max': {
      const slot = locate(doc, path, true)!;
      const cur = readSlot(slot);
      const c = cur === undefined ? 0 : compareValues(arg, cur);
      if (cur === undefined || (op === '$min' ? c < 0 : c > 0)) {
        assertStorable(arg, path);
        writeSlot(slot, cloneValue(arg));
      }
      return;
    }
    case '$currentDate': {
      const ok =
        arg === true || (isDoc(arg) && (arg.$type === 'date' || arg.$type === 'timestamp'));
      if (!ok) throw writeError(`$currentDate takes true or {$type: 'date'} for '${path}'`);
      writeSlot(locate(doc, path, true)!, new Date(ctx.now.getTime()));
      return;
    }
    case '$bit': {
      if (!isDoc(arg))
        throw writeError(`The $bit modifier for '${path}' must be an object like {and: 5}`);
      const slot = locate(doc, path, true)!;
      const cur = readSlot(slot) ?? 0;
      if (typeof cur !== 'number' || !Number.isInteger(cur)) {
        throw writeError(
          `Cannot apply $bit to a value of non-integral type. ${idText(doc)} has the field '${path}' of type ${typeName(cur)}`,
        );
      }
      let out = cur;
      for (const [how, v] of Object.entries(arg)) {
        if (typeof v !== 'number' || !Number.isInteger(v))
          throw writeError(`The $bit argument for '${how}' must be an integer`);
        if (how === 'and') out &= v;
        else if (how === 'or') out |= v;
        else if (how === 'xor') out ^= v;
        else throw writeError(`The $bit modifier '${how}' is not supported (use and, or, xor)`);
      }
      writeSlot(slot, out);
      return;
    }
    case '$push': {
      const { values, mods } = eachOf(arg);
      assertStorable(values, path);
      const cur = arrayAt(doc, path, op, currentAt(doc, path));
      const arr = cur ? [...cur] : [];
      let pos = arr.length;
      if (mods && mods.$position !== undefined) {
        const p = mods.$position;
        if (typeof p !== 'number' || !Number.isInteger(p))
          throw writeError('$position must be an integer');
        pos = p < 0 ? Math.max(0, arr.length + p) : Math.min(p, arr.length);
      }
      arr.splice(pos, 0, ...values.map((v) => cloneValue(v)));
      if (mods && mods.$sort !== undefined) sortArray(arr, mods.$sort);
      if (mods && mods.$slice !== undefined) {
        const s = mods.$slice;
        if (typeof s !== 'number' || !Number.isInteger(s))
          throw writeError('$slice must be an integer');
        const kept = s >= 0 ? arr.slice(0, s) : arr.slice(Math.max(0, arr.length + s));
        arr.length = 0;
        arr.push(...kept);
      }
      writeSlot(locate(doc, path, true)!, arr);
      return;
    }
    case '$addToSet': {
      const { values } = eachOf(arg);
      assertStorable(values, path);
      const cur = arrayAt(doc, path, op, currentAt(doc, path));
      const arr = cur ? [...cur] : [];
      for (const v of values) if (!arr.some((x) => valuesEqual(x, v))) arr.push(cloneValue(v));
      writeSlot(locate(doc, path, true)!, arr);
      return;
    }
    case '$pull':
    case '$pullAll': {
      const slot = locate(doc, path, false);
      const cur = slot ? readSlot(slot) : undefined;
      if (cur === undefined) return;
      if (!Array.isArray(cur))
        throw writeError(
          `Cannot apply ${op} to a non-array value (field '${path}' in ${idText(doc)})`,
        );
      let remove: (v: Value) => boolean;
      if (op === '$pullAll') {
        if (!Array.isArray(arg))
          throw writeError(`$pullAll requires an array argument but was given a ${typeName(arg)}`);
        remove = (v) => arg.some((a) => valuesEqual(v, a));
      } else {
        remove = pullMatcher(arg);
      }
      writeSlot(
        slot!,
        cur.filter((v) => !remove(v)),
      );
      return;
    }
    case '$pop': {
      if (arg !== 1 && arg !== -1)
        throw writeError(`$pop expects 1 or -1, found: ${stringifyEjson(arg)}`);
      const slot = locate(doc, path, false);
      const cur = slot ? readSlot(slot) : undefined;
      if (cur === undefined) return;
      if (!Array.isArray(cur))
        throw writeError(`Path '${path}' contains an element of non-array type '${typeName(cur)}'`);
      writeSlot(slot!, arg === 1 ? cur.slice(0, -1) : cur.slice(1));
      return;
    }
    default:
      throw writeError(`Unknown modifier: ${op}`);
  }
}

function hasArrayOnPath(doc: Doc, path: string): boolean {
  const segs = path.split('.');
  let cur: Value | undefined = doc;
  for (const s of segs) {
    if (Array.isArray(cur)) return true;
    if (!isDoc(cur)) return false;
    cur = cur[s];
  }
  return false;
}

/** Applies an operator update (`{$set: …, $inc: …}`) to a copy of `doc` and returns the copy. */
export function applyUpdate(doc: Doc, update: Doc, ctx: UpdateContext): Doc {
  const ops = Object.keys(update);
  const plain = ops.filter((k) => !k.startsWith('$'));
  if (plain.length > 0 && plain.length < ops.length) {
    throw invalidParam(`an update mixes operators and plain fields (${plain.join(', ')})`);
  }
  // CloudBase's merge mode: plain fields are set one by one
  const normalized: Doc = plain.length > 0 ? { $set: update } : update;
  const steps: { op: string; path: string; arg: Value }[] = [];
  const touched: string[] = [];
  for (const op of Object.keys(normalized)) {
    if (!OPERATORS.has(op)) throw new CloudError(CODES.invalidOperator, `Unknown modifier: ${op}`);
    const fields = normalized[op];
    if (!isDoc(fields))
      throw writeError(
        `Modifiers operate on fields but we found type ${typeName(fields)} instead (${op})`,
      );
    for (const path of Object.keys(fields)) {
      checkPath(path, op);
      const arg = fields[path];
      touched.push(path);
      if (op === '$rename') {
        if (typeof arg !== 'string')
          throw writeError(
            `The 'to' field for $rename must be a string: ${path}: ${stringifyEjson(arg)}`,
          );
        checkPath(arg, op);
        if (arg === path)
          throw writeError(`The source and target field for $rename must differ: ${path}`);
        touched.push(arg);
      }
      steps.push({ op, path, arg });
    }
  }
  checkConflicts(touched);
  const out = cloneValue(doc);
  for (const { op, path, arg } of steps) {
    if (op === '$rename') {
      const to = arg as string;
      if (hasArrayOnPath(out, path) || hasArrayOnPath(out, to)) {
        throw writeError(
          `$rename cannot move '${path}' to '${to}': the path runs through an array`,
        );
      }
      const slot = locate(out, path, false);
      const v = slot ? readSlot(slot) : undefined;
      if (v === undefined) continue;
      clearSlot(slot!);
      writeSlot(locate(out, to, true)!, v);
      continue;
    }
    applyOne(out, op, path, arg, ctx);
  }
  return out;
}

/** The document `set()` leaves: `_id` first, then the replacement's fields in their order. */
export function replaceDoc(id: Value, replacement: Doc): Doc {
  const keys = Object.keys(replacement);
  if (keys.some((k) => k.startsWith('$'))) {
    throw invalidParam('a replacement document (set) must not contain update operators');
  }
  if (
    Object.prototype.hasOwnProperty.call(replacement, '_id') &&
    !valuesEqual(replacement._id, id)
  ) {
    throw writeError(
      `After applying the update, the (immutable) field '_id' was found to have been altered to ${stringifyEjson(replacement._id)}`,
    );
  }
  assertStorable(replacement, 'document');
  const out: Doc = { _id: id };
  for (const k of keys) if (k !== '_id') out[k] = cloneValue(replacement[k]);
  return out;
}

/** The equality fields of a query, which an upsert copies into the document it creates. */
export function upsertSeed(query: Doc): Doc {
  const seed: Doc = {};
  const take = (q: Doc): void => {
    for (const [k, v] of Object.entries(q)) {
      if (k === '$and' && Array.isArray(v)) {
        for (const sub of v) if (isDoc(sub)) take(sub);
        continue;
      }
      if (k.startsWith('$') || k.split('.').includes('__proto__')) continue;
      let value: Value | undefined = v;
      if (isDoc(v)) {
        const ks = Object.keys(v);
        if (ks.length === 1 && ks[0] === '$eq') value = v.$eq;
        else if (ks.some((x) => x.startsWith('$'))) value = undefined;
      }
      if (value === undefined || value instanceof RegExp) continue;
      writeSlot(locate(seed, k, true)!, cloneValue(value));
    }
  };
  take(query);
  return seed;
}
