// The instant a call runs at. Production: the machine's clock. The local cloud may shift it (for
// tests of cool-downs and expiry) through the invocation context it builds — never from the event.
export const LOCAL_ENV_ID = 'local-union-hub';
export const CLOCK_OFFSET_KEY = 'UNION_HUB_CLOCK_OFFSET_MS';

/** now, shifted by the local cloud's test clock when (and only when) running on the local cloud */
export function clockOf(context: unknown): Date {
  const now = Date.now();
  // the context's environment is built by the platform (as WX_OPENID is); a deployed function's
  // environment id is never the local one, so this branch cannot be reached in production
  if (process.env.TCB_ENV !== LOCAL_ENV_ID || !context || typeof context !== 'object') {
    return new Date(now);
  }
  const raw = (context as { environment?: unknown }).environment;
  if (typeof raw !== 'string' || !raw.includes(CLOCK_OFFSET_KEY)) return new Date(now);
  try {
    const offset = Number((JSON.parse(raw) as Record<string, unknown>)[CLOCK_OFFSET_KEY]);
    return new Date(Number.isFinite(offset) ? now + offset : now);
  } catch {
    return new Date(now);
  }
}
