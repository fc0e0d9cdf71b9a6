// Shared by the weapp native pass and its h5 twin: seconds left on a pass, the label under the
// QR, and a ticking countdown that asks for a fresh pass just after the current one expires.

/** Whole seconds until `expiresAt` (ISO string or ms), never below 0. */
function secondsLeft(expiresAt, now) {
  const end = typeof expiresAt === 'number' ? expiresAt : Date.parse(expiresAt);
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** "12 秒后自动刷新" — what the pass says under the code. */
function countdownLabel(seconds) {
  return seconds > 0 ? seconds + ' 秒后自动刷新' : '正在刷新…';
}

/** "00427319" → "0042 7319" */
function spacedCode(code) {
  return code ? code.slice(0, -4) + ' ' + code.slice(-4) : '';
}

// Mirrors PASS_REFRESH_LAG_SECONDS and PASS_RETRY_SECONDS in domain/pass/token.ts (this file is
// plain JS for the native component; a test checks the two agree).
var REFRESH_LAG_SECONDS = 1;
var RETRY_SECONDS = 3;

function toMs(t) {
  return typeof t === 'number' ? t : Date.parse(t);
}

/**
 * Ticks once a second: onTick(seconds) each time; onExpire() once the pass is REFRESH_LAG seconds
 * past its expiry (so the server is in the next window and answers a new pass, while the old one
 * is still accepted), then again every RETRY seconds until a newer pass replaces this countdown.
 * Counts on the server's clock when `serverNow` is given (a phone's clock may be off).
 * Returns stop(). Timers and clock are injectable for tests.
 */
function startCountdown(opts) {
  const localNow = opts.now || Date.now;
  const every = opts.setInterval || setInterval;
  const clear = opts.clearInterval || clearInterval;
  const lag = opts.lag === undefined ? REFRESH_LAG_SECONDS : opts.lag;
  const retry = opts.retry === undefined ? RETRY_SECONDS : opts.retry;
  const offset = opts.serverNow ? toMs(opts.serverNow) - localNow() : 0;
  const end = toMs(opts.expiresAt);
  const now = () => localNow() + offset;
  let askedAt = null;
  const tick = () => {
    const t = now();
    opts.onTick(secondsLeft(end, t));
    if (t >= end + lag * 1000 && (askedAt === null || t - askedAt >= retry * 1000 || t < askedAt)) {
      askedAt = t;
      opts.onExpire();
    }
  };
  tick();
  const handle = every(tick, 1000);
  return () => clear(handle);
}

module.exports = {
  secondsLeft,
  countdownLabel,
  spacedCode,
  startCountdown,
  REFRESH_LAG_SECONDS,
  RETRY_SECONDS,
};
