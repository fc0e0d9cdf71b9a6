// Typed codes cannot be guessed: wrong codes are limited per operator and per pass (even the right
// code is refused while locked, scanning is not), the lock lifts after its cool-down, every wrong
// code and lock is audited, and the bind lock-out holds under 200 concurrent wrong binds.
import { COLLECTIONS } from '../../database/collections';
import type { MyClaim } from '../../domain/welfare/contract';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
}, 60_000);
afterAll(() => t.stop());
afterEach(() => t.setClockOffset(0));

const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

/** the same short number with another rotating part: wrong, and never the right one */
function wrongOf(code: string, i: number): string {
  const digits = code.replace(/\D/g, '');
  const checkLen = digits.length - 4 >= 6 ? 6 : 4;
  const head = digits.slice(0, -checkLen);
  const check = Number(digits.slice(-checkLen));
  const mod = 10 ** checkLen;
  return head + String((check + 1 + i) % mod).padStart(checkLen, '0');
}

async function auditOutcomes(action: string, staffNo: string | null): Promise<string[]> {
  const res = await t.db
    .collection(COLLECTIONS.auditLog)
    .where({ action, staffNo })
    .limit(1000)
    .get();
  return (res.data as { outcome: string }[]).map((d) => d.outcome);
}

async function grant(staffNo: string, roles: Record<string, unknown>[]) {
  await t.db.collection(COLLECTIONS.staff).doc(staffNo).update({ roles });
}

describe('welfare.handover by typed code', () => {
  let batchId: string;
  beforeAll(async () => {
    ({ batchId } = await t.data<{ batchId: string }>(
      'welfare',
      {
        action: 'welfare.createBatch',
        name: '安全测试慰问品',
        claimOpenAt: iso(-HOUR),
        claimCloseAt: iso(24 * HOUR),
        options: [{ name: '五常大米', stock: 100 }],
      },
      'dev-admin',
    ));
    await grant('100201', [{ role: 'distributor', batchId }]);
    await grant('100202', [{ role: 'distributor', batchId }]);
    await grant('100203', [{ role: 'distributor', batchId }]);
    for (const s of ['100150', '100151', '100152'])
      await t.data('welfare', { action: 'welfare.claim', batchId, optionId: 'o1' }, `dev-${s}`);
  });

  const myClaim = (staffNo: string) =>
    t.data<MyClaim>('welfare', { action: 'welfare.myClaim', batchId }, `dev-${staffNo}`);
  const handover = (body: Record<string, unknown>, openid: string) =>
    t.call('welfare', { action: 'welfare.handover', batchId, ...body }, openid);

  it('refuses the RIGHT code after 20 wrong ones in a minute, scanning still works, and lifts after the cool-down', async () => {
    const { code } = await myClaim('100150');
    // 20 wrong codes, 4 at a time, for other people's short numbers (as the probe did)
    const wrong = Array.from({ length: 20 }, (_v, i) => `${String(9000 + i)}${'1234'}`);
    for (let i = 0; i < wrong.length; i += 4) {
      await Promise.all(wrong.slice(i, i + 4).map((c) => handover({ code: c }, 'dev-100201')));
    }
    const right = await handover({ code }, 'dev-100201');
    expect(errorCode(right)).toMatch(/rate_limited$/);
    expect(right.ok ? '' : right.error.message).not.toMatch(/期望|expected/);
    // another distributor is not locked out by this one
    const other = await myClaim('100151');
    await expect(handover({ code: other.code }, 'dev-100202')).resolves.toMatchObject({
      ok: true,
    });
    // scanning the QR is unaffected for the locked operator
    const scanned = await myClaim('100150');
    await expect(handover({ token: scanned.token }, 'dev-100201')).resolves.toMatchObject({
      ok: true,
      data: { staffNo: '100150', already: false },
    });
    // 16 minutes later the lock has lifted (the functions' clock, not real time)
    t.setClockOffset(16 * MINUTE);
    const later = await myClaim('100152');
    await expect(handover({ code: later.code }, 'dev-100201')).resolves.toMatchObject({
      ok: true,
      data: { staffNo: '100152', already: false },
    });
    const outcomes = await auditOutcomes('welfare.handover', '100201');
    expect(outcomes.filter((o) => o === 'wrong_code').length).toBeGreaterThanOrEqual(10);
    expect(outcomes).toContain('locked');
    expect(outcomes).toContain('rate_limited');
    expect(outcomes.filter((o) => o === 'ok_code')).toHaveLength(1);
  });

  it('limits wrong codes for one pass across operators, and a right code does not count', async () => {
    await t.data('welfare', { action: 'welfare.claim', batchId, optionId: 'o1' }, 'dev-100153');
    const { code } = await myClaim('100153');
    // right codes never use up the limit (a busy counter types many)
    for (const who of ['dev-100202', 'dev-100203', 'dev-100202', 'dev-100203'])
      await expect(handover({ code: wrongOf(code, 0) }, who)).resolves.toMatchObject({
        ok: false,
        error: { code: 'welfare.pass_invalid' },
      });
    // 4 wrong so far from two operators; the 5th locks this pass for typed codes
    await handover({ code: wrongOf(code, 1) }, 'dev-admin');
    const right = await handover({ code }, 'dev-100202');
    expect(errorCode(right)).toBe('welfare.rate_limited');
    const scanned = await myClaim('100153');
    await expect(handover({ token: scanned.token }, 'dev-100202')).resolves.toMatchObject({
      ok: true,
    });
  });

  it('holds under concurrency: 40 wrong codes at once evaluate at most 10', async () => {
    await grant('100204', [{ role: 'distributor', batchId }]);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_v, i) =>
        handover({ code: `${String(8000 + i)}0000` }, 'dev-100204'),
      ),
    );
    const evaluated = results.filter((r) => errorCode(r) === 'welfare.pass_invalid').length;
    expect(evaluated).toBeLessThanOrEqual(10);
    expect(results.filter((r) => errorCode(r) === 'welfare.rate_limited').length).toBe(
      40 - evaluated,
    );
  });
});

describe('events.checkin by typed code', () => {
  it('refuses the RIGHT code after 20 wrong ones within a minute; the lock lifts', async () => {
    const { eventId } = await t.data<{ eventId: string }>(
      'events',
      {
        action: 'events.create',
        title: '安全测试讲座',
        type: '健康',
        location: '图书馆报告厅',
        startAt: iso(HOUR),
        endAt: iso(3 * HOUR),
        signupOpenAt: iso(-HOUR),
        signupCloseAt: iso(HOUR / 2),
        capacity: 20,
        allocation: 'first_come',
      },
      'dev-organizer',
    );
    for (const s of ['100160', '100161'])
      await t.data('events', { action: 'events.signup', eventId }, `dev-${s}`);
    const pass = (s: string) =>
      t.data<{ code: string }>('events', { action: 'events.pass', eventId }, `dev-${s}`);
    const checkin = (code: string) =>
      t.call('events', { action: 'events.checkin', eventId, code }, 'dev-organizer');
    const { code } = await pass('100160');
    for (let i = 0; i < 20; i++) await checkin(`${String(7000 + i)}4321`);
    expect(errorCode(await checkin(code))).toMatch(/rate_limited$/);
    t.setClockOffset(16 * MINUTE);
    const fresh = await pass('100160');
    await expect(checkin(fresh.code)).resolves.toMatchObject({
      ok: true,
      data: { staffNo: '100160', already: false },
    });
    const outcomes = await auditOutcomes('events.checkin', '100002');
    expect(outcomes).toContain('wrong_code');
    expect(outcomes).toContain('locked');
  });
});

describe('account.bind lock-out', () => {
  it('evaluates at most 5 of 200 concurrent wrong binds from one WeChat', async () => {
    const res = await t.db.collection(COLLECTIONS.staff).doc('100295').get();
    const s = (res.data as { name: string; phone: string }[])[0];
    const wrong = {
      action: 'account.bind',
      staffNo: '100295',
      name: s.name,
      phoneLast4: s.phone.slice(-4) === '9999' ? '8888' : '9999',
    };
    const results = await Promise.all(
      Array.from({ length: 200 }, () => t.call('account', wrong, 'race-guesser')),
    );
    const evaluated = results.filter((r) => errorCode(r) === 'account.mismatch').length;
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(evaluated).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => /mismatch|rate_limited/.test(String(errorCode(r))))).toBe(true);
    const right = await t.call(
      'account',
      { ...wrong, phoneLast4: s.phone.slice(-4) },
      'race-guesser',
    );
    expect(errorCode(right)).toBe('auth.rate_limited');
    // an hour and a minute later the same WeChat may try again
    t.setClockOffset(HOUR + MINUTE);
    await expect(
      t.call('account', { ...wrong, phoneLast4: s.phone.slice(-4) }, 'race-guesser'),
    ).resolves.toMatchObject({ ok: true, data: { staffNo: '100295' } });
  });
});
