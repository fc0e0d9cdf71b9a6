// D22: before a broadcast goes out, the sender learns how many people it will reach — with the same
// permission checks as sending, and without writing anything.
import { COLLECTIONS } from '../../database/collections';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

const size = (audience: Record<string, unknown>, openid: string) =>
  t.call('notify', { action: 'notify.audienceSize', audience }, openid);

it("counts a branch's active people for its chair, and everyone for the admin", async () => {
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ branchId: 'b06', active: true })
    .count();
  const b06 = Number((res as { total?: number }).total);
  await expect(size({ type: 'branch', branchId: 'b06' }, 'dev-chair')).resolves.toMatchObject({
    ok: true,
    data: { total: b06, audienceLabel: expect.any(String) },
  });
  const all = await t.data<{ total: number }>(
    'notify',
    { action: 'notify.audienceSize', audience: { type: 'all' } },
    'dev-admin',
  );
  expect(all.total).toBeGreaterThanOrEqual(b06);
  // nothing was written
  const inbox = await t.db.collection(COLLECTIONS.notifyInbox).count();
  expect(Number((inbox as { total?: number }).total ?? 0)).toBe(0);
});

it("refuses another branch's chair and plain staff, as sending does", async () => {
  await expect(size({ type: 'branch', branchId: 'b01' }, 'dev-chair')).resolves.toMatchObject({
    ok: false,
    error: { code: 'auth.forbidden' },
  });
  await expect(size({ type: 'all' }, 'dev-100040')).resolves.toMatchObject({ ok: false });
  await expect(size({ type: 'all' }, 'dev-100295')).resolves.toMatchObject({ ok: false });
});
