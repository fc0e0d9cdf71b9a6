// Signing and checking rotating passes with an HMAC key from function config (PASS_SECRET).
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  PASS_GRACE_WINDOWS,
  PASS_WINDOW_SECONDS,
  expiryFor,
  formatCode,
  formatToken,
  parseCode,
  parseToken,
  passPayload,
  windowOf,
  type PassKind,
} from '../../domain/pass/token';
import type { RotatingPass } from '../../domain/pass/contract';
import { secret } from './config';

/** What a person sees when the pass key is unusable (the log names PASS_SECRET). */
export const PASS_UNAVAILABLE_MESSAGE = '签到码暂时不可用，请联系校工会。';

const mac = (text: string) =>
  createHmac('sha256', secret('PASS_SECRET', PASS_UNAVAILABLE_MESSAGE)).update(text).digest();

function sign(payload: string): string {
  return mac(payload).subarray(0, 18).toString('base64url');
}

function check(kind: PassKind, subject: string, window: number): number {
  return mac(`code.${kind}.${subject}.${window}`).readUInt32BE(0) % 10_000;
}

export interface IssuedPass {
  token: string;
  code: string;
  expiresAt: Date;
}

/** A pass for a subject (sign-up or claim id) valid until the end of the current window. */
export function issuePass(kind: PassKind, subject: string, shortNo: number, now: Date): IssuedPass {
  const seconds = Math.floor(now.getTime() / 1000);
  const exp = expiryFor(seconds);
  const claims = { kind, subject, exp };
  return {
    token: formatToken(claims, sign(passPayload(claims))),
    code: formatCode(shortNo, check(kind, subject, windowOf(seconds))),
    expiresAt: new Date(exp * 1000),
  };
}

/** A pass as its holder receives it (domain/pass/contract.ts): ISO times and the server's clock. */
export function passAnswer(p: IssuedPass, now: Date): RotatingPass {
  return {
    token: p.token,
    code: p.code,
    expiresAt: p.expiresAt.toISOString(),
    serverNow: now.toISOString(),
  };
}

export type TokenVerdict =
  | { ok: true; subject: string }
  | { ok: false; reason: 'malformed' | 'forged' | 'other_kind' | 'expired' };

/** Checks a scanned token: shape, signature, kind, then expiry (with one window of grace). */
export function verifyToken(token: string, kind: PassKind, now: Date): TokenVerdict {
  const parsed = parseToken(token);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(passPayload(parsed.claims)));
  const given = Buffer.from(parsed.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'forged' };
  if (parsed.claims.kind !== kind) return { ok: false, reason: 'other_kind' };
  const seconds = Math.floor(now.getTime() / 1000);
  if (seconds > parsed.claims.exp + PASS_GRACE_WINDOWS * PASS_WINDOW_SECONDS)
    return { ok: false, reason: 'expired' };
  return { ok: true, subject: parsed.claims.subject };
}

/** The short number a typed code names, to look the subject up by. */
export function shortNoOfCode(code: string): number | null {
  return parseCode(code)?.shortNo ?? null;
}

/** Checks a typed code's rotating part against its subject (current or previous window). */
export function verifyCode(code: string, kind: PassKind, subject: string, now: Date): boolean {
  const parsed = parseCode(code);
  if (!parsed) return false;
  const w = windowOf(Math.floor(now.getTime() / 1000));
  for (let back = 0; back <= PASS_GRACE_WINDOWS; back++) {
    if (check(kind, subject, w - back) === parsed.check) return true;
  }
  return false;
}
