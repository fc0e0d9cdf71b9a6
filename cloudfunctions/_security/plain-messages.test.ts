// Validation messages are plain Chinese for every action of every contract: a few bad inputs per
// field (wrong type, too big, Infinity, missing) through the real kit, and no type jargon anywhere.
import type { z } from 'zod';
import type { Envelope } from '../../domain/errors';
import { invokeFunction } from '../../local-cloud/gateway/functions';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { ALL_CONTRACTS } from './contracts';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

const JARGON =
  /期望|实际接收|expected|received|invalid|undefined|NaN|Infinity|string|number|object|boolean|array|instanceof|\bint\b|<=|>=/i;

/** The top-level field names of an input schema (every option of a union). */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'union')
    return [...new Set((def.options as z.ZodType[]).flatMap((o) => fieldsOf(o)))];
  if (def.type === 'pipe') return fieldsOf(def.in as z.ZodType);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')
    return fieldsOf(def.innerType as z.ZodType);
  return [];
}

const BAD_VALUES: unknown[] = [
  {},
  'x'.repeat(100_000),
  Infinity,
  -Infinity,
  NaN,
  Number.MAX_SAFE_INTEGER + 2,
  1e300,
  -1,
  1.5,
  [1, 2, 3],
  true,
  null,
  '',
];

function jargonIn(env: Envelope<unknown>): string | null {
  if (env.ok || env.error.code !== 'validation.failed') return null;
  const texts = [env.error.message, ...(env.error.issues ?? []).map((i) => i.message)];
  return texts.find((m) => JARGON.test(m)) ?? null;
}

describe('validation messages', () => {
  it('carry no type jargon for any action, field and bad value', async () => {
    const leaks: string[] = [];
    let failures = 0;
    for (const [fn, contract] of Object.entries(ALL_CONTRACTS)) {
      for (const [action, spec] of Object.entries(contract)) {
        const inputs: Record<string, unknown>[] = [{}];
        for (const field of fieldsOf(spec.input)) {
          for (const v of BAD_VALUES) inputs.push({ [field]: v });
        }
        for (const input of inputs) {
          const env = (await invokeFunction(
            fn,
            { action, ...input },
            'dev-admin',
          )) as Envelope<unknown>;
          if (!env.ok && env.error.code === 'validation.failed') failures++;
          const leak = jargonIn(env);
          if (leak) leaks.push(`${action} ${JSON.stringify(Object.keys(input))}: ${leak}`);
        }
      }
    }
    expect(failures).toBeGreaterThan(500);
    expect(leaks.slice(0, 20)).toEqual([]);
  });

  it('names the field by its label and keeps the path for the form', async () => {
    const env = (await invokeFunction(
      'events',
      { action: 'events.create', title: '讲座', capacity: Infinity },
      'dev-admin',
    )) as Envelope<unknown>;
    expect(env.ok).toBe(false);
    if (env.ok) return;
    const capacity = env.error.issues?.find((i) => i.path === 'capacity');
    expect(capacity?.message).toContain('名额');
    expect(env.error.issues?.find((i) => i.path === 'startAt')?.message).toContain('开始时间');
  });

  it('refuses far dates with a plain message naming the field', async () => {
    const far = (fn: string, body: Record<string, unknown>) =>
      invokeFunction(fn, body, 'dev-admin') as Promise<Envelope<unknown>>;
    const a = await far('welfare', {
      action: 'welfare.createBatch',
      name: '慰问品',
      claimOpenAt: '2026-12-01T00:00:00+08:00',
      claimCloseAt: '9999-12-31T00:00:00+08:00',
      options: [{ name: '大米', stock: 1 }],
    });
    expect(a).toMatchObject({
      ok: false,
      error: { code: 'validation.failed', issues: [{ path: 'claimCloseAt' }] },
    });
    expect(a.ok ? '' : a.error.message).toContain('领取截止时间');
    const b = await far('events', {
      action: 'events.create',
      title: '讲座',
      type: '健康',
      location: '报告厅',
      startAt: '2026-12-02T10:00:00+08:00',
      endAt: '2026-12-02T12:00:00+08:00',
      signupOpenAt: '0001-01-01T00:00:00+08:00',
      signupCloseAt: '2026-12-01T10:00:00+08:00',
      capacity: 10,
      allocation: 'first_come',
    });
    expect(b.ok ? [] : b.error.issues).toEqual([
      { path: 'signupOpenAt', message: expect.stringContaining('报名开始时间') },
    ]);
  });

  it('says which variant of a union was closest (a typed code too short)', async () => {
    const env = (await invokeFunction(
      'welfare',
      { action: 'welfare.handover', batchId: 'b1', code: '12' },
      'dev-admin',
    )) as Envelope<unknown>;
    expect(env).toMatchObject({
      ok: false,
      error: { code: 'validation.failed', issues: [{ path: 'code' }] },
    });
  });
});
