// Index lookups (single, compound prefix, multikey arrays, nested paths) find exactly what a full
// scan finds, through inserts, updates and removes.
import { rmSync } from 'node:fs';
import { find } from 'mingo';
import { CloudEmulator } from '../index';
import { tempDataDir } from '../harness';
import { stringifyEjson } from '../ejson';
import type { Doc, Value } from '../values';

const dataDir = tempDataDir();
let emulator: CloudEmulator;

beforeAll(() => {
  emulator = CloudEmulator.open({
    dataDir,
    collections: ['ix'],
    indexes: [
      { collection: 'ix', name: 'a', fields: ['a'], unique: false },
      { collection: 'ix', name: 'a_b', fields: ['a', 'b'], unique: false },
      { collection: 'ix', name: 'cd', fields: ['c.d'], unique: false },
    ],
  });
});

afterAll(() => {
  emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const SCALARS: Value[] = [null, 1, 2, 'x', 'y', true];

it('answers index-served queries exactly like a full scan', async () => {
  let seed = 7;
  const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const value = (): Value | undefined => {
    const k = r();
    if (k < 0.15) return undefined;
    if (k < 0.3) return [pick(SCALARS), pick(SCALARS)];
    if (k < 0.35) return [];
    return pick(SCALARS);
  };
  const call = (body: Record<string, unknown>) => emulator.handle(body);
  const all = new Map<string, Doc>();
  for (let i = 0; i < 300; i++) {
    const doc: Doc = { _id: `d${i}` };
    for (const f of ['a', 'b']) {
      const v = value();
      if (v !== undefined) doc[f] = v;
    }
    const d = value();
    if (r() < 0.2) doc.c = [{ d: pick(SCALARS) }];
    else if (d !== undefined) doc.c = { d };
    all.set(doc._id as string, doc);
    await call({
      action: 'database.insertDocument',
      collectionName: 'ix',
      data: [stringifyEjson(doc)],
    });
  }
  for (let round = 0; round < 300; round++) {
    // change some documents between queries
    const id = `d${Math.floor(r() * 300)}`;
    if (r() < 0.3 && all.has(id)) {
      const a = value();
      const data: Doc = a === undefined ? { $unset: { a: '' } } : { $set: { a } };
      await call({
        action: 'database.modifyDocument',
        collectionName: 'ix',
        queryType: 'DOC',
        query: stringifyEjson({ _id: id }),
        data: stringifyEjson(data),
        merge: true,
      });
      const doc = { ...all.get(id)! };
      if (a === undefined) delete doc.a;
      else doc.a = a;
      all.set(id, doc);
    } else if (r() < 0.05 && all.has(id)) {
      await call({
        action: 'database.removeDocument',
        collectionName: 'ix',
        queryType: 'DOC',
        query: stringifyEjson({ _id: id }),
      });
      all.delete(id);
    }
    const query: Doc = {};
    const shape = pick(['a', 'ab', 'cd', 'a_in', 'ab_in']);
    if (shape.startsWith('a'))
      query.a = shape === 'a_in' ? { $in: [pick(SCALARS), pick(SCALARS)] } : pick(SCALARS);
    if (shape.startsWith('ab'))
      query.b = shape === 'ab_in' ? { $in: [pick(SCALARS), pick(SCALARS)] } : pick(SCALARS);
    if (shape === 'cd') query['c.d'] = pick(SCALARS);
    const res = await call({
      action: 'database.getDocument',
      collectionName: 'ix',
      query: stringifyEjson(query),
      limit: 1000,
    });
    const got = (res.data as { list: string[] }).list
      .map((s) => JSON.parse(s)._id as string)
      .sort();
    const expected = (find([...all.values()], query).all() as Doc[])
      .map((d) => d._id as string)
      .sort();
    expect({ query, got }).toEqual({ query, got: expected });
  }
});
