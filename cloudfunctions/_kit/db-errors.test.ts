// isDuplicate against the real SDK and the local cloud: what an existing _id answers, and what not.
import { COLLECTIONS } from '../../database/collections';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { isDuplicate } from './db-errors';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the write to fail');
}

describe('isDuplicate', () => {
  it('recognises an insert of an existing _id, alone or in a batch', async () => {
    const col = t.db.collection(COLLECTIONS.notifyInbox);
    await col.add({ _id: 'dup-1', n: 1 });
    expect(isDuplicate(await errorOf(col.add({ _id: 'dup-1', n: 2 })))).toBe(true);
    expect(
      isDuplicate(
        await errorOf(
          col.add([
            { _id: 'dup-2', n: 1 },
            { _id: 'dup-1', n: 2 },
          ]),
        ),
      ),
    ).toBe(true);
  });

  it('does not take other failures for a duplicate, even when they mention the word', () => {
    expect(isDuplicate(new Error('duplicate title already exists'))).toBe(false);
    expect(
      isDuplicate({
        code: 'DATABASE_PERMISSION_DENIED',
        message: 'E11000 duplicate key error index: _id_ ',
      }),
    ).toBe(false);
    expect(isDuplicate({ code: 'DATABASE_REQUEST_FAILED', message: 'timeout' })).toBe(false);
    expect(isDuplicate(null)).toBe(false);
    expect(isDuplicate('E11000 duplicate key error index: _id_ ')).toBe(false);
  });
});
