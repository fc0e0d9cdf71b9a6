// The one place functions store files: cloud storage through the node-sdk (uploadFile /
// getTempFileURL / deleteFile), the same calls on CloudBase and on the local cloud. Pictures and
// PDFs are checked by their bytes before anything is stored. Who uploaded what is the feature's own
// record; private files (tier 3) get short-lived URLs, asked for by the feature after its checks.
import { randomUUID } from 'node:crypto';
import { VisibleError } from '../../domain/errors';
import {
  checkImage,
  EXTENSIONS,
  MAX_IMAGE_BYTES,
  type ImageType,
} from '../../domain/storage/image';
import { FILE_EXTENSIONS, sniffFile, type FileType } from '../../domain/storage/file';
import { getApp } from './db';

/** temp URLs last two hours: lists are reloaded far more often than that */
const URL_MAX_AGE_S = 2 * 60 * 60;
/** getTempFileURL and deleteFile take at most 50 file ids per call */
const PER_CALL = 50;

/** base64 (optionally a data: URL) → bytes; anything not base64 decodes to nothing. */
export function decodeBase64(text: string): Buffer {
  const body = text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return Buffer.alloc(0);
  return Buffer.from(body, 'base64');
}

export interface CheckedImage {
  bytes: Buffer;
  type: ImageType;
}

/** base64 from the app → checked bytes, or a VisibleError that names the field by `label`. */
export function checkedImage(base64: string, label: string, max = MAX_IMAGE_BYTES): CheckedImage {
  const bytes = decodeBase64(base64);
  const check = checkImage(bytes, label, max);
  if (!check.ok) throw new VisibleError(check.code, check.message);
  return { bytes, type: check.type };
}

/** Stores checked bytes under `folder`; returns the file id to keep in the feature's document. */
export async function putImage(image: CheckedImage, folder: string): Promise<string> {
  const res = await getApp().uploadFile({
    cloudPath: `${folder}/${randomUUID()}.${EXTENSIONS[image.type]}`,
    fileContent: image.bytes,
  });
  if (!res.fileID) throw new Error('upload answered no fileID');
  return res.fileID;
}

/**
 * Stores a file that must be one of `allowed` by its bytes (a PDF by "%PDF-", pictures by theirs):
 * whatever the caller checked, nothing else is uploaded. Answers the file id and the type found.
 */
export async function putFile(
  bytes: Buffer,
  folder: string,
  allowed: readonly FileType[],
  label = '文件',
): Promise<{ fileId: string; type: FileType }> {
  const type = sniffFile(bytes);
  if (!type || !allowed.includes(type)) {
    const kinds = allowed.map((t) => (t === 'application/pdf' ? 'PDF' : FILE_EXTENSIONS[t]));
    throw new VisibleError(
      'storage.file_type',
      `${label}只能是 ${[...new Set(kinds)].join('、').toUpperCase()} 文件，请换一个。`,
    );
  }
  const res = await getApp().uploadFile({
    cloudPath: `${folder}/${randomUUID()}.${FILE_EXTENSIONS[type]}`,
    fileContent: bytes,
  });
  if (!res.fileID) throw new Error('upload answered no fileID');
  return { fileId: res.fileID, type };
}

/**
 * Display URLs by file id, for many ids at once (50 per SDK call); missing ids are left out.
 * `maxAgeS`: how long a URL works (private files: minutes).
 */
export async function tempUrls(
  fileIds: readonly (string | null | undefined)[],
  { maxAgeS = URL_MAX_AGE_S }: { maxAgeS?: number } = {},
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = [...new Set(fileIds.filter((f): f is string => Boolean(f)))];
  const calls: Promise<void>[] = [];
  for (let i = 0; i < ids.length; i += PER_CALL) {
    const chunk = ids.slice(i, i + PER_CALL);
    calls.push(
      getApp()
        .getTempFileURL({ fileList: chunk.map((fileID) => ({ fileID, maxAge: maxAgeS })) })
        .then((res) => {
          for (const f of res.fileList ?? [])
            if (f.code === 'SUCCESS' && f.tempFileURL) out.set(f.fileID, f.tempFileURL);
        }),
    );
  }
  await Promise.all(calls);
  return out;
}

/** One display URL, or undefined. */
export async function tempUrl(fileId: string | null | undefined): Promise<string | undefined> {
  return fileId ? (await tempUrls([fileId])).get(fileId) : undefined;
}

/** Deletes files (50 per SDK call). A file already gone is not an error. */
export async function deleteFiles(fileIds: readonly (string | null | undefined)[]): Promise<void> {
  const ids = [...new Set(fileIds.filter((f): f is string => Boolean(f)))];
  for (let i = 0; i < ids.length; i += PER_CALL)
    await getApp().deleteFile({ fileList: ids.slice(i, i + PER_CALL) });
}

/**
 * Puts (or removes, with null) the one picture a document holds: checks and uploads the new one,
 * lets `save` write its file id with a conditional update that still expects `current`, then
 * deletes whichever file is no longer held — the old one on success, the new one if `save` found
 * the document changed meanwhile (then a plain "refresh" error). Answers the held file id.
 */
export async function swapImage(opts: {
  base64: string | null;
  label: string;
  folder: string;
  current: string | null | undefined;
  save(fileId: string | null): Promise<boolean>;
}): Promise<string | null> {
  // removing what is not there: nothing to write (an unset of a missing field updates nothing)
  if (opts.base64 === null && !opts.current) return null;
  const fileId =
    opts.base64 === null
      ? null
      : await putImage(checkedImage(opts.base64, opts.label), opts.folder);
  if (!(await opts.save(fileId))) {
    await deleteFiles([fileId]);
    throw new VisibleError('storage.changed', `${opts.label}刚被别人改过，请刷新后再试。`);
  }
  if (opts.current && opts.current !== fileId) await deleteFiles([opts.current]);
  return fileId;
}
