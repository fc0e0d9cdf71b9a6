// Types for countdown.js (plain JS so the weapp native component can require it too).
export function secondsLeft(expiresAt: string | number, now: number): number;
export function countdownLabel(seconds: number): string;
export function spacedCode(code: string): string;
export function startCountdown(opts: {
  expiresAt: string | number;
  onTick: (seconds: number) => void;
  onExpire: () => void;
  /** the server's clock when the pass was issued (ISO or ms): the countdown runs on it */
  serverNow?: string | number;
  /** seconds after expiry to ask for the next pass, and between asks until it comes */
  lag?: number;
  retry?: number;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}): () => void;
export const REFRESH_LAG_SECONDS: number;
export const RETRY_SECONDS: number;
