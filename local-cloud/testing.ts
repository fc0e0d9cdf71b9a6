// For tests: a local cloud in this process on a free port with a fresh data dir, and a caller
// that goes through the function gateway over HTTP, like the h5 app does.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../domain/errors';
import { getDb, type Db } from '../cloudfunctions/_kit/db';
import { setClockOffset } from './gateway/functions';
import { seedBranches, seedDemoStaff, seedSyntheticStaff } from './seed';
import type { InstancesOptions, InstancesStats } from './gateway/instances';
import { startLocalCloud, type LocalCloud } from './server';

/** Database latency the concurrency tests run with, so races the platform shows appear here. */
export const RACE_LATENCY_MS: [number, number] = [5, 20];

export interface TestCloud {
  cloud: LocalCloud;
  db: Db;
  dataDir: string;
  /** calls a function as the given openid (null: no identity) and returns the envelope */
  call<T = unknown>(
    fn: string,
    event: Record<string, unknown>,
    openid?: string | null,
  ): Promise<Envelope<T>>;
  /** like call, but returns data or throws with the error code and message */
  data<T = unknown>(fn: string, event: Record<string, unknown>, openid?: string | null): Promise<T>;
  /** database requests counted by the emulator since the last reset */
  requests(): number;
  resetRequests(): void;
  /** function instances: per function running/idle, cold starts, invocations, queue */
  instances(): InstancesStats;
  /** turns injected database latency on ([min, max] ms per request) or off (null) */
  setDbLatency(latency: [number, number] | null): void;
  /** shifts the clock the functions see (ctx.now) by ms from real time; 0 puts it back */
  setClockOffset(ms: number): void;
  stop(): Promise<void>;
}

export interface TestCloudOptions {
  /** seed the 24 branches and the 300 demo staff (demo accounts dev-admin, dev-organizer, dev-chair) */
  demo?: boolean;
  /** also seed synthetic staff T0001…Tn bound to dev-T0001… */
  synthetic?: number;
  /** delay each database request by a random [min, max] ms, so races show as on the platform */
  dbLatencyMs?: [number, number];
  /** function instances (limit per function, isolation, functions folder); see gateway/instances.ts */
  functions?: Partial<InstancesOptions>;
}

export async function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  process.env.UNION_HUB_LOG ??= 'silent';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'union-hub-test-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    seed: false,
    timers: false,
    dbLatencyMs: options.dbLatencyMs,
    // few instances per function in tests: each cold start costs about a CPU-second here, and
    // four instances at once are enough to show any race between invocations
    functions: { limit: Number(process.env.LOCAL_FN_INSTANCES ?? 4), ...options.functions },
  });
  const db = getDb();
  if (options.demo || options.synthetic) {
    await seedBranches(db);
    if (options.demo) await seedDemoStaff(db);
    if (options.synthetic) await seedSyntheticStaff(db, options.synthetic);
  }
  const call = async <T>(
    fn: string,
    event: Record<string, unknown>,
    openid: string | null = null,
  ) => {
    const res = await fetch(`${cloud.url}/api/fn/${fn}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(openid ? { 'x-dev-openid': openid } : {}),
      },
      body: JSON.stringify(event),
    });
    return (await res.json()) as Envelope<T>;
  };
  cloud.emulator.resetStats();
  return {
    cloud,
    db,
    dataDir,
    call,
    async data<T>(fn: string, event: Record<string, unknown>, openid: string | null = null) {
      const env = await call<T>(fn, event, openid);
      if (!env.ok)
        throw Object.assign(new Error(`${env.error.code}: ${env.error.message}`), {
          code: env.error.code,
        });
      return env.data;
    },
    requests: () => cloud.emulator.stats.requests,
    resetRequests: () => cloud.emulator.resetStats(),
    instances: () => cloud.instances.stats(),
    setDbLatency: (latency) => cloud.setDbLatency(latency),
    setClockOffset,
    async stop() {
      setClockOffset(0);
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
