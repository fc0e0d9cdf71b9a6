// account.me and account.bind through the function gateway, the real SDK and the local cloud.
import { COLLECTIONS } from '../../database/collections';
import type { Me } from '../../domain/account/contract';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());
afterEach(() => t.setDbLatency(null));

async function staffDoc(staffNo: string) {
  const res = await t.db.collection(COLLECTIONS.staff).doc(staffNo).get();
  return (res.data as { name: string; phone: string; openid?: string }[])[0];
}

describe('account.me', () => {
  it('says an unknown caller is not bound (not an error)', async () => {
    await expect(t.call('account', { action: 'account.me' }, 'someone-new')).resolves.toEqual({
      ok: true,
      data: { bound: false },
    });
  });

  it('describes a bound admin with branch name and roles', async () => {
    const me = await t.data<Extract<Me, { bound: true }>>(
      'account',
      { action: 'account.me' },
      'dev-admin',
    );
    expect(me).toMatchObject({
      bound: true,
      staffNo: '100001',
      branch: '机关分工会',
      branchId: 'b01',
    });
    expect(me.roles).toEqual(['staff', 'admin']);
    expect(me.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(me)).not.toMatch(/"phone"/);
  });
});

describe('account.bind', () => {
  // the last demo staff are unbound
  const staffNo = '100299';

  it('rejects wrong details with a plain message, and writes no binding', async () => {
    const s = await staffDoc(staffNo);
    const r = await t.call(
      'account',
      {
        action: 'account.bind',
        staffNo,
        name: s.name,
        phoneLast4: '0000' === s.phone.slice(-4) ? '1111' : '0000',
      },
      'phone-a',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'account.mismatch' } });
    if (!r.ok) expect(r.error.message).toContain('还可尝试 4 次');
    expect((await staffDoc(staffNo)).openid).toBeUndefined();
  });

  it('rejects malformed input before touching the database', async () => {
    t.resetRequests();
    const r = await t.call(
      'account',
      { action: 'account.bind', staffNo: '', name: '张三', phoneLast4: '12a4' },
      'phone-a',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    if (!r.ok)
      expect([...new Set(r.error.issues?.map((i) => i.path))].sort()).toEqual([
        'phoneLast4',
        'staffNo',
      ]);
    expect(t.requests()).toBe(0);
  });

  it('binds with the right details, and a repeat is harmless', async () => {
    const s = await staffDoc(staffNo);
    const input = { action: 'account.bind', staffNo, name: s.name, phoneLast4: s.phone.slice(-4) };
    const me = await t.data<Me>('account', input, 'phone-b');
    expect(me).toMatchObject({ bound: true, staffNo, name: s.name });
    await expect(t.data<Me>('account', input, 'phone-b')).resolves.toMatchObject({
      bound: true,
      staffNo,
    });
    expect((await staffDoc(staffNo)).openid).toBe('phone-b');
    await expect(t.data('account', { action: 'account.me' }, 'phone-b')).resolves.toMatchObject({
      staffNo,
    });
  });

  it('refuses a second WeChat for the same staff member', async () => {
    const s = await staffDoc(staffNo);
    const r = await t.call(
      'account',
      { action: 'account.bind', staffNo, name: s.name, phoneLast4: s.phone.slice(-4) },
      'phone-c',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'account.taken' } });
  });

  it('refuses binding a second staff member to one WeChat', async () => {
    const other = await staffDoc('100298');
    const r = await t.call(
      'account',
      {
        action: 'account.bind',
        staffNo: '100298',
        name: other.name,
        phoneLast4: other.phone.slice(-4),
      },
      'phone-b',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'account.already_bound' } });
    expect((await staffDoc('100298')).openid).toBeUndefined();
  });

  it('binds exactly one of two WeChats racing for the same staff member', async () => {
    const s = await staffDoc('100297');
    const input = {
      action: 'account.bind',
      staffNo: '100297',
      name: s.name,
      phoneLast4: s.phone.slice(-4),
    };
    t.setDbLatency(RACE_LATENCY_MS);
    const results = await Promise.all(
      Array.from({ length: 128 }, (_v, i) => t.call('account', input, `race-${i}`)),
    );
    t.setDbLatency(null);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'account.taken'),
    ).toBe(true);
    const bindings = await t.db.collection(COLLECTIONS.bindings).where({ staffNo: '100297' }).get();
    expect(bindings.data).toHaveLength(1);
  });

  it('blocks an openid for the hour after 5 failures, even with the right details', async () => {
    const s = await staffDoc('100296');
    const wrong = {
      action: 'account.bind',
      staffNo: '100296',
      name: s.name,
      phoneLast4: s.phone.slice(-4) === '9999' ? '8888' : '9999',
    };
    for (let i = 0; i < 5; i++) {
      await expect(t.call('account', wrong, 'guesser')).resolves.toMatchObject({
        ok: false,
        error: { code: 'account.mismatch' },
      });
    }
    const right = { ...wrong, phoneLast4: s.phone.slice(-4) };
    const r = await t.call('account', right, 'guesser');
    expect(r).toMatchObject({ ok: false, error: { code: 'auth.rate_limited' } });
    expect((await staffDoc('100296')).openid).toBeUndefined();
    // another WeChat is not affected
    await expect(t.data('account', right, 'honest-phone')).resolves.toMatchObject({
      staffNo: '100296',
    });
  });

  // Known race (issue 13): a burst of wrong guesses can be evaluated past the limit of 5 before
  // the lock-out is seen. It shows in some runs and not others (so neither `it` nor `it.failing`
  // is stable): skipped until issue 13's fix lands, then make this a plain `it`.
  it('evaluates at most 5 guesses from one openid even when 128 arrive at once', async () => {
    const s = await staffDoc('100294');
    const wrong = {
      action: 'account.bind',
      staffNo: '100294',
      name: s.name,
      phoneLast4: s.phone.slice(-4) === '9999' ? '8888' : '9999',
    };
    t.setDbLatency(RACE_LATENCY_MS);
    const results = await Promise.all(
      Array.from({ length: 128 }, () => t.call('account', wrong, 'burst-guesser')),
    );
    t.setDbLatency(null);
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.every((c) => c === 'account.mismatch' || c === 'auth.rate_limited')).toBe(true);
    expect(codes.filter((c) => c === 'account.mismatch').length).toBeLessThanOrEqual(5);
  });

  it('ignores an openid sent in the event', async () => {
    const r = await t.data<Me>(
      'account',
      { action: 'account.me', openid: 'dev-admin' },
      'someone-else',
    );
    expect(r).toEqual({ bound: false });
  });
});
