// The local cloud: one Node process on 127.0.0.1 serving the CloudBase API emulator (/admin), the
// function gateway (/api/fn), dev routes (/api/dev), the dev panel (/dev) and the h5 build (/).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { INDEXES } from '../database/indexes';
import { fail } from '../domain/errors';
import { createAdminRoute } from './admin-route';
import { createStorageEmulator, type StorageEmulator } from './storage';
import { installBuiltinDevRoutes } from './dev/builtin';
import { DEV_PANEL_HTML } from './dev/panel';
import { findDevRoute } from './dev/router';
import { CloudEmulator } from './emulator';
import { handleFunctionCall } from './gateway/route';
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
  /** print errors of timer runs */
  onTimerError?: (fn: string, e: unknown) => void;
}

export interface LocalCloud {
  url: string;
  port: number;
  adminUrl: string;
  emulator: CloudEmulator;
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
  const h5Dir = path.resolve(options.h5Dir ?? path.join(REPO_ROOT, 'dist', 'h5'));
  mkdirSync(dataDir, { recursive: true });
  const emulator = CloudEmulator.open({ dataDir, indexes: INDEXES });
  installBuiltinDevRoutes();
  const storage = createStorageEmulator(dataDir);
  const adminRoute = createAdminRoute(emulator, storage);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const p = url.pathname;
    if (p === '/admin' || p.startsWith('/admin/')) return adminRoute(req, res);
    if (p.startsWith('/storage/') && (await storage.handleHttp(req, res, p, url))) return;
    const fn = /^\/api\/fn\/([^/]+)$/.exec(p);
    if (fn) return handleFunctionCall(req, res, decodeURIComponent(fn[1]));
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
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // a deep accept backlog: a burst of thousands of callers must queue, not be refused
    server.listen({ port: options.port ?? 8787, host, backlog: 4096 }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const adminUrl = `${url}/admin`;
  pointSdkAt(adminUrl, dataDir);

  if (options.seed !== false && !existsSync(markerPath(dataDir))) {
    await seedDemo(getDb());
    writeFileSync(markerPath(dataDir), new Date().toISOString());
  }
  const stopTimers =
    options.timers === false ? () => {} : startTimers(options.onTimerError ?? (() => {}));

  return {
    url,
    port,
    adminUrl,
    emulator,
    storage,
    async close() {
      stopTimers();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      emulator.close();
    },
  };
}
