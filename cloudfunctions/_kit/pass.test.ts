import { issuePass, shortNoOfCode, verifyCode, verifyToken } from './pass';

beforeAll(() => {
  process.env.PASS_SECRET ??= 'test-pass-secret-0123456789abcdef';
});

const t0 = new Date('2026-11-23T06:00:05Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

describe('rotating passes', () => {
  it('verifies its own token within the window and one window of grace', () => {
    const pass = issuePass('e', 'evt1:100010', 42, t0);
    expect(verifyToken(pass.token, 'e', t0)).toEqual({ ok: true, subject: 'evt1:100010' });
    expect(verifyToken(pass.token, 'e', later(40))).toEqual({ ok: true, subject: 'evt1:100010' });
    expect(verifyToken(pass.token, 'e', later(70))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose subject or expiry was edited (forged)', () => {
    const pass = issuePass('e', 'evt1:100010', 42, t0);
    const edited = pass.token.replace('100010', '100011');
    expect(verifyToken(edited, 'e', t0)).toEqual({ ok: false, reason: 'forged' });
    const parts = pass.token.split('.');
    parts[3] = String(Number(parts[3]) + 3600);
    expect(verifyToken(parts.join('.'), 'e', t0)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a pickup code at an event door and garbage', () => {
    const pickup = issuePass('w', 'batch1:100010', 7, t0);
    expect(verifyToken(pickup.token, 'e', t0)).toEqual({ ok: false, reason: 'other_kind' });
    expect(verifyToken('https://example.com', 'e', t0)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('gives a typed code that names the short number and rotates', () => {
    const pass = issuePass('e', 'evt1:100010', 42, t0);
    expect(shortNoOfCode(pass.code)).toBe(42);
    expect(verifyCode(pass.code, 'e', 'evt1:100010', later(20))).toBe(true);
    expect(verifyCode(pass.code, 'e', 'evt1:100011', t0)).toBe(false);
    expect(verifyCode(pass.code, 'e', 'evt1:100010', later(120))).toBe(false);
  });

  it('answers a new token, code and expiry in the next window (at the edges)', () => {
    const edge = new Date('2026-11-23T06:00:30Z');
    const lastMs = issuePass('e', 'evt1:100010', 42, new Date(edge.getTime() - 1));
    const first = issuePass('e', 'evt1:100010', 42, edge);
    expect(first.token).not.toBe(lastMs.token);
    expect(first.expiresAt.getTime()).toBe(lastMs.expiresAt.getTime() + 30_000);
    expect(lastMs.expiresAt.getTime()).toBe(edge.getTime());
    // the old code still checks in during the next window, not after
    expect(verifyCode(lastMs.code, 'e', 'evt1:100010', edge)).toBe(true);
    expect(verifyCode(lastMs.code, 'e', 'evt1:100010', new Date(edge.getTime() + 30_000))).toBe(
      false,
    );
  });
});
