// Local cloud storage for care attachments (tier 3): serves a stored file at
// GET /api/dev/care-files/<name>?exp=…&sig=… only while the link care signed is unexpired —
// the local stand-in for CloudBase's short-lived temp links (production: cloud storage).
import { COLLECTIONS } from '../../database/collections';
import { getDb } from '../../cloudfunctions/_kit/db';
import { verifyLocal } from '../../cloudfunctions/care/storage';
import { sendJson } from '../http/body';
import { addDevRoute } from './router';

process.env.UNION_HUB_STORAGE ??= 'local';

addDevRoute({
  method: 'GET',
  path: /^\/care-files\/([A-Za-z0-9_.-]+)$/,
  handle: async ({ res, params, url }) => {
    const exp = Number(url.searchParams.get('exp'));
    const sig = url.searchParams.get('sig') ?? '';
    const name = params[0];
    if (!/^[0-9a-f]{64}$/.test(sig) || !verifyLocal(name, exp, sig, new Date()))
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'auth.forbidden', message: '这个链接已失效，请回到申请页面重新打开。' },
      });
    const got = await getDb().collection(COLLECTIONS.careFiles).doc(name).get();
    const doc = (got.data as { type: string; base64: string }[])[0];
    if (!doc)
      return sendJson(res, 404, {
        ok: false,
        error: { code: 'not_found', message: '没有这个文件。' },
      });
    const bytes = Buffer.from(doc.base64, 'base64');
    res.writeHead(200, {
      'content-type': doc.type,
      'content-length': bytes.length,
      'cache-control': 'private, no-store',
    });
    res.end(bytes);
  },
});
