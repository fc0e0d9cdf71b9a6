// My walkathon: today's steps against the target, the last 31 days, days reached, pace and rank,
// computed live from my own document (ranks place my live total among the last standings).
import type { StepsMe } from '../../domain/steps/contract';
import { historyOf, rankOf, summarize } from '../../domain/steps/rules';
import { beijingDay } from '../../domain/time';
import type { CallContext } from '../_kit';
import { requireCampaign } from './campaigns';
import { getParticipant } from './participant-repo';
import { getStandings } from './standings-repo';

export async function me(input: { campaignId: string }, ctx: CallContext): Promise<StepsMe> {
  const staff = ctx.me();
  const today = beijingDay(ctx.now);
  const [c, p, st] = await Promise.all([
    requireCampaign(ctx, input.campaignId),
    getParticipant(ctx.db, input.campaignId, staff.staffNo),
    getStandings(ctx.db, input.campaignId),
  ]);
  const days = p?.days ?? {};
  const s = summarize(days, c, today);
  return {
    campaignId: c._id,
    joined: p !== null,
    daysReached: s.daysReached,
    compliant: s.compliant,
    total: s.total,
    neededDays: s.needed,
    pace: s.pace,
    today: { date: today, steps: days[today] ?? 0, target: c.dailyTarget },
    history: p ? historyOf(days, c, today) : [],
    teamId: p?.teamId ?? null,
    teamName: p?.teamName ?? null,
    ageGroup: p ? (c.ageGroups.find((g) => g.groupId === p.ageGroup)?.name ?? p.ageGroup) : null,
    rank: p
      ? {
          ...rankOf(st?.ranking ?? [], staff.staffNo, s.total, p.teamId),
          asOf: st ? new Date(st.computedAt).toISOString() : null,
        }
      : null,
    lastSyncAt: p?.syncedAt ? new Date(p.syncedAt).toISOString() : null,
  };
}
