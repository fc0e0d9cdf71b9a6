// notify_quota: the ledger of subscription-message sends each WeChat user has left per template
// (WeChat has no API that tells). Changed only by atomic increments and conditional decrements.
import { COLLECTIONS } from '../../database/collections';
import { quotaIdOf } from '../../domain/notify/rules';
import type { Db } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';

const col = (db: Db) => db.collection(COLLECTIONS.notifyQuota);

/** +1 for an accept: an atomic increment; the first accept creates the document (upsert-safe). */
export async function addQuota(
  db: Db,
  openid: string,
  staffNo: string,
  templateId: string,
  now: Date,
): Promise<void> {
  const _ = db.command;
  const _id = quotaIdOf(openid, templateId);
  const inc = () =>
    col(db)
      .where({ _id })
      .update({ left: _.inc(1), accepted: _.inc(1), updatedAt: now });
  if (((await inc()) as { updated?: number }).updated === 1) return;
  try {
    await col(db).add({
      _id,
      openid,
      staffNo,
      templateId,
      left: 1,
      accepted: 1,
      used: 0,
      updatedAt: now,
    });
  } catch (e) {
    // someone created it meanwhile: count this accept on theirs
    if (!isDuplicate(e)) throw e;
    await inc();
  }
}

/** Takes one send: succeeds iff there was one left (never below zero, whatever runs at once). */
export async function takeQuota(
  db: Db,
  openid: string,
  templateId: string,
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const res = await col(db)
    .where({ _id: quotaIdOf(openid, templateId), left: _.gt(0) })
    .update({ left: _.inc(-1), used: _.inc(1), updatedAt: now });
  return (res as { updated?: number }).updated === 1;
}

/** Gives a taken send back (the message was not sent: WeChat did not use the subscription). */
export async function returnQuota(
  db: Db,
  openid: string,
  templateId: string,
  now: Date,
): Promise<void> {
  const _ = db.command;
  await col(db)
    .where({ _id: quotaIdOf(openid, templateId) })
    .update({ left: _.inc(1), used: _.inc(-1), updatedAt: now });
}

/** WeChat said 43101: this user has no subscription for the template, whatever our ledger said. */
export async function clearQuota(
  db: Db,
  openid: string,
  templateId: string,
  now: Date,
): Promise<void> {
  await col(db)
    .where({ _id: quotaIdOf(openid, templateId) })
    .update({ left: 0, updatedAt: now });
}

/** Sends left for these template ids (one read). */
export async function quotaLeft(
  db: Db,
  openid: string,
  templateIds: string[],
): Promise<Map<string, number>> {
  const _ = db.command;
  const out = new Map<string, number>();
  if (templateIds.length === 0) return out;
  const res = await col(db)
    .where({ _id: _.in(templateIds.map((t) => quotaIdOf(openid, t))) })
    .limit(100)
    .get();
  for (const d of res.data as { templateId: string; left: number }[]) out.set(d.templateId, d.left);
  return out;
}
