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

it('fires refresh when the countdown runs out', async () => {
  jest.useFakeTimers();
  const comp = simulate.render(id);
  comp.attach(document.createElement('parent-wrapper'));
  const onRefresh = [];
  comp.addEventListener('refresh', () => onRefresh.push(Date.now()));
  comp.setData({
    token: 'UH1.e.x.1790000000.abcdefghijklmnopqrstuvwx',
    code: '00010001',
    expiresAt: new Date(Date.now() + 3_000).toISOString(),
  });
  expect(onRefresh).toHaveLength(0);
  jest.advanceTimersByTime(3_000);
  expect(onRefresh).toHaveLength(1);
  expect(comp.querySelector('.pass-qr__countdown').dom.textContent).toBe(countdownLabel(0));
  // only once per pass
  jest.advanceTimersByTime(5_000);
  expect(onRefresh).toHaveLength(1);
  comp.detach();
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
  now = 1_000;
  fn();
  now = 2_000;
  fn();
  stop();
  expect(ticks).toEqual([3, 2, 1]);
  expect(expired).toBe(1);
});
