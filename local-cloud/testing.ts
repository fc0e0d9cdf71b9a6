// For tests: a local cloud in this process on a free port with a fresh data dir, and a caller
// that goes through the function gateway over HTTP, like the h5 app does.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../domain/errors';
import { getDb, type Db } from '../cloudfunctions/_kit/db';
import { setClockOffset } from './gateway/functions';
import { seedBranches, seedDemoStaff, seedSyntheticStaff } from './seed';
import { startLocalCloud, type LocalCloud } from './server';

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
  /** shifts the clock the functions see (ctx.now) by ms from real time; 0 puts it back */
  setClockOffset(ms: number): void;
  stop(): Promise<void>;
}

export interface TestCloudOptions {
  /** seed the 24 branches and the 300 demo staff (demo accounts dev-admin, dev-organizer, dev-chair) */
  demo?: boolean;
  /** also seed synthetic staff T0001…Tn bound to dev-T0001… */
  synthetic?: number;
}

export async function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  process.env.UNION_HUB_LOG ??= 'silent';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'union-hub-test-'));
  const cloud = await startLocalCloud({ port: 0, dataDir, seed: false, timers: false });
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
    setClockOffset,
    async stop() {
      setClockOffset(0);
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
