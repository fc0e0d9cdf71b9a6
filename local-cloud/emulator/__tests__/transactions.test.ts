// Transactions through the real SDK: commit, rollback, snapshot reads, conflicts that
// runTransaction retries without losing an update, plain writes waiting for a transaction's lock,
// and the transaction timeout.
import { startTestEmulator, type Db, type TestEmulator, type SdkTransaction } from '../harness';

let t: TestEmulator;
let db: Db;

beforeAll(async () => {
  t = await startTestEmulator({
    indexes: [{ collection: 'accounts', name: 'email', fields: ['email'], unique: true }],
  });
  db = t.db;
});

afterAll(async () => {
  await t.close();
});

interface Thrown {
  code?: string;
  message?: string;
}

async function failure(p: Promise<unknown>): Promise<Thrown> {
  try {
    await p;
  } catch (e) {
    return e as Thrown;
  }
  throw new Error('expected a failure');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function balance(id: string): Promise<number | undefined> {
  return (await db.collection('accounts').doc(id).get()).data[0]?.balance;
}

beforeEach(async () => {
  await db
    .collection('accounts')
    .where({ balance: db.command.exists(true) })
    .remove();
  await db.collection('accounts').add([
    { _id: 'alice', balance: 100, email: 'a@x' },
    { _id: 'bob', balance: 0, email: 'b@x' },
  ]);
});

describe('runTransaction', () => {
  it('commits every write together', async () => {
    const _ = db.command;
    const result = await db.runTransaction(async (tx: SdkTransaction) => {
      const a = (await tx.collection('accounts').doc('alice').get()).data;
      await tx
        .collection('accounts')
        .doc('alice')
        .update({ balance: _.inc(-30) });
      await tx
        .collection('accounts')
        .doc('bob')
        .update({ balance: _.inc(30) });
      await tx.collection('ledger').add({ _id: 'l1', from: 'alice', to: 'bob', amount: 30 });
      return a.balance;
    });
    expect(result).toBe(100);
    expect(await balance('alice')).toBe(70);
    expect(await balance('bob')).toBe(30);
    expect((await db.collection('ledger').doc('l1').get()).data).toHaveLength(1);
  });

  it('rolls back everything when the callback throws', async () => {
    const _ = db.command;
    const e = await failure(
      db.runTransaction(async (tx: SdkTransaction) => {
        await tx
          .collection('accounts')
          .doc('alice')
          .update({ balance: _.inc(-50) });
        await tx.collection('accounts').doc('carol').set({ balance: 50 });
        await tx.collection('accounts').doc('bob').remove();
        throw new Error('changed my mind');
      }),
    );
    expect(e.message).toBe('changed my mind');
    expect(await balance('alice')).toBe(100);
    expect(await balance('bob')).toBe(0);
    expect((await db.collection('accounts').doc('carol').get()).data).toEqual([]);
  });

  it('rejects with the value given to rollback()', async () => {
    const e = await failure(
      db.runTransaction(async (tx: SdkTransaction) => {
        await tx.collection('accounts').doc('alice').update({ balance: 1 });
        await tx.rollback({ code: 'too.poor' });
      }),
    );
    expect(e).toEqual({ code: 'too.poor' });
    expect(await balance('alice')).toBe(100);
  });

  it('sees its own writes, and get() answers one document or null', async () => {
    await db.runTransaction(async (tx: SdkTransaction) => {
      expect((await tx.collection('accounts').doc('nobody').get()).data).toBeNull();
      await tx.collection('accounts').doc('alice').update({ balance: 1 });
      expect((await tx.collection('accounts').doc('alice').get()).data).toEqual({
        _id: 'alice',
        balance: 1,
        email: 'a@x',
      });
      await tx.collection('accounts').doc('alice').remove();
      expect((await tx.collection('accounts').doc('alice').get()).data).toBeNull();
      // outside the transaction nothing has changed yet
      expect(await balance('alice')).toBe(100);
    });
    expect((await db.collection('accounts').doc('alice').get()).data).toEqual([]);
  });

  it('retries a conflict between two transactions and loses no update', async () => {
    let attempts = 0;
    let arrived = 0;
    let release: () => void = () => {};
    const barrier = new Promise<void>((r) => (release = r));
    const readModifyWrite = () =>
      db.runTransaction(async (tx: SdkTransaction) => {
        attempts += 1;
        const { data } = await tx.collection('accounts').doc('bob').get();
        if (attempts <= 2) {
          // both first attempts read before either writes
          arrived += 1;
          if (arrived === 2) release();
          await barrier;
        }
        await tx
          .collection('accounts')
          .doc('bob')
          .update({ balance: data.balance + 10 });
      });
    await Promise.all([readModifyWrite(), readModifyWrite()]);
    expect(await balance('bob')).toBe(20);
    expect(attempts).toBe(3);
  });

  it('refuses where() inside a transaction instead of running it outside', async () => {
    const e = await failure(
      db.runTransaction(async (tx: SdkTransaction) => {
        await tx.collection('accounts').where({ balance: 0 }).get();
      }),
    );
    expect(e.code).toBe('INVALID_PARAM');
    expect(e.message).toMatch(/single-document/);
  });

  it('enforces unique indexes and _id uniqueness at transaction writes', async () => {
    const e = await failure(
      db.runTransaction(async (tx: SdkTransaction) => {
        await tx.collection('accounts').add({ _id: 'dave', email: 'a@x' });
      }),
    );
    expect(e.message).toMatch(/duplicate key/);
    const e2 = await failure(
      db.runTransaction(async (tx: SdkTransaction) => {
        await tx.collection('accounts').add({ _id: 'alice' });
      }),
    );
    expect(e2.message).toMatch(/duplicate key/);
  });
});

describe('snapshot isolation', () => {
  it('reads the snapshot from the start, and conflicts when writing a document changed since', async () => {
    const _ = db.command;
    const tx = await db.startTransaction();
    expect((await tx.collection('accounts').doc('alice').get()).data.balance).toBe(100);
    // someone else changes alice and adds erin after the transaction began
    expect(
      (
        await db
          .collection('accounts')
          .where({ _id: 'alice' })
          .update({ balance: _.inc(5) })
      ).updated,
    ).toBe(1);
    await db.collection('accounts').add({ _id: 'erin', balance: 1 });
    expect((await tx.collection('accounts').doc('alice').get()).data.balance).toBe(100);
    expect((await tx.collection('accounts').doc('erin').get()).data).toBeNull();
    const e = await failure(
      tx
        .collection('accounts')
        .doc('alice')
        .update({ balance: 100 + 1 }),
    );
    expect(e.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    // the conflict aborted the transaction
    expect((await failure(tx.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
    expect(await balance('alice')).toBe(105);
  });

  it('a unique key taken by a commit after the snapshot is a conflict (retried), not a duplicate', async () => {
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    await t1.collection('accounts').add({ _id: 'c1', email: 'same@x' });
    await t2.collection('accounts').add({ _id: 'c2', email: 'same@x' });
    await t1.commit();
    expect((await failure(t2.commit())).code).toBe('DATABASE_TRANSACTION_CONFLICT');
    const t3 = await db.startTransaction();
    // visible in the snapshot: a plain duplicate
    expect(
      (await failure(t3.collection('accounts').add({ _id: 'c3', email: 'same@x' }))).message,
    ).toMatch(/duplicate key/);
    const t4 = await db.startTransaction();
    await db.collection('accounts').add({ _id: 'c5', email: 'later@x' });
    expect(
      (await failure(t4.collection('accounts').add({ _id: 'c4', email: 'later@x' }))).code,
    ).toBe('DATABASE_TRANSACTION_CONFLICT');
  });

  it('a second transaction writing a locked document conflicts at once', async () => {
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    await t1.collection('accounts').doc('bob').update({ balance: 1 });
    const e = await failure(t2.collection('accounts').doc('bob').update({ balance: 2 }));
    expect(e.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    await t1.commit();
    expect(await balance('bob')).toBe(1);
  });

  it('makes a plain write to a locked document wait for the commit, then apply on top of it', async () => {
    const _ = db.command;
    const tx = await db.startTransaction();
    await tx
      .collection('accounts')
      .doc('bob')
      .update({ balance: _.inc(7) });
    let done = false;
    const plain = db
      .collection('accounts')
      .where({ _id: 'bob', balance: _.gte(0) })
      .update({ balance: _.inc(1) })
      .then((r: { updated: number }) => {
        done = true;
        return r;
      });
    await sleep(150);
    expect(done).toBe(false);
    await tx.commit();
    expect((await plain).updated).toBe(1);
    expect(await balance('bob')).toBe(8);
  });

  it('a rollback releases the lock and the waiting plain write applies to the old value', async () => {
    const tx = await db.startTransaction();
    await tx.collection('accounts').doc('alice').set({ balance: 0, email: 'a@x' });
    const plain = db
      .collection('accounts')
      .doc('alice')
      .update({ balance: db.command.inc(-1) });
    await sleep(50);
    await tx.rollback();
    expect((await plain).updated).toBe(1);
    expect(await balance('alice')).toBe(99);
  });
});

describe('transaction timeout', () => {
  let short: TestEmulator;
  beforeAll(async () => {
    short = await startTestEmulator({ transactionTimeoutMs: 300 });
    await short.db.collection('c').add({ _id: 'k', n: 0 });
  });
  afterAll(async () => {
    await short.close();
  });

  it('aborts a transaction left open too long; its writes never land and its lock is released', async () => {
    const tx = await short.db.startTransaction();
    await tx.collection('c').doc('k').update({ n: 99 });
    await sleep(450);
    const e = await failure(tx.collection('c').doc('k').get());
    expect(e.code).toBe('DATABASE_TRANSACTION_FAIL');
    expect(e.message).toMatch(/within 300 ms/);
    expect((await failure(tx.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
    expect((await short.db.collection('c').doc('k').update({ n: 1 })).updated).toBe(1);
    expect((await short.db.collection('c').doc('k').get()).data[0].n).toBe(1);
  });

  it('answers an unknown transaction id with DATABASE_TRANSACTION_FAIL', async () => {
    const res = await short.post({
      action: 'database.commitTransaction',
      transactionId: 'no-such-tx',
    });
    expect(res.code).toBe('DATABASE_TRANSACTION_FAIL');
  });
});
