// The native pass with miniprogram-simulate: render → attach → set a token → the QR is computed,
// the code and countdown show; when the countdown runs out the component asks for a refresh.
const path = require('path');
const simulate = require('miniprogram-simulate');
const { qrMatrix, drawMatrix } = require('../qr-matrix');
const { secondsLeft, countdownLabel, startCountdown } = require('../countdown');

const id = simulate.load(path.resolve(__dirname, '..', 'index'));

afterEach(() => jest.useRealTimers());

it('renders the code and countdown for a token, and computes its QR', async () => {
  const comp = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  comp.attach(parent);
  const expiresAt = new Date(Date.now() + 20_000).toISOString();
  comp.setData({
    token: 'UH1.e.ev-1%3A100070.1790000000.abcdefghijklmnopqrstuvwx',
    code: '00427319',
    expiresAt,
  });
  await simulate.sleep(0);
  expect(comp.querySelector('.pass-qr__code').dom.textContent).toBe('0042 7319');
  expect(comp.querySelector('.pass-qr__countdown').dom.textContent).toMatch(
    /^(19|20) 秒后自动刷新$/,
  );
  expect(comp.data.modules).toBeGreaterThanOrEqual(21);
  expect(comp.querySelector('.pass-qr__canvas')).toBeTruthy();
  comp.detach();
});

it('fires refresh just after the pass expires, and again until a new pass comes', async () => {
  jest.useFakeTimers();
  const comp = simulate.render(id);
  comp.attach(document.createElement('parent-wrapper'));
  const onRefresh = [];
  comp.addEventListener('refresh', () => onRefresh.push(Date.now()));
  const issue = (expiresIn) =>
    comp.setData({
      token: 'UH1.e.x.1790000000.abcdefghijklmnopqrstuvwx',
      code: '00010001',
      expiresAt: new Date(Date.now() + expiresIn).toISOString(),
      serverNow: new Date().toISOString(),
    });
  issue(3_000);
  jest.advanceTimersByTime(3_000);
  // at expiry the server may still be in the same window: wait for the next one
  expect(onRefresh).toHaveLength(0);
  expect(comp.querySelector('.pass-qr__countdown').dom.textContent).toBe(countdownLabel(0));
  jest.advanceTimersByTime(1_000);
  expect(onRefresh).toHaveLength(1);
  // no new pass came (network): it asks again, not forever silent
  jest.advanceTimersByTime(3_000);
  expect(onRefresh).toHaveLength(2);
  // a new pass restarts the countdown
  issue(30_000);
  expect(comp.querySelector('.pass-qr__countdown').dom.textContent).toBe(countdownLabel(30));
  jest.advanceTimersByTime(29_000);
  expect(onRefresh).toHaveLength(2);
  comp.detach();
});

it('counts on the server clock when the phone clock is off', () => {
  let now = 100_000; // the phone is 65 s ahead of the server
  let fn;
  const ticks = [];
  let asked = 0;
  startCountdown({
    expiresAt: 100_000 - 65_000 + 20_000,
    serverNow: 100_000 - 65_000,
    now: () => now,
    setInterval: (f) => ((fn = f), 1),
    clearInterval: () => {},
    onTick: (s) => ticks.push(s),
    onExpire: () => asked++,
  });
  expect(ticks).toEqual([20]);
  expect(asked).toBe(0);
  now += 21_000;
  fn();
  expect(asked).toBe(1);
});

it('agrees with the rotation rule in domain/pass/token.ts', () => {
  const token = require('../../../../domain/pass/token');
  const c = require('../countdown');
  expect(c.REFRESH_LAG_SECONDS).toBe(token.PASS_REFRESH_LAG_SECONDS);
  expect(c.RETRY_SECONDS).toBe(token.PASS_RETRY_SECONDS);
});

it('draws dark modules on a 2D context with a quiet zone', () => {
  const m = qrMatrix('UH1.e.test.1790000000.signature');
  const rects = [];
  const ctx = { fillStyle: '', fillRect: (x, y, w, h) => rects.push([x, y, w, h]) };
  const dark = drawMatrix(ctx, m, 290);
  expect(dark).toBe(m.rows.flat().filter(Boolean).length);
  expect(rects[0]).toEqual([0, 0, 290, 290]);
  // the first dark module (the finder pattern's corner) sits past the 4-module quiet zone
  expect(rects[1][0]).toBeGreaterThan(0);
});

it('counts whole seconds down to zero', () => {
  expect(secondsLeft(10_500, 0)).toBe(11);
  expect(secondsLeft('1970-01-01T00:00:01.000Z', 5_000)).toBe(0);
  let now = 0;
  const ticks = [];
  let expired = 0;
  let fn;
  const stop = startCountdown({
    expiresAt: 3_000,
    now: () => now,
    setInterval: (f) => ((fn = f), 1),
    clearInterval: () => {},
    onTick: (s) => ticks.push(s),
    onExpire: () => expired++,
  });
  for (now = 1_000; now <= 4_000; now += 1_000) fn();
  stop();
  expect(ticks).toEqual([3, 2, 1, 0, 0]);
  expect(expired).toBe(1);
});
