// The year report's demo records: last year's events and welfare, the same on a second seeding.
import { COLLECTIONS } from '../../database/collections';
import { beijing } from '../../domain/time';
import { startTestCloud, type TestCloud } from '../testing';
import { seedReport } from './report';

jest.setTimeout(120_000);
let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

it('seeds last year once: eight events with sign-ups, two batches handed over', async () => {
  const now = new Date();
  const last = beijing(now).year() - 1;
  await seedReport(t.db, now);
  const count = async (c: string) => (await t.db.collection(c).count()).total;
  const first = [
    await count(COLLECTIONS.events),
    await count(COLLECTIONS.eventSignups),
    await count(COLLECTIONS.welfareClaims),
  ];
  await seedReport(t.db, now);
  expect([
    await count(COLLECTIONS.events),
    await count(COLLECTIONS.eventSignups),
    await count(COLLECTIONS.welfareClaims),
  ]).toEqual(first);
  expect(first[0]).toBe(8);
  expect(first[1]).toBeGreaterThan(250);
  const r = await t.data<{ events: { held: number }; welfare: { batches: number } }>(
    'report',
    { action: 'report.year', year: last },
    'dev-admin',
  );
  expect(r.events.held).toBe(8);
  expect(r.welfare.batches).toBe(2);
});
