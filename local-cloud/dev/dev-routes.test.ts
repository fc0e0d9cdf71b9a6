// Dev routes answer bad input with a 400 envelope error and good input with data.
import { startTestCloud, type TestCloud } from '../testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

const post = (path: string, body: string) =>
  fetch(`${t.cloud.url}/api/dev${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

it('refuses malformed JSON and a wrong shape, then registers a WeRun history', async () => {
  const bad = await post('/werun', '{not json');
  expect(bad.status).toBe(400);
  await expect(bad.json()).resolves.toMatchObject({
    ok: false,
    error: { code: 'validation.failed' },
  });

  const wrong = await post(
    '/werun',
    JSON.stringify({ openid: 'dev-100010', stepInfoList: [{ step: -1 }] }),
  );
  expect(wrong.status).toBe(400);
  await expect(wrong.json()).resolves.toMatchObject({
    ok: false,
    error: { code: 'validation.failed' },
  });

  const good = await post(
    '/werun',
    JSON.stringify({ openid: 'dev-100010', stepInfoList: [{ timestamp: 1790000000, step: 8000 }] }),
  );
  expect(good.status).toBe(200);
  expect(((await good.json()) as { cloudID: string }).cloudID).toMatch(/^local-/);
});

it('answers an unknown dev route and an unknown function with an envelope error', async () => {
  const r = await fetch(`${t.cloud.url}/api/dev/nope`);
  expect(r.status).toBe(404);
  await expect(r.json()).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  const fn = await fetch(`${t.cloud.url}/api/fn/nope`, { method: 'POST', body: '{}' });
  expect(fn.status).toBe(404);
  await expect(fn.json()).resolves.toMatchObject({
    ok: false,
    error: { code: 'function.unknown' },
  });
  const malformed = await fetch(`${t.cloud.url}/api/fn/account`, { method: 'POST', body: '{oops' });
  expect(malformed.status).toBe(400);
  await expect(malformed.json()).resolves.toMatchObject({
    ok: false,
    error: { code: 'validation.failed' },
  });
});
