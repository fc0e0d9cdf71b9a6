// The one place club photos are stored. Production: CloudBase cloud storage through the node-sdk
// (uploadFile / getTempFileURL / deleteFile). Local cloud (UNION_HUB_STORAGE=local, set by the local
// cloud's dev module): bytes kept in the local cloud's own database file, served at /api/dev/files/.
import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../database/collections';
import type { PhotoType } from '../../domain/clubs/contract';
import { EXTENSIONS } from '../../domain/clubs/rules';
import { getApp, getDb } from '../_kit';

export interface PhotoStore {
  /** stores checked bytes under a folder, returns the file id to keep in documents */
  putImage(bytes: Buffer, type: PhotoType, folder: string): Promise<string>;
  /** display URLs by file id (missing ids are left out) */
  urlsOf(fileIds: readonly string[]): Promise<Map<string, string>>;
  remove(fileIds: readonly string[]): Promise<void>;
}

export const LOCAL_PREFIX = 'local://';
export const LOCAL_FILES_PATH = '/api/dev/files/';

const URL_MAX_AGE_S = 2 * 60 * 60;

const cloudbaseStore: PhotoStore = {
  async putImage(bytes, type, folder) {
    const res = await getApp().uploadFile({
      cloudPath: `${folder}/${randomUUID()}.${EXTENSIONS[type]}`,
      fileContent: bytes,
    });
    return res.fileID as string;
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

const localStore: PhotoStore = {
  async putImage(bytes, type, folder) {
    const name = `${folder.replace(/[^a-zA-Z0-9-]/g, '_')}_${randomUUID()}.${EXTENSIONS[type]}`;
    await getDb()
      .collection(COLLECTIONS.localFiles)
      .add({
        _id: name,
        type,
        size: bytes.length,
        base64: bytes.toString('base64'),
        createdAt: new Date(),
      });
    return `${LOCAL_PREFIX}${name}`;
  },
  async urlsOf(fileIds) {
    // no request needed: the local cloud serves the file by its name
    return new Map(
      fileIds
        .filter((f) => f.startsWith(LOCAL_PREFIX))
        .map((f) => [f, `${LOCAL_FILES_PATH}${f.slice(LOCAL_PREFIX.length)}`]),
    );
  },
  async remove(fileIds) {
    const _ = getDb().command;
    const names = fileIds
      .filter((f) => f.startsWith(LOCAL_PREFIX))
      .map((f) => f.slice(LOCAL_PREFIX.length));
    if (names.length > 0)
      await getDb()
        .collection(COLLECTIONS.localFiles)
        .where({ _id: _.in(names) })
        .remove();
  },
};

export function photoStore(): PhotoStore {
  return process.env.UNION_HUB_STORAGE === 'local' ? localStore : cloudbaseStore;
}
