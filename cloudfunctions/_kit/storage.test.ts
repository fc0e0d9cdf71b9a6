// Pictures through the kit's storage, the real SDK and the local cloud: event covers, gift photos
// and club covers — a real PNG in, a URL out that serves the same bytes; a text file called .jpg
// and a too-big picture refused before anything is stored; each kind of caller; old files deleted.
import { COLLECTIONS } from '../../database/collections';
import { MAX_IMAGE_BYTES } from '../../domain/storage/image';
import { tinyPng } from '../../local-cloud/seed/tiny-png';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { deleteFiles, putFile, tempUrls } from './storage';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
}, 60_000);
afterAll(() => t.stop());

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const ADMIN = 'dev-admin';
const ORGANIZER = 'dev-organizer';
const STAFF = 'dev-100060';
const UNBOUND = 'dev-100295';
const SCOPED_ORGANIZER = 'dev-100061';
const PNG = tinyPng(32, 18, [30, 110, 200]);
const b64 = (b: Buffer) => b.toString('base64');
const served = async (url: string) =>
  Buffer.from(await (await fetch(`${t.cloud.url}${url}`)).arrayBuffer());
const files = () => t.cloud.storage.count();

async function newEvent(as = ORGANIZER): Promise<string> {
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '封面测试活动',
      type: '健康',
      location: '报告厅',
      startAt: iso(48 * HOUR),
      endAt: iso(50 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(24 * HOUR),
      capacity: 10,
      allocation: 'first_come',
    },
    as,
  );
  return eventId;
}

describe('events.setCover', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await newEvent();
    const other = await newEvent(ADMIN);
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('100061')
      .update({ roles: [{ role: 'organizer', eventId: other }] });
  });

  it('stores a real PNG from the organizer; list and detail show a URL serving its bytes', async () => {
    const before = await files();
    const out = await t.data<{ coverUrl: string }>(
      'events',
      { action: 'events.setCover', eventId, imageBase64: b64(PNG) },
      ORGANIZER,
    );
    expect(await files()).toBe(before + 1);
    expect(await served(out.coverUrl)).toEqual(PNG);
    const { items } = await t.data<{ items: { eventId: string; coverUrl?: string }[] }>(
      'events',
      { action: 'events.list' },
      STAFF,
    );
    const card = items.find((i) => i.eventId === eventId);
    expect(card?.coverUrl).toBeTruthy();
    expect(await served(card?.coverUrl ?? '')).toEqual(PNG);
    const detail = await t.data<{ coverUrl?: string }>(
      'events',
      { action: 'events.get', eventId },
      STAFF,
    );
    expect(await served(detail.coverUrl ?? '')).toEqual(PNG);
    const doc = (await t.db.collection(COLLECTIONS.events).doc(eventId).get()).data[0] as {
      coverBy: string;
    };
    expect(doc.coverBy).toBe('100002');
  });

  it('covers cost the list no database request (the URLs come from storage)', async () => {
    t.resetRequests();
    await t.data('events', { action: 'events.list' }, STAFF);
    const withCover = t.requests();
    await t.data('events', { action: 'events.setCover', eventId, imageBase64: null }, ORGANIZER);
    t.resetRequests();
    await t.data('events', { action: 'events.list' }, STAFF);
    expect(t.requests()).toBe(withCover);
  });

  it('replacing deletes the old file; removing deletes it and the card has no cover', async () => {
    const before = await files();
    await t.data('events', { action: 'events.setCover', eventId, imageBase64: b64(PNG) }, ADMIN);
    const other = tinyPng(20, 20, [200, 60, 40]);
    const out = await t.data<{ coverUrl: string }>(
      'events',
      { action: 'events.setCover', eventId, imageBase64: b64(other) },
      ORGANIZER,
    );
    expect(await files()).toBe(before + 1);
    expect(await served(out.coverUrl)).toEqual(other);
    await expect(
      t.data('events', { action: 'events.setCover', eventId, imageBase64: null }, ORGANIZER),
    ).resolves.toEqual({ coverUrl: null });
    expect(await files()).toBe(before);
    const detail = await t.data<{ coverUrl?: string }>(
      'events',
      { action: 'events.get', eventId },
      STAFF,
    );
    expect(detail.coverUrl).toBeUndefined();
  });

  it('refuses a text file called .jpg and a too-big picture, storing nothing', async () => {
    const before = await files();
    const text = await t.call(
      'events',
      {
        action: 'events.setCover',
        eventId,
        imageBase64: b64(Buffer.from('这不是图片，只是改了名字的 .jpg')),
      },
      ORGANIZER,
    );
    expect(text).toMatchObject({
      ok: false,
      error: { code: 'storage.image_type', message: expect.stringContaining('活动封面') },
    });
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    PNG.copy(big);
    const tooBig = await t.call(
      'events',
      { action: 'events.setCover', eventId, imageBase64: b64(big) },
      ORGANIZER,
    );
    expect(tooBig).toMatchObject({
      ok: false,
      error: { code: 'storage.image_size', message: expect.stringContaining('活动封面超过 2 MB') },
    });
    const way = await t.call(
      'events',
      { action: 'events.setCover', eventId, imageBase64: 'A'.repeat(4 * MAX_IMAGE_BYTES) },
      ORGANIZER,
    );
    expect(way).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    expect(await files()).toBe(before);
  });

  it('refuses plain staff, unbound people and an organizer of another event', async () => {
    const before = await files();
    for (const who of [STAFF, SCOPED_ORGANIZER, UNBOUND]) {
      const r = await t.call(
        'events',
        { action: 'events.setCover', eventId, imageBase64: b64(PNG) },
        who,
      );
      expect(r).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/^auth\.(forbidden|unbound)$/) },
      });
    }
    expect(await files()).toBe(before);
  });
});

describe('welfare.setOptionPhoto', () => {
  let batchId: string;
  beforeAll(async () => {
    ({ batchId } = await t.data<{ batchId: string }>(
      'welfare',
      {
        action: 'welfare.createBatch',
        name: '冬季慰问品',
        claimOpenAt: iso(-HOUR),
        claimCloseAt: iso(24 * HOUR),
        options: [
          { name: '东北大米', stock: 100 },
          { name: '食用油', stock: 100 },
        ],
      },
      ADMIN,
    ));
  });

  it('an admin puts a photo on one gift; the 福利 tab shows it on that gift only', async () => {
    const out = await t.data<{ imageUrl: string }>(
      'welfare',
      { action: 'welfare.setOptionPhoto', batchId, optionId: 'o2', imageBase64: b64(PNG) },
      ADMIN,
    );
    expect(await served(out.imageUrl)).toEqual(PNG);
    const { batches } = await t.data<{
      batches: { batchId: string; options: { optionId: string; imageUrl: string | null }[] }[];
    }>('welfare', { action: 'welfare.current' }, STAFF);
    const opts = batches.find((b) => b.batchId === batchId)?.options ?? [];
    expect(opts.find((o) => o.optionId === 'o1')?.imageUrl).toBeNull();
    expect(await served(opts.find((o) => o.optionId === 'o2')?.imageUrl ?? '')).toEqual(PNG);
  });

  it('refuses staff and unknown gifts; removing deletes the file', async () => {
    const r = await t.call(
      'welfare',
      { action: 'welfare.setOptionPhoto', batchId, optionId: 'o1', imageBase64: b64(PNG) },
      STAFF,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const none = await t.call(
      'welfare',
      { action: 'welfare.setOptionPhoto', batchId, optionId: 'o9', imageBase64: b64(PNG) },
      ADMIN,
    );
    expect(none).toMatchObject({ ok: false, error: { code: 'welfare.no_option' } });
    const before = await files();
    await expect(
      t.data(
        'welfare',
        { action: 'welfare.setOptionPhoto', batchId, optionId: 'o2', imageBase64: null },
        ADMIN,
      ),
    ).resolves.toEqual({ imageUrl: null });
    expect(await files()).toBe(before - 1);
  });
});

describe('clubs.setCover', () => {
  let clubId: string;
  let otherClub: string;
  beforeAll(async () => {
    ({ clubId } = await t.data<{ clubId: string }>(
      'clubs',
      { action: 'clubs.create', name: '摄影协会', leaders: ['100070'] },
      ADMIN,
    ));
    ({ clubId: otherClub } = await t.data<{ clubId: string }>(
      'clubs',
      { action: 'clubs.create', name: '书法协会', leaders: ['100071'] },
      ADMIN,
    ));
  });

  it("the club's leader sets a cover; the list and the club page show it", async () => {
    const out = await t.data<{ coverUrl: string }>(
      'clubs',
      { action: 'clubs.setCover', clubId, imageBase64: b64(PNG) },
      'dev-100070',
    );
    expect(await served(out.coverUrl)).toEqual(PNG);
    const { clubs } = await t.data<{ clubs: { clubId: string; coverUrl?: string }[] }>(
      'clubs',
      { action: 'clubs.list' },
      STAFF,
    );
    expect(await served(clubs.find((c) => c.clubId === clubId)?.coverUrl ?? '')).toEqual(PNG);
    expect(clubs.find((c) => c.clubId === otherClub)?.coverUrl).toBeUndefined();
    const page = await t.data<{ club: { coverUrl?: string } }>(
      'clubs',
      { action: 'clubs.get', clubId },
      STAFF,
    );
    expect(await served(page.club.coverUrl ?? '')).toEqual(PNG);
  });

  it("refuses staff and another club's leader; an admin may; a fake picture is refused", async () => {
    for (const who of [STAFF, 'dev-100071']) {
      const r = await t.call(
        'clubs',
        { action: 'clubs.setCover', clubId, imageBase64: b64(PNG) },
        who,
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    }
    const fake = await t.call(
      'clubs',
      { action: 'clubs.setCover', clubId, imageBase64: b64(Buffer.from('GIF89a not allowed')) },
      ADMIN,
    );
    expect(fake).toMatchObject({
      ok: false,
      error: { code: 'storage.image_type', message: expect.stringContaining('社团封面') },
    });
    await expect(
      t.data('clubs', { action: 'clubs.setCover', clubId, imageBase64: null }, ADMIN),
    ).resolves.toEqual({ coverUrl: null });
  });
});

describe('putFile (pictures or PDFs, by their bytes)', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF');

  it('stores a PDF under its folder; a short-lived URL serves its bytes; deleting removes it', async () => {
    const before = await files();
    const { fileId, type } = await putFile(PDF, 'care/k1', ['image/jpeg', 'application/pdf']);
    expect(type).toBe('application/pdf');
    expect(fileId).toMatch(/\/care\/k1\/[0-9a-f-]{36}\.pdf$/);
    expect(await files()).toBe(before + 1);
    const url = (await tempUrls([fileId], { maxAgeS: 600 })).get(fileId) ?? '';
    const expires = Number(/[?&]t=(\d+)/.exec(url)?.[1]);
    expect(expires - Date.now() / 1000).toBeLessThanOrEqual(601);
    expect(expires - Date.now() / 1000).toBeGreaterThan(590);
    const got = await fetch(`${t.cloud.url}${url}`);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PDF);
    await deleteFiles([fileId]);
    expect(await files()).toBe(before);
    expect((await tempUrls([fileId])).size).toBe(0);
  });

  it('refuses what the bytes are not — a page mentioning %PDF, a picture where only PDF is allowed', async () => {
    const before = await files();
    const html = Buffer.from('<html>%PDF-1.4</html>');
    await expect(putFile(html, 'care/k2', ['application/pdf'], '材料')).rejects.toMatchObject({
      code: 'storage.file_type',
      message: '材料只能是 PDF 文件，请换一个。',
    });
    await expect(putFile(PNG, 'care/k2', ['application/pdf'])).rejects.toMatchObject({
      code: 'storage.file_type',
    });
    await expect(putFile(Buffer.alloc(0), 'care/k2', ['image/png'])).rejects.toMatchObject({
      code: 'storage.file_type',
    });
    expect(await files()).toBe(before);
    const png = await putFile(PNG, 'care/k2', ['image/png', 'application/pdf']);
    expect(png.type).toBe('image/png');
    expect(png.fileId).toMatch(/\.png$/);
  });
});
