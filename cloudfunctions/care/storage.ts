// The one place care attachments are stored, with the same shape as clubs' photo store so storage
// can be switched in one place. Production: CloudBase cloud storage through the node-sdk (private
// files, getTempFileURL links that live 10 minutes). Local cloud (UNION_HUB_STORAGE=local): bytes in
// the local cloud's database, served only through signed links that expire (local-cloud/dev/care-files.ts).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { COLLECTIONS } from '../../database/collections';
import type { AttachmentType } from '../../domain/care/model';
import { getApp, getDb, secret } from '../_kit';

export interface AttachmentStore {
  /** stores checked bytes under a folder, returns the file id to keep in the case */
  putFile(bytes: Buffer, type: AttachmentType, folder: string): Promise<string>;
  /** short-lived links by file id (missing ids are left out) */
  urlsOf(fileIds: readonly string[], now?: Date): Promise<Map<string, string>>;
  remove(fileIds: readonly string[]): Promise<void>;
}

export const LOCAL_PREFIX = 'local-care://';
export const LOCAL_CARE_FILES_PATH = '/api/dev/care-files/';
/** a link to a private attachment works for 10 minutes */
export const LINK_MAX_AGE_S = 10 * 60;

const EXTENSIONS: Record<AttachmentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

const cloudbaseStore: AttachmentStore = {
  async putFile(bytes, type, folder) {
    const res = await getApp().uploadFile({
      cloudPath: `${folder}/${randomUUID()}.${EXTENSIONS[type]}`,
      fileContent: bytes,
    });
    return res.fileID as string;
  },
  async urlsOf(fileIds) {
    const out = new Map<string, string>();
    for (let i = 0; i < fileIds.length; i += 50) {
      const res = await getApp().getTempFileURL({
        fileList: fileIds.slice(i, i + 50).map((fileID) => ({ fileID, maxAge: LINK_MAX_AGE_S })),
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

/** The signature of a local link: HMAC(name + expiry) with the function's secret. */
export function signLocal(name: string, exp: number): string {
  return createHmac('sha256', secret('PASS_SECRET'))
    .update(`care-file:${name}:${exp}`)
    .digest('hex');
}

/** Is this local link's signature right and its expiry in the future? */
export function verifyLocal(name: string, exp: number, sig: string, now: Date): boolean {
  if (!Number.isFinite(exp) || exp < now.getTime()) return false;
  const want = Buffer.from(signLocal(name, exp), 'hex');
  const got = Buffer.from(sig, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

const localStore: AttachmentStore = {
  async putFile(bytes, type, folder) {
    const name = `${folder.replace(/[^a-zA-Z0-9-]/g, '_')}_${randomUUID()}.${EXTENSIONS[type]}`;
    await getDb()
      .collection(COLLECTIONS.careFiles)
      .add({
        _id: name,
        type,
        size: bytes.length,
        base64: bytes.toString('base64'),
        createdAt: new Date(),
      });
    return `${LOCAL_PREFIX}${name}`;
  },
  async urlsOf(fileIds, now = new Date()) {
    const exp = now.getTime() + LINK_MAX_AGE_S * 1000;
    return new Map(
      fileIds
        .filter((f) => f.startsWith(LOCAL_PREFIX))
        .map((f) => {
          const name = f.slice(LOCAL_PREFIX.length);
          return [f, `${LOCAL_CARE_FILES_PATH}${name}?exp=${exp}&sig=${signLocal(name, exp)}`];
        }),
    );
  },
  async remove(fileIds) {
    const _ = getDb().command;
    const names = fileIds
      .filter((f) => f.startsWith(LOCAL_PREFIX))
      .map((f) => f.slice(LOCAL_PREFIX.length));
    if (names.length > 0)
      await getDb()
        .collection(COLLECTIONS.careFiles)
        .where({ _id: _.in(names) })
        .remove();
  },
};

export function attachmentStore(): AttachmentStore {
  return process.env.UNION_HUB_STORAGE === 'local' ? localStore : cloudbaseStore;
}
