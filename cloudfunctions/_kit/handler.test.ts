// The kit through the real SDK against a local cloud: edge validation, access, envelope, identity.
import { z } from 'zod';
import { defineContract } from '../../domain/contract';
import { platformContext } from '../../local-cloud/gateway/functions';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { createHandler } from './handler';

const contract = defineContract({
  'demo.echo': {
    input: z.object({ text: z.string().min(2, '至少两个字') }),
    output: z.object({ text: z.string(), by: z.string().nullable() }),
  },
  'demo.adminOnly': { input: z.object({}), output: z.object({ ok: z.boolean() }) },
  'demo.boom': { input: z.object({}), output: z.object({}) },
  'demo.whoami': {
    input: z.object({}),
    output: z.object({ openid: z.string().nullable(), staffNo: z.string().nullable() }),
  },
});

let timerRuns = 0;
const main = createHandler(
  contract,
  {
    'demo.echo': {
      access: ['staff'],
      run: async (input, ctx) => ({ text: input.text, by: ctx.staff?.staffNo ?? null }),
    },
    'demo.adminOnly': { access: ['admin'], run: async () => ({ ok: true }) },
    'demo.boom': {
      access: 'public',
      run: async () => {
        throw new Error('secret detail: phone 13812341234');
      },
    },
    'demo.whoami': {
      access: 'public',
      run: async (_i, ctx) => ({ openid: ctx.openid, staffNo: ctx.staff?.staffNo ?? null }),
    },
  },
  { timers: { nightly: async () => ({ runs: ++timerRuns }) } },
);

const as = (openid: string | null) => platformContext('demo', openid);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

describe('the function kit', () => {
  it('answers data in the envelope for an allowed caller', async () => {
    await expect(main({ action: 'demo.echo', text: '你好' }, as('dev-100010'))).resolves.toEqual({
      ok: true,
      data: { text: '你好', by: '100010' },
    });
  });

  it('accepts the input wrapped in data (wx-server-sdk style)', async () => {
    const r = await main({ action: 'demo.echo', data: { text: '你好' } }, as('dev-100010'));
    expect(r).toEqual({ ok: true, data: { text: '你好', by: '100010' } });
  });

  it('refuses a cloudID nested in data: the platform only exchanges top-level ones', async () => {
    const r = await main(
      {
        action: 'demo.echo',
        data: { text: '你好', weRunData: { cloudID: 'x', data: { stepInfoList: [] } } },
      },
      as('dev-100010'),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });

  it('rejects invalid input at the edge with field issues in Chinese', async () => {
    const r = await main({ action: 'demo.echo', text: 'x' }, as('dev-100010'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation.failed');
    expect(r.error.message).toContain('至少两个字');
    expect(r.error.issues).toEqual([{ path: 'text', message: '至少两个字' }]);
  });

  it('refuses a staff member calling an admin action', async () => {
    const r = await main({ action: 'demo.adminOnly' }, as('dev-100010'));
    expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    await expect(main({ action: 'demo.adminOnly' }, as('dev-admin'))).resolves.toEqual({
      ok: true,
      data: { ok: true },
    });
  });

  it('asks an unbound caller to bind first', async () => {
    const r = await main({ action: 'demo.echo', text: '你好' }, as('never-bound-openid'));
    expect(r).toMatchObject({ ok: false, error: { code: 'auth.unbound' } });
  });

  it('answers an unknown or missing action with an envelope error', async () => {
    await expect(main({ action: 'demo.nope' }, as('dev-admin'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'action.unknown' },
    });
    await expect(main({}, as('dev-admin'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'action.unknown' },
    });
    await expect(main('not an object', as('dev-admin'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'action.unknown' },
    });
  });

  it('turns a thrown error into "internal" without leaking its message', async () => {
    const logged: string[] = [];
    const spy = jest
      .spyOn(console, 'error')
      .mockImplementation((line: string) => void logged.push(line));
    const before = process.env.UNION_HUB_LOG;
    process.env.UNION_HUB_LOG = '';
    try {
      const r = await main({ action: 'demo.boom' }, as('dev-100010'));
      expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(JSON.stringify(r)).not.toContain('secret');
      expect(logged.join('\n')).not.toContain('13812341234');
      expect(logged.join('\n')).toContain('internal');
    } finally {
      spy.mockRestore();
      process.env.UNION_HUB_LOG = before;
    }
  });

  it('ignores an openid sent in the event: identity comes only from the platform context', async () => {
    const forged = {
      action: 'demo.whoami',
      openid: 'dev-admin',
      userInfo: { openId: 'dev-admin' },
      WX_OPENID: 'dev-admin',
    };
    await expect(main(forged, as('dev-100010'))).resolves.toEqual({
      ok: true,
      data: { openid: 'dev-100010', staffNo: '100010' },
    });
    await expect(main(forged, as(null))).resolves.toEqual({
      ok: true,
      data: { openid: null, staffNo: null },
    });
  });

  it('runs a timer only when the platform fires it (no caller identity)', async () => {
    await expect(main({ Type: 'Timer', TriggerName: 'nightly' }, as(null))).resolves.toEqual({
      ok: true,
      data: { runs: 1 },
    });
    // a caller cannot dress a call up as a timer
    await expect(
      main({ Type: 'Timer', TriggerName: 'nightly' }, as('dev-admin')),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'action.unknown' },
    });
    expect(timerRuns).toBe(1);
  });

  it('loads the caller with a single database request', async () => {
    t.resetRequests();
    await main({ action: 'demo.echo', text: '你好' }, as('dev-100010'));
    expect(t.requests()).toBe(1);
  });
});
