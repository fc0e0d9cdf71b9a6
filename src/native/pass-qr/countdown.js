// Shared by the weapp native pass and its h5 twin: seconds left on a pass, the label under the
// QR, and a ticking countdown that asks for a fresh pass shortly before the current one expires.

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

/**
 * Ticks once a second: onTick(seconds) each time, onExpire() once when the pass has `lead`
 * seconds or fewer left (so the new one arrives before the old one stops working).
 * Returns stop(). Timers and clock are injectable for tests.
 */
function startCountdown(opts) {
  const now = opts.now || Date.now;
  const every = opts.setInterval || setInterval;
  const clear = opts.clearInterval || clearInterval;
  const lead = opts.lead === undefined ? 1 : opts.lead;
  let fired = false;
  const tick = () => {
    const s = secondsLeft(opts.expiresAt, now());
    opts.onTick(s);
    if (!fired && s <= lead) {
      fired = true;
      opts.onExpire();
    }
  };
  tick();
  const handle = every(tick, 1000);
  return () => clear(handle);
}

module.exports = { secondsLeft, countdownLabel, spacedCode, startCountdown };
