import {
  displayCode,
  expiryFor,
  formatCode,
  formatToken,
  parseCode,
  parseToken,
  PASS_GRACE_WINDOWS,
  PASS_WINDOW_SECONDS,
  refreshAt,
  windowOf,
} from './token';

describe('pass token and code', () => {
  it('round-trips a token, subject with colons included', () => {
    const token = formatToken(
      { kind: 'e', subject: 'evt123:100010', exp: 1_790_000_010 },
      'abcdefghijklmnop',
    );
    expect(parseToken(token)).toEqual({
      claims: { kind: 'e', subject: 'evt123:100010', exp: 1_790_000_010 },
      signature: 'abcdefghijklmnop',
    });
  });

  it('rejects anything not shaped like a pass', () => {
    for (const bad of [
      '',
      'hello',
      'UH1.x.a.1790000010.abcdefghijklmnop',
      'UH2.e.a.1790000010.abcdefghijklmnop',
      'UH1.e.a.12.abcdefghijklmnop',
      'UH1.e.a.1790000010.short',
      'UH1.e..1790000010.abcdefghijklmnop',
      'UH1.e.%E0%A4%A.1790000010.abcdefghijklmnop',
    ]) {
      expect(parseToken(bad)).toBeNull();
    }
  });

  it('rotates every 30 seconds and expires at the end of its window', () => {
    expect(windowOf(59)).toBe(1);
    expect(windowOf(60)).toBe(2);
    expect(expiryFor(61)).toBe(90);
  });

  it('asks for the next pass in the next window, while the old one is still accepted', () => {
    // at every second of a window, including its first and last
    for (let now = 1_790_000_010; now < 1_790_000_010 + 2 * PASS_WINDOW_SECONDS; now++) {
      const exp = expiryFor(now);
      const askAt = refreshAt(exp);
      // the ask lands in a later window, so the answer is a new pass with a later expiry…
      expect(windowOf(askAt)).toBe(windowOf(now) + 1);
      expect(expiryFor(askAt)).toBe(exp + PASS_WINDOW_SECONDS);
      // …and the old pass is still inside its grace when the ask is made
      expect(askAt).toBeLessThanOrEqual(exp + PASS_GRACE_WINDOWS * PASS_WINDOW_SECONDS);
    }
    // the last second of a window and the first of the next give different expiries
    expect(expiryFor(1_790_000_039)).toBe(1_790_000_040);
    expect(expiryFor(1_790_000_040)).toBe(1_790_000_070);
  });

  it('formats and parses the typed code, tolerating spaces and dashes', () => {
    const code = formatCode(42, 7319);
    expect(code).toBe('00427319');
    expect(displayCode(code)).toBe('0042 7319');
    expect(parseCode('0042 7319')).toEqual({ shortNo: 42, check: 7319 });
    expect(parseCode('0042-7319')).toEqual({ shortNo: 42, check: 7319 });
    expect(parseCode('12345')).toBeNull();
    expect(parseCode('abcd1234')).toBeNull();
  });
});
