import {
  displayCode,
  expiryFor,
  formatCode,
  formatToken,
  parseCode,
  parseToken,
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
