// POST /admin: the CloudBase API endpoint the SDK talks to. Database actions go to the emulator;
// functions.invokeFunction to the gateway; other platform actions to registered extensions.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { CloudEmulator } from './emulator';
import { dbLatency, type Latency } from './emulator/http';
import type { StorageEmulator } from './storage';
import { invokeFunction, hasFunction } from './gateway/functions';
import { InvocationFailed } from './gateway/instances';
import { readBody, sendJson } from './http/body';

export type PlatformAction = (body: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** Platform actions besides the database's, e.g. "wx.api" (added by features such as notify). */
export const platformActions = new Map<string, PlatformAction>();

platformActions.set('functions.invokeFunction', async (body) => {
  const name = String(body.function_name ?? '');
  if (!hasFunction(name)) {
    return {
      code: 'FUNCTIONS_NOT_FOUND',
      message: `function ${name} not found`,
      requestId: randomUUID(),
    };
  }
  let event: unknown = {};
  try {
    event = body.request_data ? JSON.parse(String(body.request_data)) : {};
  } catch {
    return { code: 'INVALID_PARAM', message: 'request_data is not JSON', requestId: randomUUID() };
  }
  // a function calling a function runs with no end-user identity, as on CloudBase from the server SDK
  let response: unknown;
  try {
    response = await invokeFunction(name, event, null);
  } catch (e) {
    if (!(e instanceof InvocationFailed)) throw e;
    return { code: 'FUNCTIONS_EXECUTE_FAIL', message: e.message, requestId: randomUUID() };
  }
  return { requestId: randomUUID(), data: { response_data: JSON.stringify(response) } };
});

export function createAdminRoute(
  emulator: CloudEmulator,
  storage: StorageEmulator,
  latency: () => Latency | null = () => null,
) {
  return async function adminRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Record<string, unknown>;
    try {
      const parsed = JSON.parse((await readBody(req)).toString('utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      body = parsed as Record<string, unknown>;
    } catch {
      sendJson(res, 200, {
        code: 'INVALID_PARAM',
        message: 'request body is not a JSON object',
        requestId: randomUUID(),
      });
      return;
    }
    const action = String(body.action ?? '');
    const platform = platformActions.get(action);
    if (!platform) await dbLatency(latency());
    // the SDK PUTs uploads to the origin it reached /admin at
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const answer = platform
      ? await platform(body)
      : (storage.handleAction(body, randomUUID(), base) ?? (await emulator.handle(body)));
    sendJson(res, 200, answer);
  };
}
