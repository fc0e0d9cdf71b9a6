// Demo pictures: a few event covers, gift photos and club covers, made in code (tiny-png.ts) and
// stored through the same cloud storage the functions use, so the demo's lists show pictures.
// Idempotent: fixed cloud paths, and a picture is set only where none is (never over an upload).
import { COLLECTIONS } from '../../database/collections';
import { getApp, type Db } from '../../cloudfunctions/_kit';
import { DEMO_BATCH_ID } from './welfare';
import { tinyPng } from './tiny-png';

type Rgb = [number, number, number];

export const DEMO_PICTURES: {
  collection: string;
  _id: string;
  /** the field that holds the file id ("photos.o1.fileId" for a gift) */
  field: string;
  set: (fileId: string) => Record<string, unknown>;
  rgb: Rgb;
}[] = [
  ...(
    [
      ['ev-demo-tcm', [46, 125, 80]],
      ['ev-demo-tea', [140, 90, 50]],
      ['ev-demo-women-day', [200, 70, 110]],
      ['ev-demo-retreat', [40, 110, 170]],
    ] as [string, Rgb][]
  ).map(([_id, rgb]) => ({
    collection: COLLECTIONS.events,
    _id,
    field: 'coverFileId',
    set: (fileId: string) => ({ coverFileId: fileId, coverBy: 'seed' }),
    rgb,
  })),
  ...(
    [
      ['o1', [225, 200, 150]],
      ['o2', [230, 160, 60]],
      ['o3', [110, 80, 60]],
    ] as [string, Rgb][]
  ).map(([option, rgb]) => ({
    collection: COLLECTIONS.welfareBatches,
    _id: DEMO_BATCH_ID,
    field: `photos.${option}.fileId`,
    set: (fileId: string) => ({ [`photos.${option}`]: { fileId, by: 'seed' } }),
    rgb,
  })),
  ...(
    [
      ['club-photo', [60, 60, 90]],
      ['club-calligraphy', [30, 30, 30]],
      ['club-flowers', [180, 60, 90]],
    ] as [string, Rgb][]
  ).map(([_id, rgb]) => ({
    collection: COLLECTIONS.clubs,
    _id,
    field: 'coverFileId',
    set: (fileId: string) => ({ coverFileId: fileId, coverBy: 'seed' }),
    rgb,
  })),
];

export async function seedPictures(db: Db): Promise<void> {
  const _ = db.command;
  for (const p of DEMO_PICTURES) {
    const col = db.collection(p.collection);
    const where = { _id: p._id, [p.field]: _.exists(false) };
    // the document missing, or a picture already there (seeded or uploaded): nothing to do
    if (!(await col.where(where).count()).total) continue;
    const key = p.field.replace(/\.fileId$/, '').replace(/\./g, '-');
    const res = await getApp().uploadFile({
      cloudPath: `demo/${p.collection}/${p._id}-${key}.png`,
      fileContent: tinyPng(640, 360, p.rgb),
    });
    if (!res.fileID) throw new Error('upload answered no fileID');
    await col.where(where).update(p.set(res.fileID));
  }
}
