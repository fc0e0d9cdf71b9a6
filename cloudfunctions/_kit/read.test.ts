// The kit's reads on the real SDK and local cloud: pages of 1000 without repeats or gaps, ids in
// chunks of 500, a missing id as null — with the request counts they promise.
import { COLLECTIONS } from '../../database/collections';
import { staffDoc } from '../../domain/roster/staff';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { z } from 'zod';
import { byIds, getById, readAll } from './read';
import { branchNames, getStaffMany, grantRole, listBranches, revokeRole } from './roster-repo';

let t: TestCloud;
beforeAll(async () => {
  // 300 demo staff + 1,250 synthetic: more than one page of 1000
  t = await startTestCloud({ demo: true, synthetic: 1250 });
}, 120_000);
afterAll(() => t.stop());

it('reads every document of a query in pages of 1000, in _id order, none twice', async () => {
  const total = (await t.db.collection(COLLECTIONS.staff).count()).total ?? 0;
  expect(total).toBeGreaterThan(1000);
  t.resetRequests();
  const all = await readAll(t.db.collection(COLLECTIONS.staff), staffDoc);
  expect(t.requests()).toBe(Math.floor(total / 1000) + 1);
  expect(all).toHaveLength(total);
  const ids = all.map((s) => s._id);
  expect(new Set(ids).size).toBe(total);
  expect([...ids].sort()).toEqual(ids);
  // max stops early, with a filter
  t.resetRequests();
  const some = await readAll(t.db.collection(COLLECTIONS.staff).where({ active: true }), staffDoc, {
    max: 1200,
  });
  expect(some).toHaveLength(1200);
  expect(t.requests()).toBe(2);
});

it("keeps a caller's order on a field with ties, breaks ties by _id, keeps a projection", async () => {
  const total = (await t.db.collection(COLLECTIONS.staff).count()).total ?? 0;
  // strict: a field outside the projection would fail the parse
  const row = z.strictObject({ _id: z.string(), branchId: z.string() });
  t.resetRequests();
  const all = await readAll(
    t.db.collection(COLLECTIONS.staff).field({ _id: true, branchId: true }),
    row,
    { orderBy: 'branchId', direction: 'desc' },
  );
  expect(t.requests()).toBe(Math.floor(total / 1000) + 1);
  expect(all).toHaveLength(total);
  expect(new Set(all.map((s) => s._id)).size).toBe(total);
  const key = (s: { _id: string; branchId: string }) => [s.branchId, s._id] as const;
  for (let i = 1; i < all.length; i++) {
    const [b0, id0] = key(all[i - 1]);
    const [b1, id1] = key(all[i]);
    expect(b0 > b1 || (b0 === b1 && id0 < id1)).toBe(true);
  }
  // several keys, the last one _id: taken as given
  const two = await readAll(t.db.collection(COLLECTIONS.staff), row.loose(), {
    orderBy: [
      ['branchId', 'asc'],
      ['_id', 'desc'],
    ],
    max: 50,
  });
  expect(two[0]._id > two[1]._id || two[0].branchId < two[1].branchId).toBe(true);
});

it('fails on a document its schema refuses, or drops it when asked (skipInvalid)', async () => {
  const demoOnly = z.object({ _id: z.string(), staffNo: z.string().regex(/^1\d{5}$/) });
  await expect(readAll(t.db.collection(COLLECTIONS.staff), demoOnly)).rejects.toThrow();
  const demo = await readAll(t.db.collection(COLLECTIONS.staff), demoOnly, { skipInvalid: true });
  const count = await t.db
    .collection(COLLECTIONS.staff)
    .where({ staffNo: t.db.RegExp({ regexp: '^1\\d{5}$' }) })
    .count();
  expect(demo.length).toBe(count.total);
  expect(demo.length).toBeGreaterThan(200);
  expect(demo.length).toBeLessThan(1000);
  // max counts what is kept, and skipping on still reads every page exactly once
  const some = await readAll(t.db.collection(COLLECTIONS.staff), demoOnly, {
    skipInvalid: true,
    orderBy: 'staffNo',
    direction: 'desc',
    max: 100,
  });
  expect(some).toHaveLength(100);
});

it('reads by ids in chunks of 500, ignoring repeats and unknown ids', async () => {
  const ids = (await readAll(t.db.collection(COLLECTIONS.staff), staffDoc, { max: 1100 })).map(
    (s) => s._id,
  );
  t.resetRequests();
  const found = await byIds(
    t.db,
    COLLECTIONS.staff,
    [...ids, ids[0], 'no-such-person', 'constructor'],
    staffDoc,
  );
  expect(found.size).toBe(1100);
  expect(t.requests()).toBe(3); // 1,102 distinct ids → 500 + 500 + 102
  expect(found.has('constructor')).toBe(false);
  expect((await getStaffMany(t.db, [])).size).toBe(0);
});

it('answers null for a missing id and parses a present one', async () => {
  expect(await getById(t.db, COLLECTIONS.staff, 'nobody', staffDoc)).toBeNull();
  const one = await getById(t.db, COLLECTIONS.staff, '100010', staffDoc);
  expect(one?.staffNo).toBe('100010');
});

it('lists branches in their order and changes grants in one place, idempotently', async () => {
  const branches = await listBranches(t.db);
  expect(branches.map((b) => b.order)).toEqual(
    [...branches.map((b) => b.order)].sort((a, b) => a - b),
  );
  expect((await branchNames(t.db)).get(branches[0]._id)).toBe(branches[0].name);
  const grant = { role: 'judge' as const, contestId: 'jc-read-test' };
  // two grants at once (two admins, or a contest naming its judges twice): held once
  await Promise.all([grantRole(t.db, '100020', grant), grantRole(t.db, '100020', grant)]);
  const held = (await getById(t.db, COLLECTIONS.staff, '100020', staffDoc))?.roles ?? [];
  expect(held.filter((g) => g.role === 'judge')).toEqual([grant]);
  await revokeRole(t.db, '100020', grant);
  const after = (await getById(t.db, COLLECTIONS.staff, '100020', staffDoc))?.roles ?? [];
  expect(after.some((g) => g.role === 'judge')).toBe(false);
  await expect(grantRole(t.db, '999999', grant)).rejects.toMatchObject({
    code: 'roster.not_found',
  });
});
