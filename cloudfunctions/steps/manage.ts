// Editing and closing a walkathon campaign (admins). What may change when is decided in
// domain/steps/edit.ts; target, cap and rule changes recompute the standings on the next read
// (the campaign's `updatedAt` marks them stale) and in the nightly job.
import type { z } from 'zod';
import type { CampaignView, updateCampaignInput } from '../../domain/steps/contract';
import { applyCampaignEdit } from '../../domain/steps/edit';
import { beijingDay } from '../../domain/time';
import { VisibleError, type CallContext } from '../_kit';
import { closeCampaignToday, getCampaign, saveCampaignEdit } from './campaign-repo';
import { requireCampaign, toView } from './campaigns';
import { recompute } from './standings';

export async function updateCampaign(
  input: z.output<typeof updateCampaignInput>,
  ctx: CallContext,
): Promise<{ campaign: CampaignView; changed: string[] }> {
  ctx.me();
  const today = beijingDay(ctx.now);
  const { campaignId, ...patch } = input;
  const current = await requireCampaign(ctx, campaignId);
  const r = applyCampaignEdit(current, patch, today);
  if (!r.ok) throw new VisibleError('validation.failed', r.message, r.issues);
  if (r.changed.length === 0) return { campaign: toView(current, today, false), changed: [] };

  const fields: Record<string, unknown> = {};
  for (const k of r.changed) if (k !== 'description' || r.next.description) fields[k] = r.next[k];
  const clearDescription = r.changed.includes('description') && !r.next.description;
  await saveCampaignEdit(ctx.db, campaignId, fields, clearDescription);
  ctx.log.info('campaign updated', { campaignId, changed: r.changed.join(',') });
  const saved = { ...current, ...r.next };
  if (clearDescription) delete saved.description;
  return { campaign: toView(saved, today, false), changed: r.changed };
}

export async function closeCampaign(
  input: { campaignId: string },
  ctx: CallContext,
): Promise<{
  campaign: CampaignView;
  alreadyClosed: boolean;
  participants: number;
  compliant: number;
}> {
  const me = ctx.me();
  const today = beijingDay(ctx.now);
  const before = await requireCampaign(ctx, input.campaignId);
  if (today < before.startDate)
    throw new VisibleError(
      'steps.not_started',
      '这个活动还没开始，不能结束。如果要改期，请修改开始和结束日期。',
    );
  const closed =
    before.endDate > today &&
    (await closeCampaignToday(ctx.db, input.campaignId, today, me.staffNo));
  const c = closed ? await getCampaign(ctx.db, input.campaignId) : before;
  if (!c) throw new VisibleError('steps.campaign_not_found', '没有找到这个健步走活动。');
  // the final standings once, now: the last days' late syncs still count in the nightly job
  const doc = await recompute(ctx.db, c, new Date());
  if (closed) ctx.log.info('campaign closed', { campaignId: c._id });
  return {
    campaign: toView(c, today, false),
    alreadyClosed: !closed,
    participants: doc.participants,
    compliant: doc.compliant,
  };
}
