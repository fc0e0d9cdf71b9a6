// The sender job: picks due messages from the inbox, takes one send from the person's quota
// ledger, sends through sender.ts and records the outcome. Nothing goes out during quiet hours.
import {
  outcomeOf,
  isQuiet,
  MAX_ATTEMPTS,
  retryAt,
  type QuietHours,
} from '../../domain/notify/rules';
import { buildTemplateData, templateIdOf } from '../../domain/notify/templates';
import { pages } from '../../domain/pages';
import type { Db, Logger } from '../_kit';
import { claimSend, failStale, finishSend, listDue, type InboxDoc } from './inbox-repo';
import { clearQuota, returnQuota, takeQuota } from './quota-repo';
import type { Sender } from './sender';
import { openidsOf } from './staff-repo';

export const INBOX_PAGE = pages.notify.inbox.page;

export interface DeliverResult {
  quiet: boolean;
  sent: number;
  /** stays in the inbox only: no quota, no subscription (43101), unbound, no template, expired */
  inboxOnly: number;
  retrying: number;
  failed: number;
}

export interface DeliverOptions {
  quiet: QuietHours | null;
  sender: Sender;
  env: Record<string, string | undefined>;
  log: Logger;
  /** most messages one run handles (the rest wait for the next run) */
  max?: number;
}

const PAGE = 100;
const STALE_MS = 10 * 60_000;

/** WeChat wants the page without the leading slash. */
const pageOf = (page: string) => (page ? page.replace(/^\/+/, '') : INBOX_PAGE);

export async function deliver(db: Db, now: Date, o: DeliverOptions): Promise<DeliverResult> {
  const result: DeliverResult = { quiet: false, sent: 0, inboxOnly: 0, retrying: 0, failed: 0 };
  if (isQuiet(now, o.quiet)) return { ...result, quiet: true };
  await failStale(db, new Date(now.getTime() - STALE_MS));
  const max = o.max ?? 500;
  let handled = 0;
  while (handled < max) {
    const due = await listDue(db, now, Math.min(PAGE, max - handled));
    if (due.length === 0) break;
    handled += due.length;
    const openids = await openidsOf(
      db,
      due.map((d) => d.staffNo),
    );
    for (const doc of due) {
      await deliverOne(db, doc, openids.get(doc.staffNo), now, o, result);
    }
    if (due.length < PAGE) break;
  }
  return result;
}

async function deliverOne(
  db: Db,
  doc: InboxDoc,
  openid: string | undefined,
  now: Date,
  o: DeliverOptions,
  result: DeliverResult,
): Promise<void> {
  if (!(await claimSend(db, doc, now))) return;
  const templateId = templateIdOf(doc.kind, o.env);
  const inboxOnly = async (reason: string, extra: Record<string, unknown> = {}) => {
    result.inboxOnly += 1;
    await finishSend(db, doc._id, { state: 'skipped', reason, at: now, ...extra });
  };
  if (doc.expiresAt && doc.expiresAt <= now) return inboxOnly('expired');
  if (!templateId) return inboxOnly('no_template');
  if (!openid) return inboxOnly('unbound');
  if (!(await takeQuota(db, openid, templateId, now))) return inboxOnly('no_quota', { templateId });

  const answer = await o.sender.send({
    touser: openid,
    templateId,
    page: pageOf(doc.page),
    data: buildTemplateData(doc.kind, doc),
  });
  const outcome = outcomeOf(answer.errcode);
  const attempts = doc.send.attempts + 1;
  if (outcome === 'sent') {
    result.sent += 1;
    await finishSend(db, doc._id, { state: 'sent', attempts, templateId, sentAt: now });
    return;
  }
  if (outcome === 'no_subscription') {
    // our ledger was wrong: WeChat says there is nothing left
    await clearQuota(db, openid, templateId, now);
    return inboxOnly('no_subscription', { templateId, errcode: answer.errcode, attempts });
  }
  // not sent: WeChat did not use the subscription, so it goes back to the ledger
  await returnQuota(db, openid, templateId, now);
  if (outcome === 'transient' && attempts < MAX_ATTEMPTS) {
    result.retrying += 1;
    await finishSend(db, doc._id, {
      state: 'pending',
      attempts,
      nextAt: retryAt(attempts, now),
      errcode: answer.errcode,
    });
    return;
  }
  result.failed += 1;
  o.log.warn('send failed', { kind: doc.kind, errcode: answer.errcode, attempts });
  await finishSend(db, doc._id, { state: 'failed', attempts, errcode: answer.errcode, at: now });
}
