// The deploy plan: derived from database/ and the function folders, consistent with what the
// functions read, with cloudbaserc.json, and applied to a local cloud idempotently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { COLLECTIONS } from '../database/collections';
import { TEMPLATES } from '../domain/notify/templates';
import { startTestCloud } from '../local-cloud/testing';
import { applyPlan } from './apply';
import { cloudbaseRcOf } from './cloudbaserc';
import { buildPlan } from './plan';
import { localTarget } from './targets/local';

const ROOT = path.resolve(__dirname, '..');
const plan = buildPlan();

it('holds every collection of database/collections.ts, closed to client SDKs', () => {
  expect(plan.collections).toEqual([...new Set(Object.values(COLLECTIONS))].sort());
  expect(plan.rules.map((r) => r.collection)).toEqual(plan.collections);
  for (const r of plan.rules) expect(r.rule).toEqual({ read: false, write: false });
  expect(plan.storage.rule).toEqual({ read: false, write: false });
});

it('lists each function with its timeout, memory, triggers, open-API permissions and env names', () => {
  const names = plan.functions.map((f) => f.name);
  expect(names).toEqual(expect.arrayContaining(['account', 'events', 'notify', 'welfare']));
  const welfare = plan.functions.find((f) => f.name === 'welfare');
  expect(welfare?.triggers).toEqual([{ name: 'close', type: 'timer', config: '0 */5 * * * * *' }]);
  const notify = plan.functions.find((f) => f.name === 'notify');
  expect(notify?.openapi).toEqual(['subscribeMessage.send']);
  for (const t of Object.values(TEMPLATES)) expect(notify?.env).toContain(t.env);
});

it('declares, per function, every setting its bundle reads (and the settings are registered)', async () => {
  for (const f of plan.functions) {
    const out = await build({
      entryPoints: [path.join(ROOT, 'cloudfunctions', f.name, 'index.ts')],
      bundle: true,
      platform: 'node',
      write: false,
      external: ['@cloudbase/node-sdk', 'wx-server-sdk'],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0].text;
    const read = new Set<string>();
    for (const m of code.matchAll(/\b(?:secret|setting)\)?\(\s*"([A-Z][A-Z0-9_]*)"/g))
      read.add(m[1]);
    for (const name of read)
      expect({ fn: f.name, env: f.env.includes(name) ? name : `missing ${name}` }).toEqual({
        fn: f.name,
        env: name,
      });
  }
}, 60_000);

it('is what cloudbaserc.json says (regenerate: npm run deploy -- --write-cloudbaserc)', () => {
  const committed = JSON.parse(readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
  expect(committed).toEqual(JSON.parse(cloudbaseRcOf(plan)));
});

describe('on a fresh local cloud', () => {
  let t: Awaited<ReturnType<typeof startTestCloud>>;
  beforeAll(async () => {
    t = await startTestCloud();
  });
  afterAll(() => t.stop());

  it('every collection of the plan exists, and a collection nobody created is refused', async () => {
    for (const name of plan.collections) {
      await expect(t.db.collection(name).count()).resolves.toHaveProperty('total');
    }
    const missing = t.db.collection('never_created_anywhere');
    await expect(missing.get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(missing.add({ a: 1 })).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
    await expect(missing.count()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(missing.where({ a: 1 }).update({ a: 2 })).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
    await expect(missing.aggregate().match({ a: 1 }).limit(1).end()).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
  });

  it('provisioning again changes nothing', async () => {
    const again = await applyPlan(plan, localTarget(t.db, t.cloud.emulator));
    expect(again.changed).toBe(0);
    expect(again.unchanged).toBe(plan.collections.length + plan.indexes.length);
  });

  it('db.createCollection makes a new collection usable', async () => {
    await t.db.createCollection('made_by_hand');
    await t.db.collection('made_by_hand').add({ _id: 'x', n: 1 });
    expect((await t.db.collection('made_by_hand').count()).total).toBe(1);
  });
});
