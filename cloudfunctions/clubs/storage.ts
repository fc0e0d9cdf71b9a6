// The one place club photos are stored: cloud storage through the node-sdk (uploadFile /
// getTempFileURL / deleteFile), the same calls on CloudBase and on the local cloud, which emulates
// storage like the database. Each upload leaves a record of whose it is, for which club.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { PhotoType } from '../../domain/clubs/contract';
import { EXTENSIONS } from '../../domain/clubs/rules';
import { getApp, type Db } from '../_kit';

export interface PhotoStore {
  /** stores checked bytes under a folder, returns the file id to keep in documents */
  putImage(bytes: Buffer, type: PhotoType, folder: string): Promise<string>;
  /** display URLs by file id (missing ids are left out) */
  urlsOf(fileIds: readonly string[]): Promise<Map<string, string>>;
  remove(fileIds: readonly string[]): Promise<void>;
}

const URL_MAX_AGE_S = 2 * 60 * 60;

const cloudbaseStore: PhotoStore = {
  async putImage(bytes, type, folder) {
    const res = await getApp().uploadFile({
      cloudPath: `${folder}/${randomUUID()}.${EXTENSIONS[type]}`,
      fileContent: bytes,
    });
    if (!res.fileID) throw new Error('upload answered no fileID');
    return res.fileID;
  },
  async urlsOf(fileIds) {
    const out = new Map<string, string>();
    if (fileIds.length === 0) return out;
    // getTempFileURL takes up to 50 ids per call
    for (let i = 0; i < fileIds.length; i += 50) {
      const res = await getApp().getTempFileURL({
        fileList: fileIds.slice(i, i + 50).map((fileID) => ({ fileID, maxAge: URL_MAX_AGE_S })),
      });
      for (const f of res.fileList ?? [])
        if (f.code === 'SUCCESS' && f.tempFileURL) out.set(f.fileID, f.tempFileURL);
    }
    return out;
  },
  async remove(fileIds) {
    if (fileIds.length > 0) await getApp().deleteFile({ fileList: [...fileIds] });
  },
};

export function photoStore(): PhotoStore {
  return cloudbaseStore;
}

/** The upload record's id: a digest of the exact file id, so any other spelling finds nothing. */
const recordId = (fileId: string) => createHash('sha256').update(fileId).digest('hex').slice(0, 40);

const photoRecord = z.object({
  _id: z.string(),
  fileId: z.string(),
  clubId: z.string(),
  staffNo: z.string(),
});

/** Remembers who uploaded `fileId` for which club. */
export async function recordUpload(
  db: Db,
  r: { fileId: string; clubId: string; staffNo: string },
  now: Date,
): Promise<void> {
  await db
    .collection(COLLECTIONS.clubPhotos)
    .add({ _id: recordId(r.fileId), ...r, createdAt: now });
}

/** Whether every file id is, exactly, an upload by `staffNo` for `clubId` (one read). */
export async function allOwnUploads(
  db: Db,
  fileIds: readonly string[],
  clubId: string,
  staffNo: string,
): Promise<boolean> {
  if (fileIds.length === 0) return true;
  const _ = db.command;
  const ids = [...new Set(fileIds.map(recordId))];
  const res = await db
    .collection(COLLECTIONS.clubPhotos)
    .where({ _id: _.in(ids) })
    .limit(ids.length)
    .get();
  const mine = new Set(
    z
      .array(photoRecord)
      .parse(res.data)
      .filter((p) => p.clubId === clubId && p.staffNo === staffNo)
      .map((p) => p.fileId),
  );
  return fileIds.every((f) => mine.has(f));
}
