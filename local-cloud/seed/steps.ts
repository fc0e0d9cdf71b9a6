// Demo walkathon: a running autumn campaign (60 days, today is day 31) with ~150 walkers from the
// demo roster and their generated step histories, plus its standings. Idempotent (fixed _ids).
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { ageGroupOf, ageGroupsFor, computeStandings, type Days } from '../../domain/steps/rules';
import { addDays, beijingDay, dayRange } from '../../domain/time';
import { DEMO_BRANCHES, branchId } from './branches';
import { rng } from './people';

export const DEMO_CAMPAIGN_ID = 'walk-demo-autumn';
const WALKERS = 150;

/**
 * A made-up history: each walker has a habit (some walk a lot, some little), skips a few days
 * (did not open the app), and now and then reports an implausible day (a step-faking tool).
 */
export function generateDays(
  next: () => number,
  days: readonly string[],
  lastIsToday = true,
): Days {
  const habit = 3500 + next() * 8000;
  const out: Days = {};
  days.forEach((day, i) => {
    if (next() < 0.08) return;
    let steps = Math.max(0, Math.round(habit * (0.55 + next() * 0.9)));
    if (next() < 0.004) steps = 45_000 + Math.round(next() * 40_000);
    if (lastIsToday && i === days.length - 1) steps = Math.round(steps * 0.4);
    out[day] = steps;
  });
  return out;
}

export async function seedWalkathon(db: Db, now: Date): Promise<void> {
  const today = beijingDay(now);
  const existing = await db.collection(COLLECTIONS.stepCampaigns).doc(DEMO_CAMPAIGN_ID).get();
  if ((existing.data as unknown[]).length > 0) return;

  const startDate = addDays(today, -30);
  const campaign = {
    _id: DEMO_CAMPAIGN_ID,
    name: `${today.slice(0, 4)}年秋冬健步走`,
    description: '秋冬时节一起走起来：每天打开小程序同步一次步数，成绩计入所在分工会。',
    startDate,
    endDate: addDays(today, 29),
    dailyTarget: 6000,
    dailyCap: 15000,
    flagAbove: 40000,
    rule: { type: 'min_days' as const, days: 40 },
    teamMode: 'branch' as const,
    teams: DEMO_BRANCHES.map((name, i) => ({
      teamId: branchId(i),
      name,
      branchIds: [branchId(i)],
    })),
    ageGroups: ageGroupsFor(50),
    createdBy: '100001',
    createdAt: now,
  };

  const _ = db.command;
  const staffRes = await db
    .collection(COLLECTIONS.staff)
    .where({ openid: _.exists(true), active: true })
    .orderBy('_id', 'asc')
    .limit(1000)
    .get();
  // the demo accounts and about half of the rest are left out, to try signing up with
  const people = (
    staffRes.data as { staffNo: string; name: string; branchId: string; birth?: string }[]
  )
    .filter((s) => /^\d+$/.test(s.staffNo) && Number(s.staffNo) >= 100004)
    .filter((_s, i) => i % 15 < 8)
    .slice(0, WALKERS);

  const next = rng(2026_11);
  const days = dayRange(startDate, today);
  const teamName = new Map(campaign.teams.map((t) => [t.teamId, t.name]));
  const docs = people.map((s) => ({
    _id: `${DEMO_CAMPAIGN_ID}:${s.staffNo}`,
    campaignId: DEMO_CAMPAIGN_ID,
    staffNo: s.staffNo,
    name: s.name,
    branchId: s.branchId,
    teamId: s.branchId,
    teamName: teamName.get(s.branchId) ?? s.branchId,
    ageGroup: ageGroupOf(s.birth, startDate, campaign.ageGroups),
    days: generateDays(next, days),
    joinedAt: new Date(now.getTime() - 31 * 86_400_000),
    syncedAt: now,
    updatedAt: now,
  }));

  // a seeding cut short earlier may have added some walkers already
  const had = await db
    .collection(COLLECTIONS.stepParticipants)
    .where({ campaignId: DEMO_CAMPAIGN_ID })
    .field({ _id: true })
    .limit(1000)
    .get();
  const have = new Set((had.data as { _id: string }[]).map((d) => d._id));
  const missing = docs.filter((d) => !have.has(d._id));
  if (missing.length) await db.collection(COLLECTIONS.stepParticipants).add(missing);
  const core = computeStandings(docs, campaign, today);
  await db
    .collection(COLLECTIONS.stepStandings)
    .doc(DEMO_CAMPAIGN_ID)
    .set({ campaignId: DEMO_CAMPAIGN_ID, computedAt: now, ...core });
  // the campaign last: a crash half-way leaves no campaign, so the next seeding starts over
  await db.collection(COLLECTIONS.stepCampaigns).add(campaign);
}
