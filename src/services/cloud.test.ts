/** @jest-environment jsdom */
// The h5 path of call() against a real HTTP server: ok, ok:false with issues, non-JSON, server down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { defineContract } from '../../domain/contract';
import { ensureFetch } from '../test-support/node-fetch';
import { call, CloudError, NETWORK_MESSAGE, setBaseUrl } from './cloud';
import { DEV_OPENID_KEY } from './dev-identity';

// these tests model the dev-tools h5 build (TARO_APP_DEV_TOOLS=1), the one that has a dev identity
process.env.TARO_APP_DEV_TOOLS = '1';

const contract = defineContract({
  'demo.echo': {
    input: z.object({ word: z.string() }),
    output: z.object({ word: z.string(), by: z.string() }),
  },
});

interface Seen {
  url: string;
  method: string;
  openid: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
let reply: (req: IncomingMessage, res: ServerResponse, body: unknown) => void;
let undoFetch: () => void;

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  undoFetch = ensureFetch();
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const body: unknown = raw ? JSON.parse(raw) : undefined;
      seen.push({
        url: req.url ?? '',
        method: req.method ?? '',
        openid: req.headers['x-dev-openid'] as string | undefined,
        contentType: req.headers['content-type'],
        body,
      });
      reply(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  undoFetch();
  setBaseUrl('');
});

beforeEach(() => {
  seen = [];
  setBaseUrl(base);
  localStorage.clear();
});

it('posts { action, ...input } to /api/fn/<function> as the dev identity and returns data', async () => {
  localStorage.setItem(DEV_OPENID_KEY, 'dev-admin');
  reply = (_req, res, body) =>
    json(res, 200, { ok: true, data: { word: (body as { word: string }).word, by: 'server' } });

  await expect(call(contract, 'demo.echo', { word: '你好' })).resolves.toEqual({
    word: '你好',
    by: 'server',
  });
  expect(seen).toEqual([
    {
      url: '/api/fn/demo',
      method: 'POST',
      openid: 'dev-admin',
      contentType: 'application/json',
      body: { action: 'demo.echo', word: '你好' },
    },
  ]);
});

it('reads a Taro-wrapped stored identity and sends an empty header when there is none', async () => {
  reply = (_req, res) => json(res, 200, { ok: true, data: { word: 'x', by: 'y' } });
  await call(contract, 'demo.echo', { word: 'x' });
  localStorage.setItem(DEV_OPENID_KEY, JSON.stringify({ data: 'dev-chair' }));
  await call(contract, 'demo.echo', { word: 'x' });
  expect(seen.map((s) => s.openid)).toEqual(['', 'dev-chair']);
});

it('sends no dev identity header from a production build', async () => {
  reply = (_req, res) => json(res, 200, { ok: true, data: { word: 'x', by: 'y' } });
  localStorage.setItem(DEV_OPENID_KEY, 'dev-admin');
  process.env.TARO_APP_DEV_TOOLS = '';
  try {
    await call(contract, 'demo.echo', { word: 'x' });
  } finally {
    process.env.TARO_APP_DEV_TOOLS = '1';
  }
  expect(seen.map((s) => s.openid)).toEqual([undefined]);
});

it('turns ok:false into a CloudError with the server code, message and issues', async () => {
  reply = (_req, res) =>
    json(res, 200, {
      ok: false,
      error: {
        code: 'validation.failed',
        message: '填写的内容有误：请填写工号',
        issues: [{ path: 'staffNo', message: '请填写工号' }],
      },
    });
  const error = await call(contract, 'demo.echo', { word: '' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CloudError);
  expect(error).toMatchObject({
    code: 'validation.failed',
    message: '填写的内容有误：请填写工号',
    issues: [{ path: 'staffNo', message: '请填写工号' }],
  });
});

it('keeps an error envelope sent with a 4xx status (e.g. an unknown function)', async () => {
  reply = (_req, res) =>
    json(res, 404, {
      ok: false,
      error: { code: 'function.unknown', message: '没有名为 demo 的云函数。' },
    });
  await expect(call(contract, 'demo.echo', { word: 'x' })).rejects.toMatchObject({
    code: 'function.unknown',
    message: '没有名为 demo 的云函数。',
  });
});

it('reports a non-JSON answer as internal, in plain Chinese', async () => {
  reply = (_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html>Bad Gateway</html>');
  };
  const error = (await call(contract, 'demo.echo', { word: 'x' }).catch(
    (e: unknown) => e,
  )) as CloudError;
  expect(error).toBeInstanceOf(CloudError);
  expect(error.code).toBe('internal');
  expect(error.message).toMatch(/稍后再试/);
  expect(error.retryable).toBe(true);
});

it('reports data that does not match the output schema as internal', async () => {
  reply = (_req, res) => json(res, 200, { ok: true, data: { word: 1 } });
  await expect(call(contract, 'demo.echo', { word: 'x' })).rejects.toMatchObject({
    code: 'internal',
  });
});

it('reports a server that is down as a network error', async () => {
  const dead = createServer();
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
  const port = (dead.address() as AddressInfo).port;
  await new Promise<void>((resolve) => dead.close(() => resolve()));
  setBaseUrl(`http://127.0.0.1:${port}`);

  const error = (await call(contract, 'demo.echo', { word: 'x' }).catch(
    (e: unknown) => e,
  )) as CloudError;
  expect(error).toBeInstanceOf(CloudError);
  expect(error.code).toBe('network');
  expect(error.message).toBe(NETWORK_MESSAGE);
});
