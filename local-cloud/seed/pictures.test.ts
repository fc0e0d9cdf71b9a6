// The demo pictures: stored in cloud storage and shown by the features' own list actions (event
// covers, gift photos, club covers); seeding again uploads nothing and never replaces an upload.
import { COLLECTIONS } from '../../database/collections';
import { startTestCloud, type TestCloud } from '../testing';
import { seedClubs } from './clubs';
import { seedEvents } from './events';
import { DEMO_PICTURES, seedPictures } from './pictures';
import { DEMO_BATCH_ID, seedWelfare } from './welfare';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  const now = new Date();
  await seedEvents(t.db, now);
  await seedWelfare(t.db, now);
  await seedClubs(t.db, now);
}, 60_000);
afterAll(() => t.stop());

it('stores a PNG for each demo picture, and the lists show them', async () => {
  await seedPictures(t.db);
  expect(t.cloud.storage.count()).toBe(DEMO_PICTURES.length);
  const ev = (await t.db.collection(COLLECTIONS.events).doc('ev-demo-tcm').get()).data[0] as {
    coverFileId?: string;
  };
  expect(ev.coverFileId).toMatch(/^cloud:\/\/.+\.png$/);

  const detail = await t.data<{ coverUrl?: string }>(
    'events',
    { action: 'events.get', eventId: 'ev-demo-tcm' },
    'dev-100040',
  );
  expect(detail.coverUrl).toBeTruthy();
  const png = await fetch(new URL(detail.coverUrl as string, t.cloud.url));
  expect(png.status).toBe(200);
  expect(
    Buffer.from(await png.arrayBuffer())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  const clubs = await t.data<{ clubs: { clubId: string; coverUrl?: string }[] }>(
    'clubs',
    { action: 'clubs.list' },
    'dev-100040',
  );
  const photo = clubs.clubs.find((c) => c.clubId === 'club-photo');
  expect(photo?.coverUrl).toBeTruthy();

  const batch = (await t.db.collection(COLLECTIONS.welfareBatches).doc(DEMO_BATCH_ID).get())
    .data[0] as { photos: Record<string, { fileId: string; by: string }> };
  expect(Object.keys(batch.photos).sort()).toEqual(['o1', 'o2', 'o3']);
});

it('is idempotent and never replaces a picture someone uploaded', async () => {
  await t.db
    .collection(COLLECTIONS.clubs)
    .doc('club-photo')
    .update({ coverFileId: 'cloud://uploaded-by-a-leader.png', coverBy: '100050' });
  await seedPictures(t.db);
  expect(t.cloud.storage.count()).toBe(DEMO_PICTURES.length);
  const club = (await t.db.collection(COLLECTIONS.clubs).doc('club-photo').get()).data[0] as {
    coverFileId: string;
  };
  expect(club.coverFileId).toBe('cloud://uploaded-by-a-leader.png');
});
