// POST /api/fn/<name>: the function gateway the h5 build calls. The caller is named by the
// X-Dev-Openid header (set by the dev sign-in) — unauthenticated, so local use only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '../../domain/errors';
import { BadRequest, readJson, sendJson } from '../http/body';
import { exchangeCloudIds } from './cloud-ids';
import { invocations } from './concurrency';
import { hasFunction, invokeFunction } from './functions';

export const DEV_OPENID_HEADER = 'x-dev-openid';

export function callerOf(req: IncomingMessage): string | null {
  const raw = req.headers[DEV_OPENID_HEADER];
  const openid = Array.isArray(raw) ? raw[0] : raw;
  return openid && /^[A-Za-z0-9_-]{1,64}$/.test(openid) ? openid : null;
}

export async function handleFunctionCall(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, fail('validation.failed', '请用 POST 调用云函数。'));
    return;
  }
  if (!hasFunction(name)) {
    sendJson(res, 404, fail('function.unknown', `没有名为 ${name} 的云函数。`));
    return;
  }
  let event: unknown;
  try {
    event = await readJson(req);
  } catch (e) {
    sendJson(
      res,
      400,
      fail('validation.failed', e instanceof BadRequest ? e.message : '请求读取失败'),
    );
    return;
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    sendJson(res, 400, fail('validation.failed', '请求内容应为一个 JSON 对象。'));
    return;
  }
  const openid = callerOf(req);
  const exchanged = exchangeCloudIds(event as Record<string, unknown>, openid);
  const result = await invocations.run(() => invokeFunction(name, exchanged, openid));
  sendJson(res, 200, result);
}
