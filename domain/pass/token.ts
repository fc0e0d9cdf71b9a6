// The shape of a rotating pass (event sign-up, gift pickup): what its QR token and typed code
// carry, and the 30-second windows it rotates in. Signing and checking live in the functions.

export const PASS_WINDOW_SECONDS = 30;
/** A pass is accepted for its own window and the one before (a scan at the boundary). */
export const PASS_GRACE_WINDOWS = 1;

/** e: event sign-up, w: welfare claim, t: recuperation trip (departure check-in) */
export type PassKind = 'e' | 'w' | 't';

export interface PassClaims {
  kind: PassKind;
  /** the sign-up or claim id the pass stands for */
  subject: string;
  /** unix seconds after which the pass is expired */
  exp: number;
}

export function windowOf(unixSeconds: number): number {
  return Math.floor(unixSeconds / PASS_WINDOW_SECONDS);
}

/** The expiry of a pass issued now: the end of the current window. */
export function expiryFor(unixSeconds: number): number {
  return (windowOf(unixSeconds) + 1) * PASS_WINDOW_SECONDS;
}

/**
 * How long after a pass's expiry the holder asks for the next one. Asking *before* the window
 * ends (as the pass once did, 1 s early) lands in the same window and gets the same pass back, so
 * the countdown never restarts; asking just after it lands in the next window, while the old pass
 * is still accepted (PASS_GRACE_WINDOWS), so the door never sees a dead code.
 */
export const PASS_REFRESH_LAG_SECONDS = 1;
/** While no newer pass has come (network, clock skew), ask again this often. */
export const PASS_RETRY_SECONDS = 3;

/** Unix seconds at which the holder of a pass expiring at `exp` asks for the next one. */
export function refreshAt(exp: number): number {
  return exp + PASS_REFRESH_LAG_SECONDS;
}

const PREFIX = 'UH1';

/** The signed text inside the token: everything the signature covers. */
export function passPayload(c: PassClaims): string {
  return `${PREFIX}.${c.kind}.${encodeURIComponent(c.subject)}.${c.exp}`;
}

export function formatToken(c: PassClaims, signature: string): string {
  return `${passPayload(c)}.${signature}`;
}

export type ParsedToken = { claims: PassClaims; signature: string } | null;

export function parseToken(token: string): ParsedToken {
  const parts = token.trim().split('.');
  if (parts.length !== 5 || parts[0] !== PREFIX) return null;
  const [, kind, subject, exp, signature] = parts;
  if (kind !== 'e' && kind !== 'w' && kind !== 't') return null;
  if (!/^\d{9,12}$/.test(exp) || !/^[A-Za-z0-9_-]{16,64}$/.test(signature)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(subject);
  } catch {
    return null;
  }
  if (!decoded) return null;
  return { claims: { kind, subject: decoded, exp: Number(exp) }, signature };
}

/**
 * The short code for typing: the pass's short number (unique within its event or batch) and a
 * 4-digit check that rotates with the window — "0042-7319" reads well over the counter.
 */
export function formatCode(shortNo: number, check: number): string {
  return `${String(shortNo).padStart(4, '0')}${String(check).padStart(4, '0')}`;
}

export function parseCode(code: string): { shortNo: number; check: number } | null {
  const digits = code.replace(/[\s-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return null;
  return { shortNo: Number(digits.slice(0, -4)), check: Number(digits.slice(-4)) };
}

/** "00427319" → "0042 7319" for display. */
export function displayCode(code: string): string {
  return `${code.slice(0, -4)} ${code.slice(-4)}`;
}
