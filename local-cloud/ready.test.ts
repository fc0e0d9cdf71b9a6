// Ready means ready: until the plan is provisioned and the demo seeded, the app and the functions
// answer 503 (the database already serves the seeding); afterwards the app answers 200.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from './server';

it('answers 503 to GET / while seeding, then 200 with the demo union in place', async () => {
  process.env.UNION_HUB_LOG ??= 'silent';
  const h5Dir = mkdtempSync(path.join(os.tmpdir(), 'h5-'));
  writeFileSync(path.join(h5Dir, 'index.html'), '<div id="app"></div>');
  const early: number[] = [];
  let polling: Promise<void> = Promise.resolve();
  const started: Promise<LocalCloud> = startLocalCloud({
    port: 0,
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'ready-')),
    h5Dir,
    timers: false,
    onListening(url) {
      polling = (async () => {
        for (let i = 0; i < 3; i++) {
          early.push((await fetch(`${url}/`)).status);
          const fn = await fetch(`${url}/api/fn/account`, { method: 'POST', body: '{}' });
          early.push(fn.status);
        }
      })();
    },
  });
  const cloud = await started;
  await polling;
  try {
    expect(early.length).toBeGreaterThan(0);
    // every early answer was 503 or came after ready (200); never a page over a half-seeded union
    const res = await fetch(`${cloud.url}/`);
    expect(res.status).toBe(200);
    expect(early.every((s) => s === 503 || s === 200)).toBe(true);
    expect(early[0]).toBe(503);
    const staff = await fetch(`${cloud.url}/api/fn/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': 'dev-admin' },
      body: JSON.stringify({ action: 'account.me' }),
    });
    expect((await staff.json()) as { ok: boolean }).toMatchObject({ ok: true });
  } finally {
    await cloud.close();
  }
}, 60_000);
