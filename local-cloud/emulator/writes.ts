// The writing actions: insertDocument, modifyDocument (update, set, upsert; by doc or where),
// modifyAndReturnDoc and removeDocument — plain (checked, persisted, applied in one step, or
// waiting for a transaction's lock) or inside a transaction (locked until commit).
import { idKey } from './collections';
import { CloudError, invalidParam, requestFailed } from './errors';
import { newDocId } from './ids';
import { parseEjson, stringifyEjson } from './ejson';
import { compile, matchAll, type Match } from './query';
import {
  collectionName,
  docId,
  docOnly,
  ejsonDoc,
  inTransaction,
  queryType,
  transactionOf,
  type ActionContext,
  type Answer,
  type Body,
} from './request';
import type { DocWrite } from './store';
import { applyUpdate, assertStorable, replaceDoc, upsertSeed } from './update';
import { isDoc, type Doc, type Value } from './values';

/** `_id` first, as MongoDB stores it. */
function withIdFirst(doc: Doc, id: Value): Doc {
  if (Object.keys(doc)[0] === '_id' && doc._id === id) return doc;
  const out: Doc = { _id: id };
  for (const k of Object.keys(doc)) if (k !== '_id') out[k] = doc[k];
  return out;
}

function duplicateId(coll: string, id: Value): CloudError {
  return requestFailed(
    `[FailedOperation] multiple write errors: [{write errors: [{E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: ${stringifyEjson(id)} }}]}, {<nil>}]`,
  );
}

function commitPlain(ctx: ActionContext, writes: DocWrite[]): void {
  ctx.store.checkUnique(writes);
  ctx.store.commit(writes, ctx.txm.hasOpen());
}

export function insertDocument(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  if (!Array.isArray(body.data) || body.data.length === 0) {
    throw invalidParam('data must be a non-empty array of EJSON documents');
  }
  const tx = transactionOf(body, ctx);
  const coll = ctx.store.forWrite(name);
  const docs = body.data.map((text, i) => {
    const v = parseEjson(text, `data[${i}]`, ctx.now);
    if (!isDoc(v)) throw invalidParam(`data[${i}] must be an EJSON object`);
    assertStorable(v, 'document');
    const id = v._id === undefined ? newDocId() : v._id;
    if (id === null || Array.isArray(id) || id instanceof RegExp)
      throw invalidParam('_id cannot be null, an array or a regex');
    return withIdFirst(v, id);
  });
  const seen = new Set<string>();
  const writes: DocWrite[] = docs.map((doc) => {
    const key = idKey(doc._id);
    if (seen.has(key)) throw duplicateId(name, doc._id);
    seen.add(key);
    return { coll, key, doc };
  });
  if (tx) {
    inTransaction(ctx, tx, () => {
      for (const w of writes) {
        if (tx.read(coll, w.key)) throw duplicateId(name, w.doc!._id);
        ctx.txm.write(tx, coll, w.key, w.doc);
      }
    });
  } else {
    ctx.txm.assertUnlocked(coll, seen);
    for (const w of writes) if (coll.docs.has(w.key)) throw duplicateId(name, w.doc!._id);
    commitPlain(ctx, writes);
  }
  return { data: { insertedIds: docs.map((d) => d._id) } };
}

interface Modification {
  data: Doc;
  merge: boolean;
  upsert: boolean;
}

function newVersion(old: Doc, m: Modification, now: number): Doc {
  return m.merge
    ? applyUpdate(old, m.data, { now: new Date(now), inserting: false })
    : replaceDoc(old._id, m.data);
}

function upserted(seed: Doc, m: Modification, now: number): Doc {
  const id = seed._id ?? newDocId();
  if (!m.merge) return replaceDoc(id, m.data);
  const doc = applyUpdate(seed, m.data, { now: new Date(now), inserting: true });
  return withIdFirst(doc, id);
}

function changed(a: Doc, b: Doc): boolean {
  return stringifyEjson(a) !== stringifyEjson(b);
}

export function modifyDocument(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  const type = queryType(body);
  const query = ejsonDoc(body, 'query', ctx.now, type === 'DOC');
  const m: Modification = {
    data: ejsonDoc(body, 'data', ctx.now, true),
    merge: body.merge !== false,
    upsert: body.upsert === true,
  };
  const multi = type === 'WHERE' && body.multi === true;
  if (!m.merge && multi)
    throw invalidParam('multi update is not supported for a replacement (set) update');
  const tx = transactionOf(body, ctx);

  if (tx) {
    docOnly(type, 'update()/set()');
    const id = docId(query);
    const key = idKey(id);
    return inTransaction(ctx, tx, () => {
      const coll = m.upsert ? ctx.store.forWrite(name) : ctx.store.forRead(name);
      const cur = tx.read(coll, key);
      if (cur && compile(query)(cur)) {
        const next = newVersion(cur, m, ctx.now);
        if (!changed(cur, next)) return { data: { updated: 0 } };
        ctx.txm.write(tx, coll!, key, next);
        return { data: { updated: 1 } };
      }
      if (!m.upsert || cur) return { data: { updated: 0 } };
      const doc = upserted({ _id: id }, m, ctx.now);
      ctx.txm.write(tx, coll!, key, doc);
      return { data: { updated: 0, upsert_id: id } };
    });
  }

  const coll = m.upsert ? ctx.store.forWrite(name) : ctx.store.forRead(name);
  if (type === 'DOC') docId(query);
  const matches: Match[] = matchAll(coll, query, multi ? Infinity : 1);
  if (!coll) return { data: { updated: 0 } };
  const writes: DocWrite[] = [];
  let upsertId: Value | undefined;
  if (matches.length === 0 && m.upsert) {
    const doc = upserted(type === 'DOC' ? { _id: query._id } : upsertSeed(query), m, ctx.now);
    upsertId = doc._id;
    const key = idKey(doc._id);
    ctx.txm.assertUnlocked(coll, [key]);
    if (coll.docs.has(key)) throw duplicateId(name, doc._id);
    writes.push({ coll, key, doc });
  } else {
    ctx.txm.assertUnlocked(
      coll,
      matches.map((x) => x.key),
    );
    for (const x of matches) {
      const next = newVersion(x.doc, m, ctx.now);
      const json = stringifyEjson(next);
      if (json !== stringifyEjson(x.doc)) writes.push({ coll, key: x.key, doc: next, json });
    }
  }
  commitPlain(ctx, writes);
  const data: Answer = { updated: upsertId === undefined ? writes.length : 0 };
  if (upsertId !== undefined) data.upsert_id = upsertId;
  return { data };
}

export function modifyAndReturnDoc(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  const type = queryType(body);
  const query = ejsonDoc(body, 'query', ctx.now, type === 'DOC');
  const data = ejsonDoc(body, 'data', ctx.now, true);
  if (transactionOf(body, ctx)) docOnly('WHERE', 'updateAndReturn()');
  const coll = ctx.store.forRead(name);
  const [hit] = matchAll(coll, query, 1);
  if (!coll || !hit) return { data: { updated: 0, doc: null } };
  ctx.txm.assertUnlocked(coll, [hit.key]);
  const next = applyUpdate(hit.doc, data, { now: new Date(ctx.now), inserting: false });
  const didChange = changed(hit.doc, next);
  if (didChange) commitPlain(ctx, [{ coll, key: hit.key, doc: next }]);
  return { data: { updated: didChange ? 1 : 0, doc: stringifyEjson(next) } };
}

export function removeDocument(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  const type = queryType(body);
  const query = ejsonDoc(body, 'query', ctx.now, type === 'DOC');
  const tx = transactionOf(body, ctx);
  if (tx) {
    docOnly(type, 'remove()');
    const key = idKey(docId(query));
    return inTransaction(ctx, tx, () => {
      const coll = ctx.store.forRead(name);
      const cur = tx.read(coll, key);
      if (!coll || !cur || !compile(query)(cur)) return { data: { deleted: 0 } };
      ctx.txm.write(tx, coll, key, null);
      return { data: { deleted: 1 } };
    });
  }
  if (type === 'DOC') docId(query);
  const multi = type === 'WHERE' && body.multi !== false;
  const coll = ctx.store.forRead(name);
  const matches = matchAll(coll, query, multi ? Infinity : 1);
  if (!coll || matches.length === 0) return { data: { deleted: 0 } };
  ctx.txm.assertUnlocked(
    coll,
    matches.map((x) => x.key),
  );
  commitPlain(
    ctx,
    matches.map((x) => ({ coll, key: x.key, doc: null })),
  );
  return { data: { deleted: matches.length } };
}
