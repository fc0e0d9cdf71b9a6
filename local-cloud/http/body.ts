// Reading a JSON request body and answering JSON, for the local cloud's small HTTP surface.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { fail } from '../../domain/errors';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export class BadRequest extends Error {}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('请求内容太大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const raw = (await readBody(req)).toString('utf8');
  if (!raw.trim()) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequest('请求不是合法的 JSON');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * Reads a JSON body and checks it with a zod schema; on failure answers 400 with the envelope
 * error (plain Chinese) and returns null, so a dev route just returns.
 */
export async function readValid<S extends z.ZodType>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: S,
): Promise<z.output<S> | null> {
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (e) {
    sendJson(
      res,
      400,
      fail('validation.failed', e instanceof BadRequest ? e.message : '请求读取失败'),
    );
    return null;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    sendJson(res, 400, fail('validation.failed', parsed.error.issues[0]?.message ?? '数据有误'));
    return null;
  }
  return parsed.data;
}
