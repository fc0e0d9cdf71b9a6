// A minimal `fetch` over node:http for jest's jsdom environment, which has no fetch of its own.
// It makes real HTTP requests, so tests still talk to a real server. Test code only.
import { request } from 'node:http';

interface MiniResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export async function nodeFetch(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    signal?: AbortSignal | null;
  } = {},
): Promise<MiniResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          text: async () => body,
          json: async () => JSON.parse(body) as unknown,
        });
      });
    });
    req.on('error', () => reject(new TypeError('fetch failed')));
    init.signal?.addEventListener('abort', () => req.destroy(new Error('aborted')));
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** Installs nodeFetch as the global fetch when the environment has none; returns an undo. */
export function ensureFetch(): () => void {
  const g = globalThis as { fetch?: unknown };
  if (typeof g.fetch === 'function') return () => {};
  g.fetch = nodeFetch;
  return () => {
    delete g.fetch;
  };
}
