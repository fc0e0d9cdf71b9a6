// The kit's reads on the real SDK and local cloud: pages of 1000 without repeats or gaps, ids in
// chunks of 500, a missing id as null — with the request counts they promise.
import { COLLECTIONS } from '../../database/collections';
import { staffDoc } from '../../domain/roster/staff';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
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
