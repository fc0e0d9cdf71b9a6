// Atomicity under load through the real SDK: a burst of conditional decrements never oversells,
// and plain updates racing transactions on one document lose nothing.
import { startTestEmulator, type TestEmulator, type SdkTransaction } from '../harness';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator();
});

afterAll(async () => {
  await t.close();
});

it('200 parallel conditional decrements of a counter at 50: exactly 50 succeed and it ends at 0', async () => {
  const db = t.db;
  const _ = db.command;
  await db.collection('stock').add({ _id: 'gift', left: 50 });
  const results = await Promise.all(
    Array.from({ length: 200 }, () =>
      db
        .collection('stock')
        .where({ _id: 'gift', left: _.gt(0) })
        .update({ left: _.inc(-1) }),
    ),
  );
  expect(results.filter((r: { updated: number }) => r.updated === 1)).toHaveLength(50);
  expect(results.filter((r: { updated: number }) => r.updated === 0)).toHaveLength(150);
  expect((await db.collection('stock').doc('gift').get()).data[0].left).toBe(0);
});

it('plain increments racing read-modify-write transactions on one document lose no update', async () => {
  const db = t.db;
  const _ = db.command;
  await db.collection('stock').add({ _id: 'shared', n: 0 });
  const txs = Array.from({ length: 8 }, () =>
    db.runTransaction(async (tx: SdkTransaction) => {
      const { data } = await tx.collection('stock').doc('shared').get();
      await tx
        .collection('stock')
        .doc('shared')
        .update({ n: data.n + 1 });
    }, 30),
  );
  const plain = Array.from({ length: 24 }, () =>
    db
      .collection('stock')
      .doc('shared')
      .update({ n: _.inc(1) }),
  );
  await Promise.all([...txs, ...plain]);
  expect((await db.collection('stock').doc('shared').get()).data[0].n).toBe(32);
});
