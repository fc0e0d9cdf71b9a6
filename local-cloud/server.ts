// The local cloud: one Node process on 127.0.0.1 serving the CloudBase API emulator (/admin), the
// function gateway (/api/fn), dev routes (/api/dev), the dev panel (/dev) and the h5 build (/).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { applyPlan } from '../deploy/apply';
import { buildPlan } from '../deploy/plan';
import { localTarget } from '../deploy/targets/local';
import { fail } from '../domain/errors';
import { createAdminRoute } from './admin-route';
import { createStorageEmulator, type StorageEmulator } from './storage';
import { installBuiltinDevRoutes } from './dev/builtin';
import { DEV_COLLECTIONS } from './dev/notify-outbox';
import { DEV_PANEL_HTML } from './dev/panel';
import { findDevRoute } from './dev/router';
import { CloudEmulator } from './emulator';
import { dropInstances, FUNCTIONS_DIR, registerInstances } from './gateway/functions';
import { FunctionInstances, type InstancesOptions } from './gateway/instances';
import { handleFunctionCall } from './gateway/route';
import { parseLatency, type Latency } from './emulator/http';
import { sendJson } from './http/body';
import { serveStatic } from './http/static';
import { pointSdkAt } from './sdk-env';
import { seedDemo } from './seed';
import { getDb } from '../cloudfunctions/_kit/db';
import { startTimers } from './timers';

export const REPO_ROOT = path.resolve(__dirname, '..');

export interface LocalCloudOptions {
  /** 0 picks a free port */
  port?: number;
  host?: string;
  dataDir?: string;
  h5Dir?: string;
  /** seed the demo union when the data dir is new (default true) */
  seed?: boolean;
  /** run functions' timer triggers on schedule (default true) */
  timers?: boolean;
  /** called once the port is open, before provisioning and seeding (which may take seconds) */
  onListening?: (url: string) => void;
  /** print errors of timer runs */
  onTimerError?: (fn: string, e: unknown) => void;
  /** function instances: per-function limit, idle time, isolation, functions folder (gateway/instances.ts) */
  functions?: Partial<InstancesOptions>;
  /** database latency [min, max] ms per emulator request (default LOCAL_DB_LATENCY_MS) */
  dbLatencyMs?: Latency;
}

export interface LocalCloud {
  url: string;
  port: number;
  adminUrl: string;
  emulator: CloudEmulator;
  instances: FunctionInstances;
  /** changes the injected database latency (null: off) */
  setDbLatency(latency: Latency | null): void;
  /** cloud storage (uploadFile, getTempFileURL, deleteFile), bytes under <dataDir>/storage */
  storage: StorageEmulator;
  close(): Promise<void>;
}

function markerPath(dataDir: string) {
  return path.join(dataDir, 'demo-seeded');
}

export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = path.resolve(options.dataDir ?? path.join(REPO_ROOT, '.local-cloud'));
  // the dev-tools h5 build (scripts/lib/h5-build.ts): the local cloud's gateway knows callers
  // only by the dev sign-in's header
  const h5Dir = path.resolve(options.h5Dir ?? path.join(REPO_ROOT, 'dist', 'h5-dev'));
  mkdirSync(dataDir, { recursive: true });
  // the same plan `npm run deploy` applies to CloudBase: its indexes now, its collections below
  const plan = buildPlan();
  const emulator = CloudEmulator.open({ dataDir, indexes: plan.indexes });
  installBuiltinDevRoutes();
  const instances = new FunctionInstances({
    dir: path.resolve(process.env.LOCAL_FUNCTIONS_DIR ?? FUNCTIONS_DIR),
    ...options.functions,
  });
  registerInstances(instances);
  let dbLatencyMs = options.dbLatencyMs ?? parseLatency(process.env.LOCAL_DB_LATENCY_MS);
  const storage = createStorageEmulator(dataDir);
  const adminRoute = createAdminRoute(emulator, storage, () => dbLatencyMs);

  // until the collections are provisioned and the demo seeded, only the database answers
  let ready = false;
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const p = url.pathname;
    if (p === '/admin' || p.startsWith('/admin/')) return adminRoute(req, res);
    // cloud storage serves the seeding too, like the database
    if (p.startsWith('/storage/') && (await storage.handleHttp(req, res, p, url))) return;
    if (!ready) {
      res.setHeader('retry-after', '1');
      return sendJson(res, 503, fail('not_ready', '本地云正在准备数据，请稍候几秒再打开。'));
    }
    const fn = /^\/api\/fn\/([^/]+)$/.exec(p);
    if (fn) return handleFunctionCall(req, res, decodeURIComponent(fn[1]), instances);
    if (p.startsWith('/api/dev/')) {
      const found = findDevRoute(req.method ?? 'GET', p.slice('/api/dev'.length));
      if (!found) return sendJson(res, 404, fail('not_found', `没有这个开发接口：${p}`));
      return found.route.handle({ req, res, params: found.params, url, emulator });
    }
    if (p.startsWith('/api/')) return sendJson(res, 404, fail('not_found', `没有这个接口：${p}`));
    if (p === '/dev' || p === '/dev/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
      });
      res.end(DEV_PANEL_HTML);
      return;
    }
    serveStatic(h5Dir, req, res);
  };

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, fail('internal', '本地云出错了，请看终端里的日志。'));
      else res.end();
    });
  });
  // longer than the SDK agent's idle-socket timeout, so the client closes first: a server closing an
  // idle socket just as a function reuses it would answer ECONNRESET (seen as a flaky first call)
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // a deep accept backlog: a burst of thousands of callers must queue, not be refused
    server.listen({ port: options.port ?? 8787, host, backlog: 4096 }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const adminUrl = `${url}/admin`;
  pointSdkAt(adminUrl, dataDir);
  options.onListening?.(url);

  const target = localTarget(getDb(), emulator);
  await applyPlan(plan, target);
  const existing = new Set(await target.listCollections());
  for (const name of DEV_COLLECTIONS) if (!existing.has(name)) await target.createCollection(name);
  if (options.seed !== false && !existsSync(markerPath(dataDir))) {
    await seedDemo(getDb());
    writeFileSync(markerPath(dataDir), new Date().toISOString());
  }
  ready = true;
  const stopTimers =
    options.timers === false ? () => {} : startTimers(options.onTimerError ?? (() => {}));

  return {
    url,
    port,
    adminUrl,
    emulator,
    instances,
    setDbLatency(latency) {
      dbLatencyMs = latency;
    },
    storage,
    async close() {
      stopTimers();
      instances.close();
      dropInstances(instances);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      emulator.close();
    },
  };
}
