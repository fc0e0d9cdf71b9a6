// Club post photos' upload records: whose each upload is, for which club (the files themselves go
// through the kit's storage, cloudfunctions/_kit/storage.ts).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';

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
