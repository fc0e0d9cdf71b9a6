// Signing up for a campaign: one participant document per walker, team and age group fixed at sign-up.
import type { StaffDoc } from '../../domain/roster/staff';
import { ageGroupOf, teamFor } from '../../domain/steps/rules';
import { VisibleError, type CallContext } from '../_kit';
import type { CampaignDoc } from './campaign-repo';
import { getBranch } from '../_kit/roster-repo';
import { requireCampaign } from './campaigns';
import { addParticipant, getParticipant } from './participant-repo';

interface JoinResult {
  campaignId: string;
  teamId: string;
  teamName: string;
  ageGroup: string;
  alreadyJoined: boolean;
}

async function teamOf(
  ctx: CallContext,
  c: CampaignDoc,
  staff: StaffDoc,
): Promise<{ teamId: string; name: string }> {
  const team = teamFor(staff.branchId, c.teams);
  if (team) return team;
  if (c.teamMode === 'branch') {
    // a branch set up after the campaign was created still walks as its own team
    const branch = await getBranch(ctx.db, staff.branchId);
    if (branch) return { teamId: branch._id, name: branch.name };
  }
  throw new VisibleError(
    'steps.no_team',
    '你所在的分工会没有编入这次健步走的队伍，请联系本分工会或校工会。',
  );
}

export async function join(input: { campaignId: string }, ctx: CallContext): Promise<JoinResult> {
  const me = ctx.me();
  const c = await requireCampaign(ctx, input.campaignId);
  const existing = await getParticipant(ctx.db, c._id, me.staffNo);
  if (existing) {
    return {
      campaignId: c._id,
      teamId: existing.teamId,
      teamName: existing.teamName,
      ageGroup: existing.ageGroup,
      alreadyJoined: true,
    };
  }
  // joining after the end is allowed: WeRun's last 31 days are real walking, and a late
  // sync of the campaign's last days still counts (the app offers sign-up only while it runs)
  const team = await teamOf(ctx, c, me);
  const ageGroup = ageGroupOf(me.birth, c.startDate, c.ageGroups);
  const added = await addParticipant(ctx.db, {
    _id: `${c._id}:${me.staffNo}`,
    campaignId: c._id,
    staffNo: me.staffNo,
    name: me.name,
    branchId: me.branchId,
    teamId: team.teamId,
    teamName: team.name,
    ageGroup,
    days: {},
    joinedAt: ctx.now,
    syncedAt: null,
  });
  return {
    campaignId: c._id,
    teamId: team.teamId,
    teamName: team.name,
    ageGroup,
    alreadyJoined: !added,
  };
}
