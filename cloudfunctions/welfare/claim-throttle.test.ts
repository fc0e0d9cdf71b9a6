// Welfare's claim throttle: a token bucket in one instance's memory, a shield against a script
// looping on one openid (claims are idempotent and stock moves only by conditional updates, so it
// guards cost, not correctness). With several instances a burst spreads over buckets; this cloud
// runs ONE instance per function, so every call meets the same bucket and the outcome is certain.
import { COLLECTIONS } from '../../database/collections';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true, functions: { limit: 1 } });
});
afterAll(() => t.stop());

const HOUR = 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

const claim = (batchId: string, optionId: string) =>
  t.call<{ claimId: string }>(
    'welfare',
    { action: 'welfare.claim', batchId, optionId },
    'dev-100120',
  );

it('slows a script hammering claim from one openid, without a database request', async () => {
  const { batchId } = await t.data<{ batchId: string }>(
    'welfare',
    {
      action: 'welfare.createBatch',
      name: '冬季慰问品',
      claimOpenAt: iso(-HOUR),
      claimCloseAt: iso(24 * HOUR),
      options: [
        { name: '五常大米', stock: 100 },
        { name: '山区菌菇', stock: 100 },
      ],
    },
    'dev-admin',
  );
  const results = await Promise.all(
    Array.from({ length: 12 }, (_v, i) => claim(batchId, i % 2 ? 'o1' : 'o2')),
  );
  const limited = results.filter((r) => !r.ok && r.error.code === 'auth.rate_limited');
  expect(limited.length).toBeGreaterThan(0);
  expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(5);
  // the next refused call costs only the kit's identity lookup (tokens come back at one per
  // 2 s, so a call or two may pass first on a slow machine)
  let refusedCost = -1;
  for (let i = 0; i < 10 && refusedCost < 0; i++) {
    t.resetRequests();
    const r = await claim(batchId, 'o1');
    if (!r.ok && r.error.code === 'auth.rate_limited') refusedCost = t.requests();
  }
  expect(refusedCost).toBe(1);
  // one claim for the person, whatever the burst did
  const claims = await t.db
    .collection(COLLECTIONS.welfareClaims)
    .where({ batchId, staffNo: '100120' })
    .count();
  expect(claims.total).toBe(1);
}, 60_000);
