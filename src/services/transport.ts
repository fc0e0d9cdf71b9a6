// Sends a function call from the h5 build (and tests) to the local cloud's gateway,
// POST /api/fn/<name>, as the dev identity. The weapp build uses transport.weapp.ts instead
// (Taro picks `*.weapp.ts` over `*.ts` for weapp builds).
import { getBaseUrl } from './base-url';
import { CloudError, NETWORK_MESSAGE, SERVICE_MESSAGE } from './cloud-error';
import { getDevOpenid } from './dev-identity';
import { isEnvelope } from './envelope';

const TIMEOUT_MS = 20_000;

/** The function's raw answer (an envelope), or a CloudError when it never arrived intact. */
export async function invoke(name: string, event: Record<string, unknown>): Promise<unknown> {
  const controller = typeof AbortController === 'undefined' ? null : new AbortController();
  const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
  let text: string;
  try {
    const res = await fetch(`${getBaseUrl()}/api/fn/${encodeURIComponent(name)}`, {
      method: 'POST',
      // the dev identity exists only in the dev-tools build (the local cloud's sign-in)
      headers:
        process.env.TARO_APP_DEV_TOOLS === '1'
          ? { 'content-type': 'application/json', 'X-Dev-Openid': getDevOpenid() }
          : { 'content-type': 'application/json' },
      body: JSON.stringify(event),
      signal: controller?.signal,
    });
    text = await res.text();
  } catch {
    throw new CloudError('network', NETWORK_MESSAGE);
  } finally {
    if (timer) clearTimeout(timer);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  // an envelope is the function's (or the gateway's) own answer, whatever the HTTP status: the
  // gateway refuses an unknown function or a bad body with an error envelope and a 4xx
  if (isEnvelope(body)) return body;
  // a proxy's error page, an empty 502, a half-written body
  throw new CloudError('internal', SERVICE_MESSAGE);
}
