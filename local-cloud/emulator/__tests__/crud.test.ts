// Documents through the real SDK: add, get by doc and by where with operators, paging, count,
// update operators, set, remove, server dates, projection, and the errors CloudBase answers.
import { startTestEmulator, type Db, type TestEmulator } from '../harness';

let t: TestEmulator;
let db: Db;

beforeAll(async () => {
  t = await startTestEmulator({
    indexes: [{ collection: 'people', name: 'staffNo', fields: ['staffNo'], unique: true }],
  });
  db = t.db;
});

afterAll(async () => {
  await t.close();
});

interface Thrown {
  code?: string;
  message?: string;
  requestId?: string;
}

async function failure(p: Promise<unknown>): Promise<Thrown> {
  try {
    await p;
  } catch (e) {
    return e as Thrown;
  }
  throw new Error('expected the SDK call to throw');
}

describe('add', () => {
  it('generates a 32-hex _id when none is given and returns documents with _id first', async () => {
    const id = (await db.collection('items').add({ name: 'pen', price: 3 })).id as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const got = await db.collection('items').doc(id).get();
    expect(got.data).toEqual([{ _id: id, name: 'pen', price: 3 }]);
    expect(Object.keys(got.data[0])).toEqual(['_id', 'name', 'price']);
  });

  it('keeps a given _id, several documents at once, and refuses a duplicate _id', async () => {
    expect((await db.collection('items').add({ name: 'ink', _id: 'ink-1' })).id).toBe('ink-1');
    const many = await db.collection('items').add([{ _id: 'm1' }, { _id: 'm2' }]);
    expect(many.ids).toEqual(['m1', 'm2']);
    const e = await failure(db.collection('items').add({ _id: 'ink-1', name: 'again' }));
    expect(e.code).toBe('DATABASE_REQUEST_FAILED');
    expect(e.message).toMatch(/E11000 duplicate key error .*_id_/);
    expect(e.requestId).toBeTruthy();
    // an add that fails leaves nothing behind, even with an earlier valid document in the batch
    await failure(db.collection('items').add([{ _id: 'fresh' }, { _id: 'm1' }]));
    expect((await db.collection('items').doc('fresh').get()).data).toEqual([]);
  });

  it('round-trips types: numbers, dates, nested objects, arrays, null, booleans', async () => {
    const when = new Date('2024-05-01T08:00:00.000Z');
    const doc = {
      _id: 'types',
      i: 7,
      f: 1.5,
      big: 2 ** 40,
      neg: -3,
      when,
      nested: { a: [1, { b: null }] },
      ok: true,
    };
    await db.collection('items').add(doc);
    const [got] = (await db.collection('items').doc('types').get()).data;
    expect(got).toEqual(doc);
    expect(got.when).toBeInstanceOf(Date);
  });

  it('stores db.serverDate() as the server time', async () => {
    const before = Date.now();
    await db
      .collection('items')
      .add({ _id: 'stamped', at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) });
    const [got] = (await db.collection('items').doc('stamped').get()).data;
    expect(got.at).toBeInstanceOf(Date);
    expect(got.at.getTime()).toBeGreaterThanOrEqual(before);
    expect(got.at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(got.later.getTime() - got.at.getTime()).toBe(60_000);
  });
});

describe('get with where', () => {
  const _ = () => db.command;
  beforeAll(async () => {
    await db.collection('q').add([
      {
        _id: 'a',
        n: 1,
        tag: 'red',
        name: 'Alice',
        profile: { city: 'Wuhan', age: 30 },
        scores: [{ k: 'x', v: 5 }],
        tags: ['x', 'y'],
      },
      {
        _id: 'b',
        n: 2,
        tag: 'blue',
        name: 'bob',
        profile: { city: 'Beijing', age: 41 },
        scores: [{ k: 'x', v: 9 }],
        tags: ['y'],
      },
      {
        _id: 'c',
        n: 3,
        tag: 'red',
        name: 'Carol',
        profile: { city: 'Wuhan', age: 25 },
        extra: null,
      },
      { _id: 'd', n: 4, name: 'dave', when: new Date('2020-01-01T00:00:00Z') },
    ]);
  });
  const ids = async (where: Record<string, unknown>): Promise<string[]> =>
    (await db.collection('q').where(where).get()).data.map((d: { _id: string }) => d._id);

  it('compares with gt/gte/lt/lte/neq/in/nin', async () => {
    expect(await ids({ n: _().gt(2) })).toEqual(['c', 'd']);
    expect(await ids({ n: _().gte(2).and(_().lt(4)) })).toEqual(['b', 'c']);
    expect(await ids({ n: _().lte(1) })).toEqual(['a']);
    expect(await ids({ tag: _().neq('red') })).toEqual(['b', 'd']);
    expect(await ids({ _id: _().in(['d', 'a', 'zz']) })).toEqual(['a', 'd']);
    expect(await ids({ tag: _().nin(['red']) })).toEqual(['b', 'd']);
  });

  it('checks existence, null, and combines with and/or', async () => {
    expect(await ids({ tag: _().exists(false) })).toEqual(['d']);
    expect(await ids({ extra: _().exists(true) })).toEqual(['c']);
    expect(await ids({ extra: null })).toEqual(['a', 'b', 'c', 'd']);
    expect(
      (
        await db
          .collection('q')
          .where(_().or([{ n: 1 }, { tag: 'blue' }]))
          .get()
      ).data.map((d: { _id: string }) => d._id),
    ).toEqual(['a', 'b']);
    expect(
      (
        await db
          .collection('q')
          .where(_().and([{ tag: 'red' }, { n: _().gt(1) }]))
          .get()
      ).data,
    ).toHaveLength(1);
  });

  it('matches nested objects as dotted paths, elemMatch, array contains, and regex', async () => {
    expect(await ids({ profile: { city: 'Wuhan' } })).toEqual(['a', 'c']);
    expect(await ids({ 'profile.age': _().gt(28) })).toEqual(['a', 'b']);
    expect(await ids({ scores: _().elemMatch({ k: 'x', v: _().gt(6) }) })).toEqual(['b']);
    expect(await ids({ tags: 'y' })).toEqual(['a', 'b']);
    expect(await ids({ name: db.RegExp({ regexp: '^[a-c]', options: 'i' }) })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(await ids({ name: /^b/ })).toEqual(['b']);
  });

  it('compares dates, including db.serverDate() in a query', async () => {
    expect(await ids({ when: _().lt(new Date('2021-01-01T00:00:00Z')) })).toEqual(['d']);
    expect(await ids({ when: _().lt(db.serverDate()) })).toEqual(['d']);
  });

  it('orders, skips, limits, projects and counts', async () => {
    const res = await db
      .collection('q')
      .where({ n: _().gt(0) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ name: true })
      .get();
    expect(res.data).toEqual([
      { _id: 'c', name: 'Carol' },
      { _id: 'b', name: 'bob' },
    ]);
    const sorted = await db.collection('q').orderBy('tag', 'asc').orderBy('n', 'desc').get();
    expect(sorted.data.map((d: { _id: string }) => d._id)).toEqual(['d', 'b', 'c', 'a']);
    const excluded = await db
      .collection('q')
      .doc('a')
      .field({ scores: false, tags: false, profile: false })
      .get();
    expect(excluded.data).toEqual([{ _id: 'a', n: 1, tag: 'red', name: 'Alice' }]);
    expect((await db.collection('q').where({ tag: 'red' }).count()).total).toBe(2);
    expect((await db.collection('q').count()).total).toBe(4);
  });
});

describe('paging limits', () => {
  beforeAll(async () => {
    const docs = Array.from({ length: 1200 }, (_v, i) => ({
      _id: `p${String(i).padStart(4, '0')}`,
      i,
    }));
    for (let i = 0; i < docs.length; i += 300)
      await db.collection('pages').add(docs.slice(i, i + 300));
  });

  it('answers 100 documents by default and at most 1000', async () => {
    expect((await db.collection('pages').get()).data).toHaveLength(100);
    // the SDK itself caps limit() at 1000 before sending
    expect((await db.collection('pages').limit(5000).get()).data).toHaveLength(1000);
    const last = await db.collection('pages').orderBy('i', 'asc').skip(1100).limit(1000).get();
    expect(last.data).toHaveLength(100);
    expect(last.data[0]._id).toBe('p1100');
  });

  it('refuses a limit over 1000 on the wire, as CloudBase does', async () => {
    const res = await t.post({
      action: 'database.getDocument',
      collectionName: 'pages',
      queryType: 'WHERE',
      limit: 1001,
    });
    expect(res.code).toBe('INVALID_PARAM');
    expect(String(res.message)).toMatch(/limit/);
    expect(res.requestId).toBeTruthy();
  });
});

describe('update', () => {
  const _ = () => db.command;
  beforeEach(async () => {
    await db
      .collection('u')
      .doc('x')
      .set({ n: 1, list: [1, 2, 3], set: ['a'], profile: { name: 'X', level: 1 }, gone: true });
  });
  const get = async () => (await db.collection('u').doc('x').get()).data[0];

  it('applies inc, push, addToSet, remove, pull and nested objects as dotted $set', async () => {
    const res = await db
      .collection('u')
      .doc('x')
      .update({
        n: _().inc(2),
        list: _().push(4),
        set: _().addToSet('a'),
        gone: _().remove(),
        profile: { level: 2 },
      });
    expect(res.updated).toBe(1);
    expect(await get()).toEqual({
      _id: 'x',
      n: 3,
      list: [1, 2, 3, 4],
      set: ['a'],
      profile: { name: 'X', level: 2 },
    });
    await db
      .collection('u')
      .doc('x')
      .update({ list: _().pull(2), set: _().addToSet('b') });
    await db
      .collection('u')
      .doc('x')
      .update({ list: _().pull(_().gt(3)) });
    expect(await get()).toMatchObject({ list: [1, 3], set: ['a', 'b'] });
  });

  it('supports push with each/position/slice, pop, shift, unshift, mul, min, max, rename and set of an object', async () => {
    await db
      .collection('u')
      .doc('x')
      .update({ list: _().push({ each: [9, 8], position: 0, slice: 4 }), n: _().mul(10) });
    expect(await get()).toMatchObject({ list: [9, 8, 1, 2], n: 10 });
    await db
      .collection('u')
      .doc('x')
      .update({ list: _().pop(), set: _().unshift('z') });
    await db.collection('u').doc('x').update({ list: _().shift() });
    expect(await get()).toMatchObject({ list: [8, 1], set: ['z', 'a'] });
    await db
      .collection('u')
      .doc('x')
      .update({ lo: _().min(5), hi: _().max(5) });
    await db
      .collection('u')
      .doc('x')
      .update({ lo: _().min(2), hi: _().max(3), gone: _().rename('kept') });
    expect(await get()).toMatchObject({ lo: 2, hi: 5, kept: true });
    await db
      .collection('u')
      .doc('x')
      .update({ profile: _().set({ only: 1 }) });
    expect((await get()).profile).toEqual({ only: 1 });
  });

  it('keeps field order: existing fields stay in place, new ones go last', async () => {
    await db.collection('u').doc('x').update({ n: 5, newField: 1 });
    expect(Object.keys(await get())).toEqual([
      '_id',
      'n',
      'list',
      'set',
      'profile',
      'gone',
      'newField',
    ]);
  });

  it('stamps db.serverDate() in an update', async () => {
    const before = Date.now();
    await db.collection('u').doc('x').update({ touchedAt: db.serverDate() });
    expect((await get()).touchedAt.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('answers updated 0 for a missing document or an update that changes nothing', async () => {
    expect((await db.collection('u').doc('nope').update({ n: 1 })).updated).toBe(0);
    expect((await db.collection('u').doc('nope').get()).data).toEqual([]);
    expect((await db.collection('u').doc('x').update({ n: 1 })).updated).toBe(0);
  });

  it('updates every match of a where, and only matches', async () => {
    await db.collection('uw').add([
      { _id: '1', g: 'a', v: 0 },
      { _id: '2', g: 'a', v: 0 },
      { _id: '3', g: 'b', v: 0 },
    ]);
    expect(
      (
        await db
          .collection('uw')
          .where({ g: 'a' })
          .update({ v: _().inc(1) })
      ).updated,
    ).toBe(2);
    expect((await db.collection('uw').where({ v: 1 }).count()).total).toBe(2);
  });

  it('refuses MongoDB-invalid updates with a CloudBase error', async () => {
    const e = await failure(
      db
        .collection('u')
        .doc('x')
        .update({ profile: { name: _().inc(1) } }),
    );
    expect(e.code).toBe('DATABASE_REQUEST_FAILED');
    expect(e.message).toMatch(/Cannot apply \$inc to a value of non-numeric type/);
    const e2 = await failure(
      db
        .collection('u')
        .doc('x')
        .update({ n: { deeper: 1 } }),
    );
    expect(e2.message).toMatch(/Cannot create field 'deeper'/);
    expect(await get()).toMatchObject({ n: 1, profile: { name: 'X', level: 1 } });
  });

  it('returns the updated document with updateAndReturn', async () => {
    const res = await db
      .collection('u')
      .where({ _id: 'x' })
      .updateAndReturn({ n: _().inc(41) });
    expect(res.updated).toBe(1);
    expect(res.doc).toMatchObject({ _id: 'x', n: 42 });
  });
});

describe('set and remove', () => {
  it('set replaces the whole document and upserts a missing one', async () => {
    const created = await db
      .collection('s')
      .doc('one')
      .set({ a: 1, b: { c: 2 } });
    expect(created).toMatchObject({ updated: 0, upsertedId: 'one' });
    const replaced = await db.collection('s').doc('one').set({ z: true });
    expect(replaced.updated).toBe(1);
    expect((await db.collection('s').doc('one').get()).data).toEqual([{ _id: 'one', z: true }]);
  });

  it('removes by doc and by where', async () => {
    await db.collection('r').add([
      { _id: 'r1', k: 1 },
      { _id: 'r2', k: 2 },
      { _id: 'r3', k: 2 },
    ]);
    expect((await db.collection('r').doc('r1').remove()).deleted).toBe(1);
    expect((await db.collection('r').doc('r1').remove()).deleted).toBe(0);
    expect((await db.collection('r').where({ k: 2 }).remove()).deleted).toBe(2);
    expect((await db.collection('r').count()).total).toBe(0);
  });
});

describe('aggregate', () => {
  beforeAll(async () => {
    await db.collection('orders').add([
      { _id: 'o1', user: 'u1', amount: 10, items: ['a', 'b'] },
      { _id: 'o2', user: 'u2', amount: 5, items: ['a'] },
      { _id: 'o3', user: 'u1', amount: 7, items: [] },
    ]);
    await db.collection('users').add([
      { _id: 'u1', name: 'Ann' },
      { _id: 'u2', name: 'Ben' },
    ]);
  });

  it('runs match, group, sort, project and limit', async () => {
    const $ = db.command.aggregate;
    const res = await db
      .collection('orders')
      .aggregate()
      .match({ amount: db.command.gt(4) })
      .group({ _id: '$user', total: $.sum('$amount'), n: $.sum(1) })
      .sort({ total: -1 })
      .project({ _id: 0, user: '$_id', total: 1, n: 1 })
      .limit(5)
      .end();
    expect(res.data).toEqual([
      { total: 17, n: 2, user: 'u1' },
      { total: 5, n: 1, user: 'u2' },
    ]);
  });

  it('runs count, unwind and lookup', async () => {
    expect((await db.collection('orders').aggregate().count('n').end()).data).toEqual([{ n: 3 }]);
    const unwound = await db.collection('orders').aggregate().unwind('$items').end();
    expect(unwound.data).toHaveLength(3);
    const joined = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o2' })
      .lookup({ from: 'users', localField: 'user', foreignField: '_id', as: 'who' })
      .end();
    expect(joined.data[0].who).toEqual([{ _id: 'u2', name: 'Ben' }]);
  });
});

describe('unique indexes', () => {
  it('refuses a duplicate key on add and on update, and counts a missing field as null', async () => {
    await db.collection('people').add({ _id: 'p1', staffNo: 'S1' });
    await db.collection('people').add({ _id: 'p2', staffNo: 'S2' });
    const e = await failure(db.collection('people').add({ _id: 'p3', staffNo: 'S1' }));
    expect(e.code).toBe('DATABASE_REQUEST_FAILED');
    expect(e.message).toMatch(/E11000 duplicate key error collection: people index: staffNo/);
    await failure(db.collection('people').doc('p2').update({ staffNo: 'S1' }));
    expect((await db.collection('people').doc('p2').get()).data[0].staffNo).toBe('S2');
    await db.collection('people').add({ _id: 'n1' });
    expect((await failure(db.collection('people').add({ _id: 'n2' }))).message).toMatch(
      /duplicate key/,
    );
    // an index lookup still sees every match
    expect((await db.collection('people').where({ staffNo: 'S2' }).get()).data).toEqual([
      { _id: 'p2', staffNo: 'S2' },
    ]);
  });
});

describe('protocol errors', () => {
  it('answers malformed EJSON with INVALID_PARAM', async () => {
    const bad = await t.post({
      action: 'database.getDocument',
      collectionName: 'q',
      queryType: 'WHERE',
      query: '{"a":',
    });
    expect(bad).toMatchObject({ code: 'INVALID_PARAM' });
    expect(String(bad.message)).toMatch(/query is not valid EJSON/);
    const badNumber = await t.post({
      action: 'database.insertDocument',
      collectionName: 'q',
      data: ['{"n":{"$numberInt":"x"}}'],
    });
    expect(badNumber).toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('answers an unknown action with an explicit error naming it', async () => {
    const res = await t.post({ action: 'database.getInTransaction', collectionName: 'q' });
    expect(res.code).toBe('INVALID_ACTION');
    expect(String(res.message)).toContain('database.getInTransaction');
    expect(res.requestId).toBeTruthy();
    expect((await t.post({ action: 'storage.getUploadMetadata' })).code).toBe('INVALID_ACTION');
  });

  it('answers an unknown query operator with DATABASE_INVALID_OPERRATOR', async () => {
    const res = await t.post({
      action: 'database.getDocument',
      collectionName: 'q',
      query: '{"n":{"$nope":1}}',
    });
    expect(res.code).toBe('DATABASE_INVALID_OPERRATOR');
  });

  it('counts every request in stats, by action and collection, and resets', async () => {
    t.emulator.resetStats();
    await db.collection('q').doc('a').get();
    await db.collection('q').count();
    expect(t.emulator.stats).toEqual({
      requests: 2,
      byAction: { 'database.getDocument': 1, 'database.calculateDocument': 1 },
      byCollection: { q: 2 },
    });
    t.emulator.resetStats();
    expect(t.emulator.stats.requests).toBe(0);
  });
});
