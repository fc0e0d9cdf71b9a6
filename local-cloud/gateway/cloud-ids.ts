// The platform's cloudID exchange: open data (WeRun) registered for an openid is swapped in for
// a top-level `{ cloudID }` field of the event before the function runs, exactly as WeChat does.
import { randomBytes } from 'node:crypto';

const CLOUD_ID_TTL_MS = 5 * 60 * 1000;
const MAX_PER_CALL = 5;

interface Entry {
  openid: string;
  data: unknown;
  expiresAt: number;
}

const entries = new Map<string, Entry>();

export function registerCloudId(openid: string, data: unknown, now = Date.now()): string {
  for (const [id, e] of entries) if (e.expiresAt < now) entries.delete(id);
  const cloudID = 'local-' + randomBytes(12).toString('hex');
  entries.set(cloudID, { openid, data, expiresAt: now + CLOUD_ID_TTL_MS });
  return cloudID;
}

/**
 * Any top-level object carrying a `cloudID` key is the platform's to fill, whatever else it holds:
 * a `data` the app put there itself is overwritten, never passed on (WeChat does the same).
 */
function isCloudIdRef(v: unknown): v is { cloudID: unknown } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.prototype.hasOwnProperty.call(v, 'cloudID')
  );
}

/**
 * Replaces top-level `{ cloudID }` fields with `{ cloudID, data }` or the expired error. Only what
 * was registered for this caller's openid comes through, and whatever else a field held is dropped;
 * an unknown or expired id, or one beyond the 5 a call may carry, becomes an error.
 */
export function exchangeCloudIds(
  event: Record<string, unknown>,
  openid: string | null,
  now = Date.now(),
): Record<string, unknown> {
  let used = 0;
  const out: Record<string, unknown> = { ...event };
  for (const [key, value] of Object.entries(event)) {
    if (!isCloudIdRef(value)) continue;
    const cloudID = typeof value.cloudID === 'string' ? value.cloudID : '';
    used++;
    if (used > MAX_PER_CALL) {
      out[key] = { cloudID, errCode: -601007, errMsg: 'too many cloudIDs in one call.' };
      continue;
    }
    const entry = cloudID ? entries.get(cloudID) : undefined;
    if (entry && entry.openid === openid && entry.expiresAt >= now) {
      out[key] = { cloudID, data: entry.data };
    } else {
      out[key] = { cloudID, errCode: -601006, errMsg: 'cloudID expired.' };
    }
  }
  return out;
}
