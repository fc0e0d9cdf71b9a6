// Types for countdown.js (plain JS so the weapp native component can require it too).
export function secondsLeft(expiresAt: string | number, now: number): number;
export function countdownLabel(seconds: number): string;
export function spacedCode(code: string): string;
export function startCountdown(opts: {
  expiresAt: string | number;
  onTick: (seconds: number) => void;
  onExpire: () => void;
  lead?: number;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}): () => void;
