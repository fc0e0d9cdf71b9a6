// Dotted field paths ("a.b.0.c") inside documents: reading, and locating the slot a write goes to,
// with MongoDB's rules for arrays and for paths that run into non-documents.
import { writeError } from './errors';
import { isDoc, type Doc, type Value } from './values';
import { stringifyEjson } from './ejson';

const INDEX = /^(0|[1-9]\d*)$/;

export function splitPath(path: string): string[] {
  return path.split('.');
}

/** Value at a dotted path, descending into arrays only by numeric segments. */
export function getPath(doc: Doc, path: string): Value | undefined {
  let cur: Value | undefined = doc;
  for (const seg of splitPath(path)) {
    if (Array.isArray(cur)) {
      if (!INDEX.test(seg)) return undefined;
      cur = cur[Number(seg)];
    } else if (isDoc(cur)) {
      cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    } else {
      return undefined;
    }
  }
  return cur;
}

/** Where a write lands: the container and the key (array index or field name) in it. */
export interface Slot {
  parent: Doc | Value[];
  key: string | number;
}

function brief(v: Value): string {
  const text = stringifyEjson(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Finds the slot for `path`. With `create`, missing intermediate documents are created and a path
 * that runs into a non-document throws like MongoDB ("Cannot create field …"); without it, such a
 * path returns null (nothing there to read or remove).
 */
export function locate(doc: Doc, path: string, create: boolean): Slot | null {
  const segs = splitPath(path);
  let parent: Doc | Value[] = doc;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    let key: string | number;
    if (Array.isArray(parent)) {
      if (!INDEX.test(seg)) {
        if (!create) return null;
        throw writeError(
          `Cannot create field '${seg}' in element {${segs[i - 1]}: ${brief(parent)}}`,
        );
      }
      key = Number(seg);
    } else {
      key = seg;
    }
    if (last) return { parent, key };
    const next: Value | undefined = Array.isArray(parent)
      ? parent[key as number]
      : Object.prototype.hasOwnProperty.call(parent, key)
        ? parent[key as string]
        : undefined;
    if (Array.isArray(next) || isDoc(next)) {
      parent = next;
      continue;
    }
    if (!create) return null;
    if (next !== undefined) {
      throw writeError(`Cannot create field '${segs[i + 1]}' in element {${seg}: ${brief(next)}}`);
    }
    const created: Doc = {};
    writeSlot({ parent, key }, created);
    parent = created;
  }
  return null; // unreachable: the loop returns at the last segment
}

export function readSlot(slot: Slot): Value | undefined {
  if (Array.isArray(slot.parent)) return slot.parent[slot.key as number];
  const p = slot.parent;
  return Object.prototype.hasOwnProperty.call(p, slot.key) ? p[slot.key as string] : undefined;
}

/** Sets the slot; an array index past the end pads with nulls, as MongoDB does. */
export function writeSlot(slot: Slot, value: Value): void {
  if (Array.isArray(slot.parent)) {
    const arr = slot.parent;
    const idx = slot.key as number;
    while (arr.length < idx) arr.push(null);
    arr[idx] = value;
  } else {
    slot.parent[slot.key as string] = value;
  }
}

/** Removes the field; an array element becomes null (MongoDB's $unset on an array index). */
export function clearSlot(slot: Slot): void {
  if (Array.isArray(slot.parent)) {
    if ((slot.key as number) < slot.parent.length) slot.parent[slot.key as number] = null;
  } else {
    delete slot.parent[slot.key as string];
  }
}
