// Staff numbers that are also names on Object.prototype ("constructor", "toString", "valueOf",
// "hasOwnProperty") pass the roster's format check: the main flows must treat them as any other.
import { COLLECTIONS } from '../../database/collections';
import type { MyClaim } from '../../domain/welfare/contract';
import { invokeFunction } from '../../local-cloud/gateway/functions';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  // the first call after seeding may meet a reset keep-alive socket (ECONNRESET): warm up
  await t.call('account', { action: 'account.me' }, 'dev-admin');
  for (const [i, staffNo] of UNSAFE.entries()) {
    await t.db.collection(COLLECTIONS.staff).add({
      _id: staffNo,
      staffNo,
      name: `测试${i}`,
      branchId: 'b06',
      phone: `1380000000${i}`,
      member: true,
      status: '在职',
      active: true,
      openid: `dev-${staffNo}`,
      roles: [],
    });
  }
}, 60_000);
afterAll(() => t.stop());

const UNSAFE = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('staff numbers named like prototype keys', () => {
  it('welfare: claim, my claim, the 未选择 list and hand-over work for each', async () => {
    const { batchId } = await t.data<{ batchId: string }>(
      'welfare',
      {
        action: 'welfare.createBatch',
        name: '原型键测试慰问品',
        claimOpenAt: iso(-HOUR),
        claimCloseAt: iso(24 * HOUR),
        options: [{ name: '五常大米', stock: 100 }],
      },
      'dev-admin',
    );
    // before anyone chooses, every one of them is listed as not chosen
    const before = await t.data<{ people: { staffNo: string }[] }>(
      'welfare',
      { action: 'welfare.people', batchId, filter: 'not_chosen', branchId: 'b06' },
      'dev-admin',
    );
    for (const no of UNSAFE) expect(before.people.map((p) => p.staffNo)).toContain(no);

    for (const no of UNSAFE.slice(0, 3)) {
      await expect(
        t.call('welfare', { action: 'welfare.claim', batchId, optionId: 'o1' }, `dev-${no}`),
      ).resolves.toMatchObject({ ok: true });
      const mine = await t.data<MyClaim>(
        'welfare',
        { action: 'welfare.myClaim', batchId },
        `dev-${no}`,
      );
      expect(mine).toMatchObject({ claimId: `${batchId}:${no}`, optionId: 'o1' });
      await expect(
        t.call('welfare', { action: 'welfare.handover', batchId, token: mine.token }, 'dev-admin'),
      ).resolves.toMatchObject({ ok: true, data: { staffNo: no, already: false } });
    }
    const after = await t.data<{ people: { staffNo: string }[] }>(
      'welfare',
      { action: 'welfare.people', batchId, filter: 'not_chosen', branchId: 'b06' },
      'dev-admin',
    );
    expect(after.people.map((p) => p.staffNo)).toContain('hasOwnProperty');
    expect(after.people.map((p) => p.staffNo)).not.toContain('constructor');
    await expect(
      t.call('welfare', { action: 'welfare.myClaim', batchId }, 'dev-hasOwnProperty'),
    ).resolves.toMatchObject({ ok: false, error: { code: expect.not.stringMatching(/internal/) } });
  });

  it('events: sign-up, pass, check-in and attendance work for each', async () => {
    const { eventId } = await t.data<{ eventId: string }>(
      'events',
      {
        action: 'events.create',
        title: '原型键测试讲座',
        type: '健康',
        location: '图书馆报告厅',
        startAt: iso(HOUR),
        endAt: iso(3 * HOUR),
        signupOpenAt: iso(-HOUR),
        signupCloseAt: iso(HOUR / 2),
        capacity: 10,
        allocation: 'first_come',
      },
      'dev-organizer',
    );
    for (const no of UNSAFE) {
      await expect(
        t.call('events', { action: 'events.signup', eventId }, `dev-${no}`),
      ).resolves.toMatchObject({ ok: true });
      const pass = await t.data<{ token: string }>(
        'events',
        { action: 'events.pass', eventId },
        `dev-${no}`,
      );
      await expect(
        t.call('events', { action: 'events.checkin', eventId, token: pass.token }, 'dev-organizer'),
      ).resolves.toMatchObject({ ok: true, data: { staffNo: no, already: false } });
    }
    const att = await t.data<{ confirmed: number; checkedIn: number }>(
      'events',
      { action: 'events.attendance', eventId },
      'dev-organizer',
    );
    expect(att).toMatchObject({ confirmed: UNSAFE.length, checkedIn: UNSAFE.length });
  });

  it('account: each binds its own WeChat and reads itself', async () => {
    await expect(t.call('account', { action: 'account.me' }, 'dev-valueOf')).resolves.toMatchObject(
      { ok: true, data: { bound: true, staffNo: 'valueOf' } },
    );
  });

  it('timers: a trigger named like a prototype key is unknown, not run', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const fn of ['events', 'welfare', 'notify', 'steps']) {
        const r = (await invokeFunction(fn, { Type: 'Timer', TriggerName: name }, null)) as {
          ok: boolean;
          error?: { code: string };
        };
        expect(r).toMatchObject({ ok: false, error: { code: 'action.unknown' } });
      }
    }
  });
});
