// notify_inbox: one document per notice per person (deterministic id, see enqueue.ts) holding the
// inbox fields and the subscription message's send state. The only reader/writer besides enqueue.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { NOTICE_KINDS } from '../../domain/notify/notice';
import type { Db } from '../_kit';

const when = z.coerce.date();

export const SEND_STATES = ['pending', 'sending', 'sent', 'skipped', 'failed'] as const;
export type SendState = (typeof SEND_STATES)[number];

export const inboxDoc = z.object({
  _id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  subject: z.string(),
  staffNo: z.string(),
  title: z.string(),
  body: z.string(),
  page: z.string().default(''),
  fields: z.record(z.string(), z.string()).default({}),
  createdAt: when,
  read: z.boolean().default(false),
  expiresAt: when.optional(),
  send: z
    .object({
      state: z.enum(SEND_STATES),
      attempts: z.number().int().default(0),
      nextAt: when.optional(),
    })
    .passthrough(),
});
export type InboxDoc = z.infer<typeof inboxDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.notifyInbox);

/** A person's latest notices, newest first. */
export async function listInbox(db: Db, staffNo: string, limit = 50): Promise<InboxDoc[]> {
  const res = await col(db)
    .where({ staffNo })
    .field({ fields: false })
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .get();
  return (res.data as unknown[]).flatMap((d) => {
    const p = inboxDoc.safeParse(d);
    return p.success ? [p.data] : [];
  });
}

export async function countUnread(db: Db, staffNo: string): Promise<number> {
  const res = await col(db).where({ staffNo, read: false }).count();
  return Number((res as { total?: number }).total ?? 0);
}

/** Marks one of my notices (or all of them) read. Someone else's id changes nothing. */
export async function markRead(
  db: Db,
  staffNo: string,
  id: string | null,
  now: Date,
): Promise<void> {
  const where = id ? { _id: id, staffNo, read: false } : { staffNo, read: false };
  await col(db).where(where).update({ read: true, readAt: now });
}

/** Messages due to be sent, oldest due first. */
export async function listDue(db: Db, now: Date, limit: number): Promise<InboxDoc[]> {
  const _ = db.command;
  const res = await col(db)
    .where({ 'send.state': 'pending', 'send.nextAt': _.lte(now) })
    .orderBy('send.nextAt', 'asc')
    .limit(limit)
    .get();
  return (res.data as unknown[]).flatMap((d) => {
    const p = inboxDoc.safeParse(d);
    return p.success ? [p.data] : [];
  });
}

/** Takes a due message for sending: exactly one of several racing jobs gets it. */
export async function claimSend(db: Db, doc: InboxDoc, now: Date): Promise<boolean> {
  const res = await col(db)
    .where({ _id: doc._id, 'send.state': 'pending', 'send.attempts': doc.send.attempts })
    .update({ send: { state: 'sending', lockedAt: now } });
  return (res as { updated?: number }).updated === 1;
}

/** Records how the send went (only from 'sending': the job that claimed it). */
export async function finishSend(db: Db, id: string, send: Record<string, unknown>): Promise<void> {
  await col(db).where({ _id: id, 'send.state': 'sending' }).update({ send });
}

/**
 * Repair: a job that died between claiming and finishing leaves 'sending'. WeChat may or may not
 * have delivered it, so it is not sent again (a duplicate would spend the person's next
 * subscription); it stays in the inbox, marked failed.
 */
export async function failStale(db: Db, before: Date): Promise<number> {
  const _ = db.command;
  const res = await col(db)
    .where({ 'send.state': 'sending', 'send.lockedAt': _.lt(before) })
    .update({ send: { state: 'failed', reason: 'interrupted' } });
  return Number((res as { updated?: number }).updated ?? 0);
}

/** How many of a subject's notices are in each state (one count request per question). */
export async function countBy(db: Db, where: Record<string, unknown>): Promise<number> {
  const res = await col(db).where(where).count();
  return Number((res as { total?: number }).total ?? 0);
}
