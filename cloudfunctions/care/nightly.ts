// The nightly job: deletes attachments and details of cases closed longer ago than their
// programme's retention (keeping the amounts), and reminds applicants whose case waits on them.
import type { CaseDoc } from '../../domain/care/model';
import { beijing, beijingDay } from '../../domain/time';
import { deleteFiles, type TimerContext } from '../_kit';
import { casesToPurge, casesWaitingOnApplicant, writeCase } from './case-repo';
import { noticeReminder } from './notices';

const PURGE_BATCH = 200;

/** What is left of a case after its retention: who, which programme, the amounts, the dates. */
export function purged(c: CaseDoc, now: Date): CaseDoc {
  return {
    ...c,
    story: '',
    reason: '',
    attachments: [],
    history: c.history.map((h) => ({ ...h, reason: '' })),
    purged: true,
    updatedAt: now,
  };
}

export async function runNightly(ctx: TimerContext) {
  let purgedCount = 0;
  for (;;) {
    const batch = await casesToPurge(ctx.db, ctx.now, PURGE_BATCH);
    for (const c of batch) {
      await deleteFiles(c.attachments.map((a) => a.fileId));
      // a case that changed meanwhile is picked up again the next night
      if (await writeCase(ctx.db, c, purged(c, ctx.now))) purgedCount += 1;
    }
    if (batch.length < PURGE_BATCH) break;
  }
  // reminders once a week (Monday, Beijing): returned cases and drafts still waiting
  let reminded = 0;
  if (beijing(ctx.now).day() === 1) {
    const day = beijingDay(ctx.now);
    for (const c of await casesWaitingOnApplicant(ctx.db)) {
      if (await noticeReminder(ctx.db, c, day, ctx.now)) reminded += 1;
    }
  }
  ctx.log.info('care.nightly', { purged: purgedCount, reminded });
  return { purged: purgedCount, reminded };
}
