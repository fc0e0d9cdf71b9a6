// Syncing WeRun steps: only what the platform decrypted from a cloudID counts; the last 31 days
// are merged into the walker's document in one atomic update (a day only ever goes up).
import type { z } from 'zod';
import type { syncInput } from '../../domain/steps/contract';
import { campaignDaysFromWeRun, summarize } from '../../domain/steps/rules';
import { beijingDay } from '../../domain/time';
import { VisibleError, type CallContext } from '../_kit';
import { requireCampaign } from './campaigns';
import { raiseDays } from './participant-repo';

export const EXPIRED_MESSAGE = '微信运动数据已过期，请重新同步。';

interface SyncResult {
  days: number;
  total: number;
  daysReached: number;
  syncedDays: number;
  syncedAt: string;
}

export async function sync(
  input: z.output<typeof syncInput>,
  ctx: CallContext,
): Promise<SyncResult> {
  const me = ctx.me();
  const { weRunData } = input;
  if (weRunData.errCode !== undefined && weRunData.errCode !== 0) {
    throw new VisibleError('steps.werun_expired', EXPIRED_MESSAGE);
  }
  if (!weRunData.data) {
    // a cloudID the platform did not exchange: nothing trustworthy arrived
    throw new VisibleError('steps.werun_expired', EXPIRED_MESSAGE);
  }
  const today = beijingDay(ctx.now);
  const c = await requireCampaign(ctx, input.campaignId);
  if (today < c.startDate) {
    throw new VisibleError(
      'steps.not_started',
      `健步走从 ${c.startDate} 开始，到时再来同步步数吧。`,
    );
  }
  const days = campaignDaysFromWeRun(weRunData.data.stepInfoList, c, today);
  const doc = await raiseDays(ctx.db, c._id, me.staffNo, days, ctx.now);
  if (!doc)
    throw new VisibleError(
      'steps.not_joined',
      '你还没有报名这次健步走，请先点「报名参加」，再同步步数。',
    );
  const s = summarize(doc.days, c, today);
  return {
    days: s.daysWithData,
    total: s.total,
    daysReached: s.daysReached,
    syncedDays: Object.keys(days).length,
    syncedAt: ctx.now.toISOString(),
  };
}
