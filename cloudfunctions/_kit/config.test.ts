// A function without a usable PASS_SECRET fails closed: the person reads a plain message, the log
// names the setting (never its value), and nothing is signed with a weak or public key.
import { z } from 'zod';
import { defineContract } from '../../domain/contract';
import { MisconfiguredError, secret, secretProblem } from './config';
import { createHandler } from './handler';
import { issuePass } from './pass';

const contract = defineContract({
  'demo.pass': { input: z.object({}), output: z.object({ token: z.string() }) },
});
const main = createHandler(contract, {
  'demo.pass': {
    access: 'public',
    run: async () => ({ token: issuePass('e', 'e1:100004', 7, new Date()).token }),
  },
});

const original = process.env.PASS_SECRET;
afterEach(() => {
  if (original === undefined) delete process.env.PASS_SECRET;
  else process.env.PASS_SECRET = original;
});

it.each([
  ['unset', undefined],
  ['empty', ''],
  ['blank', '   '],
  ['the literal placeholder', '{{env.PASS_SECRET}}'],
  ['short', 'short'],
  ['31 bytes', 'k'.repeat(31)],
])('refuses a secret that is %s', (_what, value) => {
  expect(secretProblem(value)).not.toBeNull();
  if (value === undefined) delete process.env.PASS_SECRET;
  else process.env.PASS_SECRET = value;
  expect(() => secret('PASS_SECRET')).toThrow(MisconfiguredError);
});

it('accepts 32 random bytes in hex', () => {
  process.env.PASS_SECRET = 'f'.repeat(64);
  expect(secret('PASS_SECRET')).toBe('f'.repeat(64));
});

it('answers a plain message and logs the setting name, not its value', async () => {
  process.env.PASS_SECRET = '{{env.PASS_SECRET}}';
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
  const log = process.env.UNION_HUB_LOG;
  delete process.env.UNION_HUB_LOG;
  try {
    const r = await main({ action: 'demo.pass' }, { request_id: 'r1' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'config.unavailable', message: '签到码暂时不可用，请联系校工会。' },
    });
  } finally {
    spy.mockRestore();
    if (log !== undefined) process.env.UNION_HUB_LOG = log;
  }
  const text = lines.join('\n');
  expect(text).toContain('PASS_SECRET');
  expect(text).not.toContain('{{env.PASS_SECRET}}');
});
