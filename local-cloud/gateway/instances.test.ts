// Function instances behave like the platform's: module state per instance, one invocation at a
// time per instance, a per-function limit with a queue, warm reuse, idle retirement, and an opaque
// error plus a fresh instance when a function throws or its instance dies. Runs a test-only probe.
import path from 'node:path';
import { COLLECTIONS } from '../../database/collections';
import { dbLatency, parseLatency } from '../emulator/http';
import { startTestCloud, type TestCloud } from '../testing';
import { FUNCTION_FAILED_MESSAGE } from './route';

const dir = path.join(__dirname, '__fixtures__', 'functions');

interface Probe {
  instanceId: string;
  calls: number;
  inFlight: number;
  peakInFlight: number;
}

let t: TestCloud;

beforeAll(async () => {
  t = await startTestCloud({ functions: { dir, limit: 4, idleMs: 60_000 } });
});
afterAll(async () => {
  await t.stop();
});

function probeStats() {
  const s = t.instances().functions.find((f) => f.name === 'probe');
  if (!s) throw new Error('no stats for probe');
  return s;
}

it('spreads a burst over at most the limit of instances, one invocation at a time in each', async () => {
  const before = t.instances().functions.find((f) => f.name === 'probe')?.coldStarts ?? 0;
  const answers = await Promise.all(
    Array.from({ length: 24 }, () => t.data<Probe>('probe', { waitMs: 200 })),
  );
  const byInstance = new Map<string, Probe[]>();
  for (const a of answers)
    byInstance.set(a.instanceId, [...(byInstance.get(a.instanceId) ?? []), a]);
  // never two invocations at once in one instance's module
  expect(answers.every((a) => a.inFlight === 1 && a.peakInFlight === 1)).toBe(true);
  expect(byInstance.size).toBe(4);
  // each instance's counter saw only its own invocations: 1, 2, 3… with no gaps or repeats
  for (const list of byInstance.values()) {
    const seen = list.map((a) => a.calls).sort((x, y) => x - y);
    expect(seen).toEqual(Array.from({ length: list.length }, (_v, i) => i + 1));
  }
  const s = probeStats();
  expect(s.coldStarts - before).toBe(4);
  expect(s.peakRunning).toBe(4);
  expect(s.queued).toBe(0);
  expect(s.running).toBe(0);
});

it('reuses a warm instance for calls one after another', async () => {
  const cold = probeStats().coldStarts;
  const a = await t.data<Probe>('probe', {});
  const b = await t.data<Probe>('probe', {});
  expect(b.instanceId).toBe(a.instanceId);
  expect(b.calls).toBe(a.calls + 1);
  expect(probeStats().coldStarts).toBe(cold);
});

it('answers an opaque error when the function throws, and replaces the instance', async () => {
  const a = await t.data<Probe>('probe', {});
  const failuresBefore = probeStats().failures;
  const res = await fetch(`${t.cloud.url}/api/fn/probe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ do: 'throw' }),
  });
  expect(res.status).toBe(502);
  const body = await res.json();
  expect(body).toEqual({
    ok: false,
    error: { code: 'internal', message: FUNCTION_FAILED_MESSAGE },
  });
  expect(JSON.stringify(body)).not.toContain('probe threw');
  expect(probeStats().failures).toBe(failuresBefore + 1);
  // the warm instance that threw is gone: the idle ones left and new ones do not include it
  const after = await Promise.all(
    Array.from({ length: 8 }, () => t.data<Probe>('probe', { waitMs: 20 })),
  );
  expect(after.some((x) => x.instanceId === a.instanceId)).toBe(false);
});

it('lets the instance see environment changes made after the start', async () => {
  process.env.PROBE_SETTING = 'first';
  expect(await t.data('probe', { do: 'env', name: 'PROBE_SETTING' })).toEqual({ value: 'first' });
  process.env.PROBE_SETTING = 'second';
  expect(await t.data('probe', { do: 'env', name: 'PROBE_SETTING' })).toEqual({ value: 'second' });
  delete process.env.PROBE_SETTING;
  expect(await t.data('probe', { do: 'env', name: 'PROBE_SETTING' })).toEqual({ value: null });
});

it('shows the numbers at /api/dev/instances', async () => {
  const res = await fetch(`${t.cloud.url}/api/dev/instances`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    limit: number;
    isolation: string;
    functions: { name: string; coldStarts: number; invocations: number }[];
  };
  expect(body).toMatchObject({ limit: 4, isolation: 'inline' });
  expect(body.functions.find((f) => f.name === 'probe')).toMatchObject({
    coldStarts: probeStats().coldStarts,
    invocations: probeStats().invocations,
  });
});

it('retires idle instances; the next call is a cold start', async () => {
  const r = await startTestCloud({ functions: { dir, limit: 2, idleMs: 100 } });
  try {
    const stats = () => r.instances().functions.find((f) => f.name === 'probe');
    const first = await r.data<Probe>('probe', {});
    for (let i = 0; i < 200 && stats()?.idle; i++) await new Promise((ok) => setTimeout(ok, 50));
    expect(stats()).toMatchObject({ idle: 0, retired: 1, coldStarts: 1 });
    const second = await r.data<Probe>('probe', {});
    expect(second.instanceId).not.toBe(first.instanceId);
    expect(second.calls).toBe(1);
    expect(stats()?.coldStarts).toBe(2);
  } finally {
    await r.stop();
  }
});

describe('in worker threads (LOCAL_FN_ISOLATION=thread)', () => {
  let w: TestCloud;
  beforeAll(async () => {
    w = await startTestCloud({ functions: { dir, limit: 3, isolation: 'thread' } });
  });
  afterAll(async () => {
    await w.stop();
  });

  it('keeps module state per thread and one invocation at a time in each', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => w.data<Probe>('probe', { waitMs: 30 })),
    );
    expect(new Set(answers.map((a) => a.instanceId)).size).toBe(3);
    expect(answers.every((a) => a.peakInFlight === 1)).toBe(true);
    expect(w.instances()).toMatchObject({ isolation: 'thread', limit: 3 });
  });

  it('answers an opaque error when the instance itself dies, and the next call gets a new one', async () => {
    const crashed = await w.call('probe', { do: 'crash' });
    expect(crashed).toEqual({
      ok: false,
      error: { code: 'internal', message: FUNCTION_FAILED_MESSAGE },
    });
    const next = await w.data<Probe>('probe', {});
    expect(next.inFlight).toBe(1);
    const s = w.instances().functions.find((f) => f.name === 'probe');
    expect(s).toMatchObject({ running: 0, failures: 1 });
  });

  it('sees environment changes made after the start', async () => {
    process.env.PROBE_SETTING = 'thread';
    expect(await w.data('probe', { do: 'env', name: 'PROBE_SETTING' })).toEqual({
      value: 'thread',
    });
    delete process.env.PROBE_SETTING;
  });
});

describe('database latency', () => {
  it('reads LOCAL_DB_LATENCY_MS ranges and refuses nonsense', () => {
    expect(parseLatency('5-20')).toEqual([5, 20]);
    expect(parseLatency(' 10 ')).toEqual([10, 10]);
    expect(parseLatency(undefined)).toBeNull();
    expect(parseLatency('')).toBeNull();
    expect(parseLatency('0')).toBeNull();
    expect(parseLatency('20-5')).toBeNull();
    expect(parseLatency('abc')).toBeNull();
    expect(dbLatency(null)).toBeNull();
  });

  it('delays every database request without holding up the others', async () => {
    const slow = await startTestCloud({ dbLatencyMs: [60, 60] });
    try {
      const started = performance.now();
      // ten reads at once, each held 60 ms by a timer
      await Promise.all(
        Array.from({ length: 10 }, () => slow.db.collection(COLLECTIONS.staff).limit(1).get()),
      );
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(59);
      expect(slow.requests()).toBe(10);
    } finally {
      await slow.stop();
    }
  });
});
