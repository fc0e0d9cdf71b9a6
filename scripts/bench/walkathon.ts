// Bench `walkathon`: 2,000 walkers × 100 days, some WeRun syncs through the gateway, then the
// nightly standings job — its time and database requests (budget: ≤ 20) — and a standings read.
import { COLLECTIONS } from '../../database/collections';
import type { Standings } from '../../domain/steps/contract';
import { addDays, beijingDay, dayRange, startOfBeijingDay } from '../../domain/time';
import { rng } from '../../local-cloud/seed/people';
import { generateDays } from '../../local-cloud/seed/steps';
import { startTestCloud } from '../../local-cloud/testing';

export const NIGHTLY_BUDGET = 20;

export async function benchWalkathon(
  walkers = 2000,
  days = 100,
  syncs = 50,
): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ demo: true, synthetic: walkers });
  try {
    const today = beijingDay();
    const startDate = addDays(today, -(days - 1));
    const { campaignId } = await t.data<{ campaignId: string }>(
      'steps',
      {
        action: 'steps.createCampaign',
        name: '百日健步走',
        startDate,
        endDate: today,
        dailyTarget: 6000,
        dailyCap: 15000,
        rule: { type: 'ratio', ratio: 0.6 },
      },
      'dev-admin',
    );

    // 2,000 participant documents with 100 days each, written straight in (setup, not measured)
    const next = rng(100);
    const range = dayRange(startDate, today);
    const docs = Array.from({ length: walkers }, (_, i) => {
      const staffNo = `T${String(i + 1).padStart(4, '0')}`;
      const branch = `b${String((i % 23) + 1).padStart(2, '0')}`;
      return {
        _id: `${campaignId}:${staffNo}`,
        campaignId,
        staffNo,
        name: `步行者${i + 1}`,
        branchId: branch,
        teamId: branch,
        teamName: branch,
        ageGroup: i % 3 === 0 ? '50-plus' : 'under-50',
        days: generateDays(next, range),
        joinedAt: new Date(),
        syncedAt: null,
        updatedAt: new Date(),
      };
    });
    for (let i = 0; i < docs.length; i += 500)
      await t.db.collection(COLLECTIONS.stepParticipants).add(docs.slice(i, i + 500));

    // some walkers open the app and sync their last 31 days
    let syncRequestsMax = 0;
    for (let i = 0; i < syncs; i++) {
      const openid = `dev-T${String(i * 37 + 1).padStart(4, '0')}`;
      const stepInfoList = range.slice(-31).map((d) => ({
        timestamp: startOfBeijingDay(d).getTime() / 1000,
        step: 5000 + ((i * 131) % 7000),
      }));
      const res = await fetch(`${t.cloud.url}/api/dev/werun`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ openid, stepInfoList }),
      });
      const { cloudID } = (await res.json()) as { cloudID: string };
      t.resetRequests();
      await t.data('steps', { action: 'steps.sync', campaignId, weRunData: { cloudID } }, openid);
      syncRequestsMax = Math.max(syncRequestsMax, t.requests());
    }

    t.resetRequests();
    const started = Date.now();
    const fired = await fetch(`${t.cloud.url}/api/dev/timer/steps`, { method: 'POST' });
    const nightlyMs = Date.now() - started;
    const nightlyRequests = t.requests();
    const body = (await fired.json()) as {
      runs: {
        result: { ok: boolean; data?: { campaigns: { participants: number; rate: number }[] } };
      }[];
    };
    const run = body.runs[0]?.result;

    t.resetRequests();
    const readStarted = Date.now();
    const standings = await t.data<Standings>(
      'steps',
      { action: 'steps.standings', campaignId },
      'dev-T0002',
    );
    const standingsReadMs = Date.now() - readStarted;
    const standingsReadRequests = t.requests();

    const participants = run?.data?.campaigns[0]?.participants ?? 0;
    return {
      walkers,
      days,
      syncs,
      syncRequestsMax,
      nightlyMs,
      nightlyRequests,
      nightlyBudget: NIGHTLY_BUDGET,
      participants,
      rate: standings.rate,
      teams: standings.teams.length,
      standingsReadMs,
      standingsReadRequests,
      invariantsHold:
        Boolean(run?.ok) &&
        participants === walkers &&
        nightlyRequests <= NIGHTLY_BUDGET &&
        syncRequestsMax <= 3,
    };
  } finally {
    await t.stop();
  }
}
