// POST /api/fn/<name>: the function gateway the h5 build calls. The caller is named by the
// X-Dev-Openid header (set by the dev sign-in) — unauthenticated, so local use only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '../../domain/errors';
import { BadRequest, readJson, sendJson } from '../http/body';
import { exchangeCloudIds } from './cloud-ids';
import { hasFunction, invokeFunction } from './functions';
import { InvocationFailed, type FunctionInstances } from './instances';

export const DEV_OPENID_HEADER = 'x-dev-openid';

export const FUNCTION_FAILED_MESSAGE = '服务暂时没有响应，请稍后再试；如果一直这样，请联系校工会。';

export function callerOf(req: IncomingMessage): string | null {
  const raw = req.headers[DEV_OPENID_HEADER];
  const openid = Array.isArray(raw) ? raw[0] : raw;
  return openid && /^[A-Za-z0-9_-]{1,64}$/.test(openid) ? openid : null;
}

export async function handleFunctionCall(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  instances: FunctionInstances,
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, fail('validation.failed', '请用 POST 调用云函数。'));
    return;
  }
  if (!hasFunction(name, instances.dir)) {
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
  let result: unknown;
  try {
    result = await invokeFunction(name, exchanged, openid, instances);
  } catch (e) {
    if (!(e instanceof InvocationFailed)) throw e;
    // opaque to the caller, as the platform's "function execute fail"; the detail stays here
    if (process.env.UNION_HUB_LOG !== 'silent')
      console.error(`[local-cloud] ${name} failed: ${e.detail}`);
    sendJson(res, 502, fail('internal', FUNCTION_FAILED_MESSAGE));
    return;
  }
  sendJson(res, 200, result);
}
