// Creating a walkathon campaign (admins) and listing campaigns with whether I joined.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { CampaignView, createCampaignInput } from '../../domain/steps/contract';
import {
  ageGroupsFor,
  campaignStatus,
  defaultFlagAbove,
  neededDays,
  totalDays,
} from '../../domain/steps/rules';
import { beijingDay } from '../../domain/time';
import { VisibleError, type CallContext } from '../_kit';
import {
  addCampaign,
  getCampaign,
  listBranches,
  listCampaigns,
  type CampaignDoc,
} from './campaign-repo';
import { joinedCampaigns } from './participant-repo';

export function toView(c: CampaignDoc, today: string, joined: boolean): CampaignView {
  return {
    campaignId: c._id,
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    startDate: c.startDate,
    endDate: c.endDate,
    dailyTarget: c.dailyTarget,
    dailyCap: c.dailyCap,
    flagAbove: c.flagAbove,
    rule: c.rule,
    neededDays: neededDays(c.rule, totalDays(c)),
    totalDays: totalDays(c),
    teamMode: c.teamMode,
    teams: c.teams,
    ageGroups: c.ageGroups,
    status: campaignStatus(c, today),
    joined,
  };
}

export async function createCampaign(
  input: z.output<typeof createCampaignInput>,
  ctx: CallContext,
): Promise<{ campaignId: string }> {
  const me = ctx.me();
  let teams: CampaignDoc['teams'];
  if (input.teams.mode === 'branch') {
    const branches = await listBranches(ctx.db);
    teams = branches.map((b) => ({ teamId: b._id, name: b.name, branchIds: [b._id] }));
  } else {
    teams = input.teams.teams.map((t, i) => ({
      teamId: `t${i + 1}`,
      name: t.name,
      branchIds: t.branchIds,
    }));
  }
  const campaignId = `walk-${input.startDate.replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
  await addCampaign(ctx.db, {
    _id: campaignId,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    startDate: input.startDate,
    endDate: input.endDate,
    dailyTarget: input.dailyTarget,
    dailyCap: input.dailyCap,
    flagAbove: input.flagAbove ?? defaultFlagAbove(input.dailyCap),
    rule: input.rule,
    teamMode: input.teams.mode,
    teams,
    ageGroups: ageGroupsFor(input.ageSplit),
    createdBy: me.staffNo,
    createdAt: ctx.now,
  });
  ctx.log.info('campaign created', { campaignId });
  return { campaignId };
}

export async function campaigns(
  _input: unknown,
  ctx: CallContext,
): Promise<{ campaigns: CampaignView[] }> {
  const me = ctx.me();
  const today = beijingDay(ctx.now);
  const list = await listCampaigns(ctx.db);
  const joined = await joinedCampaigns(
    ctx.db,
    me.staffNo,
    list.map((c) => c._id),
  );
  const order = { running: 0, upcoming: 1, ended: 2 } as const;
  const views = list.map((c) => toView(c, today, joined.has(c._id)));
  views.sort((a, b) => order[a.status] - order[b.status] || (a.startDate < b.startDate ? 1 : -1));
  return { campaigns: views };
}

/** The campaign, or a plain "not found" a user can act on. */
export async function requireCampaign(ctx: CallContext, campaignId: string): Promise<CampaignDoc> {
  const c = await getCampaign(ctx.db, campaignId);
  if (!c)
    throw new VisibleError(
      'steps.campaign_not_found',
      '没有找到这个健步走活动，请返回活动列表重新选择。',
    );
  return c;
}
