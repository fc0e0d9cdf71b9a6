// Cloud storage emulated like the database: the SDK's storage actions at /admin
// (storage.getUploadMetadata, batchGetDownloadUrl, batchDeleteFile), the upload PUT and the signed,
// expiring temp URLs at /storage/…, bytes on disk under <dataDir>/storage/. Functions call
// app.uploadFile / getTempFileURL / deleteFile unchanged.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { readBody } from './http/body';
import { LOCAL_ENV_ID } from './sdk-env';

/** fileIDs look like CloudBase's: cloud://<env>.<bucket>/<cloudPath> */
export const FILE_ID_PREFIX = `cloud://${LOCAL_ENV_ID}.local-bucket/`;
const UPLOAD_TTL_MS = 10 * 60_000;
const MAX_AGE_DEFAULT_S = 24 * 60 * 60;

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A cloud path the store accepts: relative, no "..", no empty or dot segments, plain characters. */
export function safeCloudPath(p: string): string | null {
  const clean = p.replace(/^\/+/, '');
  if (!clean || clean.length > 512) return null;
  const parts = clean.split('/');
  if (parts.some((s) => !s || s === '.' || s === '..' || !/^[A-Za-z0-9_.-]+$/.test(s)))
    return null;
  return clean;
}

export interface StorageEmulator {
  /** POST /admin storage.* actions; null when the action is not storage's */
  /** `base`: this server's origin as the SDK reached it (the upload URL it PUTs to) */
  handleAction(
    body: Record<string, unknown>,
    requestId: string,
    base: string,
  ): Record<string, unknown> | null;
  /** PUT /storage/upload/<token>, GET /storage/file/<path>?t=&sign= */
  handleHttp(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    url: URL,
  ): Promise<boolean>;
  /** how many files are stored (tests) */
  count(): number;
}

export function createStorageEmulator(
  dataDir: string,
  now: () => number = Date.now,
): StorageEmulator {
  const root = path.join(dataDir, 'storage');
  mkdirSync(root, { recursive: true });
  // signs temp URLs; a restart invalidates them, as expired ones would be
  const secret = randomBytes(32);
  const uploads = new Map<string, { cloudPath: string; expires: number }>();

  const fileOf = (cloudPath: string) => path.join(root, ...cloudPath.split('/'));
  const pathOfId = (fileId: unknown): string | null =>
    typeof fileId === 'string' && fileId.startsWith(FILE_ID_PREFIX)
      ? safeCloudPath(fileId.slice(FILE_ID_PREFIX.length))
      : null;
  const sign = (cloudPath: string, expires: number) =>
    createHmac('sha256', secret).update(`${cloudPath}\n${expires}`).digest('hex');

  function stored(cloudPath: string | null): cloudPath is string {
    return (
      cloudPath !== null && existsSync(fileOf(cloudPath)) && statSync(fileOf(cloudPath)).isFile()
    );
  }

  function handleAction(body: Record<string, unknown>, requestId: string, base: string) {
    const action = String(body.action ?? '');
    if (action === 'storage.getUploadMetadata') {
      const cloudPath = safeCloudPath(String(body.path ?? ''));
      if (!cloudPath) return { code: 'INVALID_PARAM', message: 'invalid cloudPath', requestId };
      const token = randomBytes(16).toString('hex');
      uploads.set(token, { cloudPath, expires: now() + UPLOAD_TTL_MS });
      return {
        requestId,
        data: {
          url: `${base}/storage/upload/${token}`,
          token,
          authorization: token,
          fileId: `${FILE_ID_PREFIX}${cloudPath}`,
          cosFileId: randomUUID(),
        },
      };
    }
    if (action === 'storage.batchGetDownloadUrl') {
      const list = Array.isArray(body.file_list)
        ? (body.file_list as Record<string, unknown>[])
        : [];
      const download_list = list.map((f) => {
        const fileID = String(f?.fileid ?? '');
        const cloudPath = pathOfId(fileID);
        if (!stored(cloudPath)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
        const maxAge =
          Number(f.max_age) > 0 ? Math.min(Number(f.max_age), 7 * 86400) : MAX_AGE_DEFAULT_S;
        const expires = Math.floor(now() / 1000) + maxAge;
        const tempFileURL = `/storage/file/${cloudPath}?t=${expires}&sign=${sign(cloudPath, expires)}`;
        return { fileID, tempFileURL, code: 'SUCCESS' };
      });
      return { requestId, data: { download_list } };
    }
    if (action === 'storage.batchDeleteFile') {
      const list = Array.isArray(body.fileid_list) ? body.fileid_list : [];
      const delete_list = list.map((fileID) => {
        const cloudPath = pathOfId(fileID);
        if (!stored(cloudPath)) return { fileID, code: 'STORAGE_FILE_NONEXIST' };
        unlinkSync(fileOf(cloudPath));
        return { fileID, code: 'SUCCESS' };
      });
      return { requestId, data: { delete_list } };
    }
    return null;
  }

  async function handleHttp(req: IncomingMessage, res: ServerResponse, p: string, url: URL) {
    const up = /^\/storage\/upload\/([0-9a-f]{32})$/.exec(p);
    if (up && req.method === 'PUT') {
      const pending = uploads.get(up[1]);
      uploads.delete(up[1]);
      const auth = String(req.headers.authorization ?? '');
      if (!pending || pending.expires < now() || auth !== up[1]) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end(
          `<?xml version='1.0' encoding='utf-8' ?><Error><Code>AccessDenied</Code><Message>upload token invalid or expired</Message><RequestId>${randomUUID()}</RequestId><TraceId>local</TraceId></Error>`,
        );
        return true;
      }
      const bytes = await readBody(req);
      const file = fileOf(pending.cloudPath);
      mkdirSync(path.dirname(file), { recursive: true });
      // write then rename: a reader never sees half a file
      const tmp = `${file}.${randomUUID()}.part`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
      res.writeHead(200, { 'content-length': 0 });
      res.end();
      return true;
    }
    const get = /^\/storage\/file\/(.+)$/.exec(p);
    if (get && (req.method === 'GET' || req.method === 'HEAD')) {
      const cloudPath = safeCloudPath(decodeURIComponent(get[1]));
      const expires = Number(url.searchParams.get('t'));
      const given = Buffer.from(url.searchParams.get('sign') ?? '', 'utf8');
      const want = cloudPath ? Buffer.from(sign(cloudPath, expires), 'utf8') : Buffer.alloc(0);
      const valid =
        cloudPath !== null &&
        Number.isFinite(expires) &&
        expires * 1000 >= now() &&
        given.length === want.length &&
        timingSafeEqual(given, want);
      if (!valid || !stored(cloudPath)) {
        res.writeHead(valid ? 404 : 403, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(valid ? 'not found' : 'link expired or invalid');
        return true;
      }
      const bytes = readFileSync(fileOf(cloudPath));
      res.writeHead(200, {
        'content-type': TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream',
        'content-length': bytes.length,
        'cache-control': 'private, max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
      return true;
    }
    return false;
  }

  function count(): number {
    let n = 0;
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (!e.name.endsWith('.part')) n += 1;
      }
    };
    walk(root);
    return n;
  }

  return { handleAction, handleHttp, count };
}
