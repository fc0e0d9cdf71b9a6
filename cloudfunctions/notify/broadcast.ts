// Broadcasts (工会通知): the union, a branch chair or an event's organizer writes one notice to a
// set of people. It lands in every inbox at once (chunked inserts) and goes out as a subscription
// message by the sender job wherever quota exists; the sender sees both counts.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { audience, type Audience, type broadcastInput } from '../../domain/notify/contract';
import type { NoticeInput } from '../../domain/notify/notice';
import { beijing } from '../../domain/time';
import { VisibleError, type CallContext, type Db } from '../_kit';
import { notice } from '../../domain/notify/builders';
import { pages } from '../../domain/pages';
import { isDuplicate } from '../_kit/db-errors';
import { firstOf } from '../_kit/read';
import { enqueueMany } from './enqueue';
import { countBy } from './inbox-repo';
import { getEventRow, confirmedSignups } from './sources-repo';
import { activePeople, branchName } from './staff-repo';

const col = (db: Db) => db.collection(COLLECTIONS.notifyOutbox);

// A broadcast's record in the outbox (the outbox also holds queued notices: `type` tells them apart).
const broadcastDoc = z.object({
  _id: z.string(),
  type: z.literal('broadcast'),
  title: z.string(),
  body: z.string(),
  audience,
  audienceLabel: z.string(),
  createdBy: z.string(),
  createdAt: z.coerce.date(),
  state: z.enum(['sending', 'done']),
  total: z.number(),
});
type BroadcastDoc = z.infer<typeof broadcastDoc>;

async function getBroadcast(db: Db, id: string): Promise<BroadcastDoc | null> {
  const doc = firstOf(await col(db).doc(id).get());
  const parsed = broadcastDoc.safeParse(doc);
  return parsed.success ? parsed.data : null;
}

/** Who the audience is, after checking the caller may write to them; staffNos and a label. */
async function resolve(
  ctx: CallContext,
  audience: Audience,
): Promise<{ staffNos: string[]; label: string }> {
  const me = ctx.me();
  if (audience.type === 'all') {
    ctx.require('admin');
    return { staffNos: (await activePeople(ctx.db)).map((p) => p.staffNo), label: '全体教职工' };
  }
  if (audience.type === 'branch') {
    ctx.require('branch_chair', { branchId: audience.branchId });
    const name = await branchName(ctx.db, audience.branchId);
    if (!name) throw new VisibleError('notify.no_branch', '没有找到这个分工会，请重新选择。');
    return {
      staffNos: (await activePeople(ctx.db, audience.branchId)).map((p) => p.staffNo),
      label: name,
    };
  }
  const event = await getEventRow(ctx.db, audience.eventId);
  if (!event) throw new VisibleError('notify.no_event', '没有找到这个活动，请重新选择。');
  const mine = event.organizers.includes(me.staffNo) || event.createdBy === me.staffNo;
  if (!mine) ctx.require('organizer', { eventId: event._id });
  const signups = await confirmedSignups(ctx.db, [event._id]);
  return { staffNos: signups.map((s) => s.staffNo), label: `「${event.title}」的报名者` };
}

/** How many people a broadcast to this audience would reach (the same checks as sending). */
export async function audienceSize(input: { audience: Audience }, ctx: CallContext) {
  const { staffNos, label } = await resolve(ctx, input.audience);
  return { total: new Set(staffNos).size, audienceLabel: label };
}

export async function broadcast(input: z.output<typeof broadcastInput>, ctx: CallContext) {
  const me = ctx.me();
  const { staffNos, label } = await resolve(ctx, input.audience);
  const id =
    input.broadcastId ??
    `bc-${beijing(ctx.now).format('YYMMDDHHmm')}-${randomBytes(4).toString('hex')}`;
  const existing = await getBroadcast(ctx.db, id);
  if (existing && existing.createdBy !== me.staffNo)
    throw new VisibleError('conflict', '这个通知编号已经用过了，请重新编写通知。');
  if (existing?.state === 'done') return { broadcastId: id, total: existing.total };
  if (!existing) {
    try {
      await col(ctx.db).add({
        _id: id,
        type: 'broadcast',
        title: input.title,
        body: input.body,
        audience: input.audience,
        audienceLabel: label,
        createdBy: me.staffNo,
        createdAt: ctx.now,
        state: 'sending',
        total: 0,
      });
    } catch (e) {
      // a retry racing its first attempt: carry on, the inserts below are idempotent
      if (!isDuplicate(e)) throw e;
    }
  }
  const notices: NoticeInput[] = staffNos.map((staffNo) =>
    notice('broadcast', {
      subject: id,
      slot: 'b',
      staffNo,
      title: input.title,
      body: input.body,
      page: pages.notify.inbox(),
    }),
  );
  await enqueueMany(ctx.db, notices, ctx.now);
  const total = new Set(staffNos).size;
  await col(ctx.db).doc(id).update({ state: 'done', total, doneAt: ctx.now });
  ctx.log.info('broadcast', { audience: input.audience.type, total });
  return { broadcastId: id, total };
}

export async function broadcastStatus(input: { broadcastId: string }, ctx: CallContext) {
  const me = ctx.me();
  const doc = await getBroadcast(ctx.db, input.broadcastId);
  if (!doc || (doc.createdBy !== me.staffNo && !ctx.can('admin')))
    throw new VisibleError('not_found', '没有找到这条通知。');
  const _ = ctx.db.command;
  const base = { subject: doc._id, kind: 'broadcast' };
  const [inbox, read, sent, waiting] = await Promise.all([
    countBy(ctx.db, base),
    countBy(ctx.db, { ...base, read: true }),
    countBy(ctx.db, { ...base, 'send.state': 'sent' }),
    countBy(ctx.db, { ...base, 'send.state': _.in(['pending', 'sending']) }),
  ]);
  return {
    broadcastId: doc._id,
    title: doc.title,
    body: doc.body,
    audienceLabel: doc.audienceLabel,
    createdAt: doc.createdAt.toISOString(),
    state: doc.state,
    inbox,
    read,
    subscription: { sent, waiting, inboxOnly: Math.max(0, inbox - sent - waiting) },
  };
}

export async function listBroadcasts(ctx: CallContext) {
  const me = ctx.me();
  const where: Record<string, unknown> = { type: 'broadcast' };
  if (!ctx.can('admin')) where.createdBy = me.staffNo;
  const res = await col(ctx.db).where(where).orderBy('createdAt', 'desc').limit(30).get();
  const docs = (Array.isArray(res.data) ? res.data : []).map((d) => broadcastDoc.parse(d));
  return {
    items: docs.map((d) => ({
      broadcastId: d._id,
      title: d.title,
      audienceLabel: d.audienceLabel,
      createdAt: new Date(d.createdAt).toISOString(),
      total: d.total,
    })),
  };
}
