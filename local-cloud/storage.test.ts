// Cloud storage on the local cloud through the real node-sdk: upload, temp URLs that expire and
// cannot be forged, delete, and cloud paths that would leave the store.
import { getApp } from '../cloudfunctions/_kit';
import { createStorageEmulator, FILE_ID_PREFIX, safeCloudPath } from './storage';
import { startTestCloud, type TestCloud } from './testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

const BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

it('stores an upload, serves it by a temp URL, and deletes it (SDK calls unchanged)', async () => {
  const before = t.cloud.storage.count();
  const up = await getApp().uploadFile({ cloudPath: 'clubs/c1/100130/a.jpg', fileContent: BYTES });
  expect(up.fileID).toBe(`${FILE_ID_PREFIX}clubs/c1/100130/a.jpg`);
  expect(t.cloud.storage.count()).toBe(before + 1);

  const urls = await getApp().getTempFileURL({
    fileList: [
      { fileID: up.fileID, maxAge: 60 },
      { fileID: `${FILE_ID_PREFIX}nope.jpg`, maxAge: 60 },
    ],
  });
  const [hit, miss] = urls.fileList;
  expect(hit).toMatchObject({ fileID: up.fileID, code: 'SUCCESS' });
  expect(miss).toMatchObject({ code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' });
  const got = await fetch(`${t.cloud.url}${hit.tempFileURL}`);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('image/jpeg');
  expect(Buffer.from(await got.arrayBuffer())).toEqual(BYTES);

  // a forged signature, another file under a real signature, or no signature: refused
  const forged = hit.tempFileURL.replace(/sign=[0-9a-f]/, (m) =>
    m.endsWith('0') ? `${m.slice(0, -1)}1` : `${m.slice(0, -1)}0`,
  );
  expect((await fetch(`${t.cloud.url}${forged}`)).status).toBe(403);
  const other = hit.tempFileURL.replace('a.jpg', 'b.jpg');
  expect((await fetch(`${t.cloud.url}${other}`)).status).toBe(403);
  expect((await fetch(`${t.cloud.url}${hit.tempFileURL.split('?')[0]}`)).status).toBe(403);

  const del = await getApp().deleteFile({ fileList: [up.fileID, `${FILE_ID_PREFIX}nope.jpg`] });
  expect(del.fileList).toEqual([
    { fileID: up.fileID, code: 'SUCCESS' },
    { fileID: `${FILE_ID_PREFIX}nope.jpg`, code: 'STORAGE_FILE_NONEXIST' },
  ]);
  expect(t.cloud.storage.count()).toBe(before);
  expect((await fetch(`${t.cloud.url}${hit.tempFileURL}`)).status).toBe(404);
});

it('lets temp URLs and upload slots expire', async () => {
  let clock = Date.parse('2026-05-01T00:00:00Z');
  const store = createStorageEmulator(mkdtempSync(path.join(tmpdir(), 'storage-')), () => clock);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    void store.handleHttp(req, res, url.pathname, url);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const slot = (p: string) =>
      (
        store.handleAction({ action: 'storage.getUploadMetadata', path: p }, 'r', base) as {
          data: { url: string; authorization: string };
        }
      ).data;
    const put = (s: { url: string; authorization: string }) =>
      fetch(s.url, { method: 'PUT', body: BYTES, headers: { authorization: s.authorization } });
    const urlOf = (p: string) =>
      (
        store.handleAction(
          {
            action: 'storage.batchGetDownloadUrl',
            file_list: [{ fileid: `${FILE_ID_PREFIX}${p}`, max_age: 60 }],
          },
          'r',
          base,
        ) as { data: { download_list: { tempFileURL: string }[] } }
      ).data.download_list[0].tempFileURL;

    // an upload slot is single-use and needs its authorization
    const a = slot('x/a.png');
    expect((await put({ ...a, authorization: 'wrong' })).status).toBe(403);
    const b = slot('x/b.png');
    expect((await put(b)).status).toBe(200);
    expect((await put(b)).status).toBe(403);
    // and lasts ten minutes
    const c = slot('x/c.png');
    clock += 11 * 60_000;
    expect((await put(c)).status).toBe(403);
    expect(store.count()).toBe(1);

    const temp = urlOf('x/b.png');
    expect((await fetch(`${base}${temp}`)).status).toBe(200);
    clock += 61_000;
    expect((await fetch(`${base}${temp}`)).status).toBe(403);
    expect((await fetch(`${base}${urlOf('x/b.png')}`)).status).toBe(200);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});

it('keeps cloud paths inside the store', () => {
  expect(safeCloudPath('clubs/c1/100130/a.jpg')).toBe('clubs/c1/100130/a.jpg');
  expect(safeCloudPath('/clubs/a.jpg')).toBe('clubs/a.jpg');
  for (const bad of ['../x', 'a/../../b', 'a//b', 'a/./b', '', 'a/b c', 'a\\b', '%2e%2e/x'])
    expect([bad, safeCloudPath(bad)]).toEqual([bad, null]);
});
