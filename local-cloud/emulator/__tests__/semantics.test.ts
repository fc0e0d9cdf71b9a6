// MongoDB details CloudBase inherits, through the real SDK (and the raw protocol where the SDK
// cannot express a case): array operators, path conflicts, upserts, declared collections.
import { startTestEmulator, type TestEmulator } from '../harness';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator();
});

afterAll(async () => {
  await t.close();
});

async function failure(p: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  throw new Error('expected a failure');
}

it('pulls documents matching a condition and adds each missing value to a set', async () => {
  const db = t.db;
  const _ = db.command;
  await db.collection('arr').add({
    _id: 'a',
    members: [
      { id: 1, role: 'x' },
      { id: 2, role: 'y' },
      { id: 3, role: 'x' },
    ],
    s: [1],
  });
  await db
    .collection('arr')
    .doc('a')
    .update({ members: _.pull({ role: 'x' }), s: _.addToSet({ $each: [1, 2, 2, 3] }) });
  expect((await db.collection('arr').doc('a').get()).data[0]).toEqual({
    _id: 'a',
    members: [{ id: 2, role: 'y' }],
    s: [1, 2, 3],
  });
  await db
    .collection('arr')
    .doc('a')
    .update({ s: _.pullAll([1, 3]), 'members.0.role': 'z' });
  expect((await db.collection('arr').doc('a').get()).data[0]).toEqual({
    _id: 'a',
    members: [{ id: 2, role: 'z' }],
    s: [2],
  });
});

it('refuses conflicting paths, array operators on non-arrays, and the positional operator explicitly', async () => {
  const db = t.db;
  const _ = db.command;
  await db.collection('arr').add({ _id: 'b', n: 1, list: [{ k: 1 }] });
  const conflict = await t.post({
    action: 'database.modifyDocument',
    collectionName: 'arr',
    queryType: 'DOC',
    query: '{"_id":"b"}',
    data: '{"$set":{"list":[]},"$push":{"list.0":1}}',
    merge: true,
  });
  expect(conflict.code).toBe('DATABASE_REQUEST_FAILED');
  expect(String(conflict.message)).toMatch(/would create a conflict at 'list'/);
  expect(
    (
      await failure(
        db
          .collection('arr')
          .doc('b')
          .update({ n: _.push(2) }),
      )
    ).message,
  ).toMatch(/must be an array/);
  const positional = await failure(
    db.collection('arr').where({ 'list.k': 1 }).update({ 'list.$.k': 2 }),
  );
  expect(positional.message).toMatch(/positional operator .* not supported/);
  expect((await db.collection('arr').doc('b').get()).data[0]).toEqual({
    _id: 'b',
    n: 1,
    list: [{ k: 1 }],
  });
});

it('upserts from a where query, seeding the new document with its equality fields', async () => {
  const res = await t.post({
    action: 'database.modifyDocument',
    collectionName: 'ups',
    queryType: 'WHERE',
    query: '{"day":"2025-01-01","user":"u1","n":{"$gt":5}}',
    data: '{"$inc":{"count":1},"$setOnInsert":{"first":true}}',
    multi: false,
    merge: true,
    upsert: true,
  });
  expect((res.data as { updated: number }).updated).toBe(0);
  const id = (res.data as { upsert_id: string }).upsert_id;
  expect(id).toMatch(/^[0-9a-f]{32}$/);
  expect((await t.db.collection('ups').doc(id).get()).data).toEqual([
    { _id: id, day: '2025-01-01', user: 'u1', count: 1, first: true },
  ]);
});

it('refuses the __proto__ field name and aggregation stages that write', async () => {
  const proto = await t.post({
    action: 'database.insertDocument',
    collectionName: 'x',
    data: ['{"__proto__":{"admin":true}}'],
  });
  expect(proto.code).toBe('INVALID_PARAM');
  const out = await t.post({
    action: 'database.aggregateDocuments',
    collectionName: 'x',
    stages: [{ stageKey: '$out', stageValue: '"copy"' }],
  });
  expect(out.code).toBe('DATABASE_INVALID_OPERRATOR');
});

describe('declared collections', () => {
  let strict: TestEmulator;
  beforeAll(async () => {
    strict = await startTestEmulator({ collections: ['known'] });
  });
  afterAll(async () => {
    await strict.close();
  });

  it('answers DATABASE_COLLECTION_NOT_EXIST for an undeclared collection until it is created', async () => {
    const db = strict.db;
    expect((await db.collection('known').get()).data).toEqual([]);
    expect((await failure(db.collection('unknown').add({ a: 1 }))).code).toBe(
      'DATABASE_COLLECTION_NOT_EXIST',
    );
    expect((await failure(db.collection('unknown').get())).code).toBe(
      'DATABASE_COLLECTION_NOT_EXIST',
    );
    await db.createCollection('unknown');
    await db.collection('unknown').add({ _id: 'u', a: 1 });
    expect((await db.collection('unknown').count()).total).toBe(1);
    expect((await failure(db.createCollection('unknown'))).code).toBe(
      'DATABASE_COLLECTION_ALREADY_EXIST',
    );
  });
});
