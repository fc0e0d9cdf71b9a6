// Team standings: computed from every participant's days in a handful of requests (the nightly
// job), and recomputed on read when a walker synced or joined since they were last computed.
import type { Standings } from '../../domain/steps/contract';
import { computeStandings } from '../../domain/steps/rules';
import { addDays, beijingDay } from '../../domain/time';
import type { CallContext, Db, TimerContext } from '../_kit';
import { listActiveCampaigns, type CampaignDoc } from './campaign-repo';
import { requireCampaign } from './campaigns';
import { changedSince, listParticipants } from './participant-repo';
import { getStandings, putStandings, type StandingsDoc } from './standings-repo';

/** Ended campaigns keep being recomputed for a few days: late syncs of the last days still count. */
export const KEEP_AFTER_END_DAYS = 3;

/** Reads every participant (1,000 a request) and writes the one standings document. */
export async function recompute(db: Db, c: CampaignDoc, now: Date): Promise<StandingsDoc> {
  // taken before reading: a sync landing during the read leaves the result stale, not wrong
  const computedAt = new Date(now.getTime());
  const participants = await listParticipants(db, c._id);
  const core = computeStandings(participants, c, beijingDay(now));
  const doc: StandingsDoc = { _id: c._id, campaignId: c._id, computedAt, ...core };
  await putStandings(db, doc);
  return doc;
}

export function toOutput(doc: StandingsDoc): Standings {
  return {
    campaignId: doc.campaignId,
    asOfDay: doc.asOfDay,
    computedAt: new Date(doc.computedAt).toISOString(),
    participants: doc.participants,
    compliant: doc.compliant,
    rate: doc.rate,
    teams: doc.teams,
    ageGroups: doc.ageGroups,
    series: doc.series,
  };
}

/** The standings, fresh: recomputed when missing, from an earlier day, or older than a change. */
export async function freshStandings(db: Db, c: CampaignDoc, now: Date): Promise<StandingsDoc> {
  const stored = await getStandings(db, c._id);
  // an edit (target, cap, rule, end date) or a close since then makes them stale
  const editedSince = c.updatedAt !== undefined && stored && c.updatedAt >= stored.computedAt;
  if (stored && !editedSince && stored.asOfDay === computeAsOf(c, now)) {
    const changed = await changedSince(db, c._id, stored.computedAt);
    if (changed === 0) return stored;
  }
  return recompute(db, c, new Date());
}

function computeAsOf(c: CampaignDoc, now: Date): string {
  const today = beijingDay(now);
  return today < c.endDate ? today : c.endDate;
}

export async function standings(
  input: { campaignId: string },
  ctx: CallContext,
): Promise<Standings> {
  ctx.me();
  const c = await requireCampaign(ctx, input.campaignId);
  return toOutput(await freshStandings(ctx.db, c, ctx.now));
}

/** The nightly job: every running (or just ended) campaign's standings, idempotent. */
export async function nightly(
  ctx: TimerContext,
): Promise<{ campaigns: { campaignId: string; participants: number; rate: number }[] }> {
  const today = beijingDay(ctx.now);
  const list = await listActiveCampaigns(ctx.db, today, addDays(today, -KEEP_AFTER_END_DAYS));
  const out: { campaignId: string; participants: number; rate: number }[] = [];
  for (const c of list) {
    const doc = await recompute(ctx.db, c, ctx.now);
    out.push({ campaignId: c._id, participants: doc.participants, rate: doc.rate });
  }
  ctx.log.info('standings computed', { campaigns: out.length });
  return { campaigns: out };
}
