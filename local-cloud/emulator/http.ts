// The HTTP face of the emulator: POST /admin?env=…&seqId=… with a JSON body, answered with JSON
// (status 200 for database answers, errors included, as CloudBase does).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudEmulator } from './index';
import { CODES } from './errors';
import { newRequestId } from './ids';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Injected database latency in ms, [min, max]: each request waits a random time in between. */
export type Latency = readonly [number, number];

/** Reads LOCAL_DB_LATENCY_MS ("5-20", or "10" for a fixed delay); null when off or unreadable. */
export function parseLatency(spec: string | undefined): Latency | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*$/.exec(spec ?? '');
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  if (max < min || max > 60_000 || max === 0) return null;
  return [min, max];
}

/** Waits a random time in the range (a timer: the event loop keeps serving others meanwhile). */
export function dbLatency(latency: Latency | null): Promise<void> | null {
  if (!latency) return null;
  const ms = latency[0] + Math.random() * (latency[1] - latency[0]);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createAdminHandler(
  emulator: CloudEmulator,
  options: { latency?: Latency | null } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const latency = options.latency ?? parseLatency(process.env.LOCAL_DB_LATENCY_MS);
  return (req, res) => {
    if (req.method !== 'POST') {
      send(res, 405, { code: CODES.invalidParam, message: 'use POST', requestId: newRequestId() });
      return;
    }
    readBody(req)
      .then(async (raw) => {
        if (raw === null) {
          send(res, 200, {
            code: 'EXCEED_REQUEST_SIZE_LIMIT',
            message: 'request body too large',
            requestId: newRequestId(),
          });
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          body = undefined;
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          send(res, 200, {
            code: CODES.invalidParam,
            message: 'request body is not a JSON object',
            requestId: newRequestId(),
          });
          return;
        }
        // the network time of a real database round trip, so races the platform shows appear here
        await dbLatency(latency);
        send(res, 200, await emulator.handle(body as Record<string, unknown>));
      })
      .catch((e: unknown) => {
        if (!res.headersSent)
          send(res, 500, {
            code: CODES.requestFailed,
            message: String(e),
            requestId: newRequestId(),
          });
        else res.end();
      });
  };
}
