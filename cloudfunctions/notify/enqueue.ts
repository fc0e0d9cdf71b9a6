// How any function hands a notice to the notify feature: one idempotent write (deterministic id).
// The notify function's sender later delivers it as a subscription message where quota allows.
import { COLLECTIONS } from '../../database/collections';
import { noticeId, type NoticeInput } from '../../domain/notify/notice';
import { resolvePage } from '../../domain/pages';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';

/** The inbox document of a notice: inbox fields and the subscription message's send state. */
export function inboxDocOf(
  notice: NoticeInput,
  now: Date,
): Record<string, unknown> & { _id: string } {
  // every deep link any function writes passes here: one that opens no declared page is a bug
  if (notice.page && !resolvePage(notice.page))
    throw new Error(`undeclared notice page ${notice.page}`);
  return {
    _id: noticeId(notice),
    ...notice,
    page: notice.page ?? '',
    fields: notice.fields ?? {},
    createdAt: now,
    read: false,
    send: { state: 'pending', attempts: 0, nextAt: now },
  };
}

export async function enqueueNotice(
  db: Db,
  notice: NoticeInput,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const doc = inboxDocOf(notice, now);
  try {
    await db.collection(COLLECTIONS.notifyInbox).add(doc);
    return { id: doc._id, created: true };
  } catch (e) {
    if (isDuplicate(e)) return { id: doc._id, created: false };
    throw e;
  }
}

const CHUNK = 500;

/**
 * Many notices at once (schedules, broadcasts): per chunk, one read of which ids exist and one
 * insert of the rest. A chunk that races another run falls back to one idempotent insert each.
 */
export async function enqueueMany(
  db: Db,
  notices: NoticeInput[],
  now: Date,
): Promise<{ created: number }> {
  const _ = db.command;
  const col = db.collection(COLLECTIONS.notifyInbox);
  let created = 0;
  const unique = new Map(notices.map((n) => [noticeId(n), n]));
  const all = [...unique.values()];
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK).map((n) => inboxDocOf(n, now));
    const have = await col
      .where({ _id: _.in(chunk.map((d) => d._id)) })
      .field({ _id: true })
      .limit(CHUNK)
      .get();
    const existing = new Set((have.data as { _id: string }[]).map((d) => d._id));
    const missing = chunk.filter((d) => !existing.has(d._id));
    if (missing.length === 0) continue;
    try {
      await col.add(missing);
      created += missing.length;
    } catch (e) {
      if (!isDuplicate(e)) throw e;
      for (const d of missing) {
        try {
          await col.add(d);
          created += 1;
        } catch (e2) {
          if (!isDuplicate(e2)) throw e2;
        }
      }
    }
  }
  return { created };
}
