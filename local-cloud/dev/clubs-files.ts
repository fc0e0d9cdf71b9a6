// Local cloud storage for club photos: selects the local photo store for functions running in this
// process, and serves stored photos at GET /api/dev/files/<name> (production: CloudBase storage).
import { COLLECTIONS } from '../../database/collections';
import { getDb } from '../../cloudfunctions/_kit/db';
import { sendJson } from '../http/body';
import { addDevRoute } from './router';

process.env.UNION_HUB_STORAGE ??= 'local';

addDevRoute({
  method: 'GET',
  path: /^\/files\/([A-Za-z0-9_.-]+)$/,
  handle: async ({ res, params }) => {
    const got = await getDb().collection(COLLECTIONS.localFiles).doc(params[0]).get();
    const doc = (got.data as { type: string; base64: string }[])[0];
    if (!doc)
      return sendJson(res, 404, {
        ok: false,
        error: { code: 'not_found', message: '没有这张照片。' },
      });
    const bytes = Buffer.from(doc.base64, 'base64');
    res.writeHead(200, {
      'content-type': doc.type,
      'content-length': bytes.length,
      'cache-control': 'private, max-age=86400',
    });
    res.end(bytes);
  },
});
