// For the emulator's tests and benchmark: an emulator on a fresh temp data dir behind an HTTP
// server on 127.0.0.1, and a real @cloudbase/node-sdk database handle pointed at it.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type tcbModule from '@cloudbase/node-sdk';
import { CloudEmulator, createAdminHandler, type EmulatorOptions } from './index';

export type Tcb = typeof tcbModule;
export type Db = ReturnType<ReturnType<Tcb['init']>['database']>;

/** What the SDK's runTransaction callback receives (its own typings say `any`). */
export interface SdkTransaction {
  collection(name: string): ReturnType<Db['collection']>;
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

/** Loads the SDK with the environment it needs to talk to a local endpoint (PLATFORM.md). */
export function loadSdk(): Tcb {
  // without TENCENTCLOUD the SDK probes a metadata host before each request
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@cloudbase/node-sdk') as Tcb;
}

/** A database handle of the real SDK for the emulator at `adminUrl`. */
export function sdkDb(adminUrl: string): Db {
  const tcb = loadSdk();
  return tcb
    .init({ env: 'test-env', serviceUrl: adminUrl, secretId: 'x', secretKey: 'y' })
    .database();
}

export async function serve(
  emulator: CloudEmulator,
): Promise<{ server: Server; adminUrl: string }> {
  const handler = createAdminHandler(emulator);
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/admin') handler(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, adminUrl: `http://127.0.0.1:${port}/admin` };
}

export async function stopServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export interface TestEmulator {
  emulator: CloudEmulator;
  db: Db;
  adminUrl: string;
  dataDir: string;
  /** raw wire-protocol request, for what the SDK cannot send */
  post(body: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * The collections the emulator's own tests and benchmark use, created up front (the emulator, like
 * CloudBase, refuses collections nobody created; the product's come from the deploy plan).
 */
export const TEST_COLLECTIONS = [
  'accounts',
  'u',
  'q',
  'items',
  'arr',
  'stock',
  'people',
  'events',
  'r',
  'orders',
  'c',
  'ix',
  'pages',
  'uw',
  's',
  'x',
  'signups',
  'ledger',
  'bench_counters',
  'ups',
  'users',
];

export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'cloud-emulator-'));
}

export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? tempDataDir();
  const emulator = CloudEmulator.open({
    ...options,
    collections: options.collections ?? TEST_COLLECTIONS,
    dataDir,
  });
  const { server, adminUrl } = await serve(emulator);
  return {
    emulator,
    db: sdkDb(adminUrl),
    adminUrl,
    dataDir,
    async post(body) {
      const res = await fetch(`${adminUrl}?env=test-env&seqId=raw`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await res.json()) as Record<string, unknown>;
    },
    async close() {
      await stopServer(server);
      emulator.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
