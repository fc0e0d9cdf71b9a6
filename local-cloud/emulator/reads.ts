// The reading actions: getDocument (by doc or where, paged, ordered, projected), calculateDocument
// (count) and aggregateDocuments (mingo's pipeline, $lookup across collections).
import { Aggregator, ProcessingMode } from 'mingo';
import { idKey, type CollectionData } from './collections';
import { CloudError, CODES, invalidParam } from './errors';
import { parseEjson, stringifyEjson } from './ejson';
import { compile, matchAll, shape } from './query';
import {
  collectionName,
  DEFAULT_LIMIT,
  docId,
  docOnly,
  ejsonDoc,
  intParam,
  MAX_LIMIT,
  orderParam,
  queryType,
  transactionOf,
  type ActionContext,
  type Answer,
  type Body,
} from './request';
import { cloneValue, isDoc, type Doc } from './values';

/** Aggregation stages the SDK can send (plus MongoDB's aliases); no writes ($out, $merge). */
const STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$count',
  '$facet',
  '$group',
  '$limit',
  '$lookup',
  '$match',
  '$project',
  '$replaceRoot',
  '$replaceWith',
  '$sample',
  '$set',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unset',
  '$unwind',
]);

export function getDocument(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  const type = queryType(body);
  const query = ejsonDoc(body, 'query', ctx.now, type === 'DOC');
  const limit = intParam(body, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = intParam(body, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const order = orderParam(body, ctx.now);
  const projection = body.projection ? ejsonDoc(body, 'projection', ctx.now, false) : undefined;
  const tx = transactionOf(body, ctx);
  let docs: Doc[];
  if (tx) {
    docOnly(type, 'get()');
    const doc = tx.read(ctx.store.forRead(name), idKey(docId(query)));
    docs = doc && compile(query)(doc) ? [doc] : [];
  } else {
    const coll = ctx.store.forRead(name);
    if (type === 'DOC') docId(query);
    // without an order, matching can stop as soon as the page is full
    const enough = order && Object.keys(order).length > 0 ? Infinity : offset + limit;
    docs = matchAll(coll, query, enough).map((m) => m.doc);
  }
  const page = shape(docs, { order, offset, limit, projection });
  return { data: { list: page.map(stringifyEjson), limit, offset } };
}

export function calculateDocument(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  const type = queryType(body);
  const query = ejsonDoc(body, 'query', ctx.now, type === 'DOC');
  if (transactionOf(body, ctx)) docOnly('WHERE', 'count()');
  return { data: { total: matchAll(ctx.store.forRead(name), query).length } };
}

export function aggregateDocuments(body: Body, ctx: ActionContext): Answer {
  const name = collectionName(body);
  if (!Array.isArray(body.stages))
    throw invalidParam('stages must be an array of {stageKey, stageValue}');
  if (transactionOf(body, ctx)) docOnly('WHERE', 'aggregate()');
  const pipeline: Doc[] = body.stages.map((s: unknown, i: number) => {
    const stage = s as { stageKey?: unknown; stageValue?: unknown } | null;
    if (!stage || typeof stage.stageKey !== 'string')
      throw invalidParam(`stages[${i}].stageKey must be a string`);
    if (!STAGES.has(stage.stageKey)) {
      throw new CloudError(
        CODES.invalidOperator,
        `the aggregation stage ${stage.stageKey} is not supported`,
      );
    }
    return { [stage.stageKey]: parseEjson(stage.stageValue, `stages[${i}].stageValue`, ctx.now) };
  });
  const coll = ctx.store.forRead(name);
  let input: Doc[];
  // a leading $match can use the _id and index fast paths
  if (pipeline.length > 0 && isDoc(pipeline[0].$match)) {
    input = matchAll(coll, pipeline.shift()!.$match as Doc).map((x) => x.doc);
  } else {
    input = coll ? [...coll.docs.values()] : [];
  }
  const resolve = (other: string): Doc[] => {
    const c: CollectionData | undefined = ctx.store.forRead(other);
    return c ? [...c.docs.values()].map((d) => cloneValue(d)) : [];
  };
  let out: Doc[];
  try {
    out = new Aggregator(pipeline, {
      collectionResolver: resolve,
      processingMode: ProcessingMode.CLONE_INPUT,
      scriptEnabled: false,
    }).run(input) as Doc[];
  } catch (e) {
    if (e instanceof CloudError) throw e;
    throw new CloudError(CODES.invalidOperator, `aggregation failed: ${(e as Error).message}`);
  }
  return { data: { list: out.map((d) => stringifyEjson(d)) } };
}
