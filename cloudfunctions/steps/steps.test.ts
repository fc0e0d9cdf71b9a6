// The walkathon through the function gateway, the real SDK and the local cloud: campaigns,
// sign-up, WeRun sync via the platform's cloudID exchange, compliance, standings and the nightly job.
import { COLLECTIONS } from '../../database/collections';
import type { Report, StepsMe, Standings } from '../../domain/steps/contract';
import { addDays, beijingDay, startOfBeijingDay } from '../../domain/time';
import { registerCloudId } from '../../local-cloud/gateway/cloud-ids';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { readXlsx } from '../_kit/xlsx';

let t: TestCloud;
const today = beijingDay();
const day = (n: number) => addDays(today, n);
const ts = (d: string) => startOfBeijingDay(d).getTime() / 1000;

interface StaffLite {
  staffNo: string;
  branchId: string;
  openid: string;
}
let staff: StaffLite[] = [];

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  const res = await t.db.collection(COLLECTIONS.staff).where({ active: true }).limit(1000).get();
  staff = (res.data as StaffLite[]).filter(
    (s) => s.openid && /^dev-1\d+$/.test(s.openid) && Number(s.staffNo) >= 100004,
  );
});
afterAll(() => t.stop());

/** Registers WeRun data for an openid the way the dev panel does, and returns its cloudID. */
async function weRun(openid: string, days: Record<string, number>): Promise<string> {
  const stepInfoList = Object.entries(days).map(([d, step]) => ({ timestamp: ts(d), step }));
  const res = await fetch(`${t.cloud.url}/api/dev/werun`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid, stepInfoList }),
  });
  return ((await res.json()) as { cloudID: string }).cloudID;
}

async function sync(openid: string, campaignId: string, days: Record<string, number>) {
  return t.call<{ days: number; total: number; daysReached: number }>(
    'steps',
    { action: 'steps.sync', campaignId, weRunData: { cloudID: await weRun(openid, days) } },
    openid,
  );
}

async function storedDays(
  campaignId: string,
  staffNo: string,
): Promise<Record<string, number> | undefined> {
  const res = await t.db
    .collection(COLLECTIONS.stepParticipants)
    .doc(`${campaignId}:${staffNo}`)
    .get();
  return (res.data as { days: Record<string, number> }[])[0]?.days;
}

const base = {
  name: '秋季健步走',
  // 30 days, today is the 10th
  startDate: day(-9),
  endDate: day(20),
  dailyTarget: 6000,
  dailyCap: 12000,
  flagAbove: 30000,
  rule: { type: 'min_days', days: 3 },
};

async function newCampaign(over: Record<string, unknown> = {}): Promise<string> {
  const r = await t.data<{ campaignId: string }>(
    'steps',
    { action: 'steps.createCampaign', ...base, ...over },
    'dev-admin',
  );
  return r.campaignId;
}

describe('steps.createCampaign', () => {
  it('lets only admins create a campaign', async () => {
    const r = await t.call('steps', { action: 'steps.createCampaign', ...base }, 'dev-organizer');
    expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('refuses bad input with field issues, writing nothing', async () => {
    t.resetRequests();
    const r = await t.call(
      'steps',
      {
        action: 'steps.createCampaign',
        ...base,
        dailyCap: 3000,
        rule: { type: 'ratio', ratio: 1.5 },
      },
      'dev-admin',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    if (!r.ok)
      expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['dailyCap', 'rule.ratio']);
    expect(t.requests()).toBe(0);
    const count = await t.db.collection(COLLECTIONS.stepCampaigns).count();
    expect(count.total).toBe(0);
  });

  it('creates a campaign with one team per branch and a 50+ age group', async () => {
    const campaignId = await newCampaign();
    const list = await t.data<{
      campaigns: {
        campaignId: string;
        teams: unknown[];
        status: string;
        joined: boolean;
        neededDays: number;
        ageGroups: { name: string }[];
      }[];
    }>('steps', { action: 'steps.campaigns' }, staff[0].openid);
    const c = list.campaigns.find((x) => x.campaignId === campaignId);
    expect(c).toMatchObject({ status: 'running', joined: false, neededDays: 3 });
    expect(c?.teams).toHaveLength(24);
    expect(c?.ageGroups.map((g) => g.name)).toEqual(['50岁以下', '50岁及以上']);
  });
});

describe('sign-up and sync', () => {
  let campaignId: string;
  let walker: StaffLite;
  beforeAll(async () => {
    campaignId = await newCampaign();
    walker = staff[0];
  });

  it('refuses a sync before sign-up, writing nothing', async () => {
    const r = await sync(walker.openid, campaignId, { [today]: 8000 });
    expect(r).toMatchObject({ ok: false, error: { code: 'steps.not_joined' } });
    expect(await storedDays(campaignId, walker.staffNo)).toBeUndefined();
  });

  it('signs up once, in the team of the branch; a repeat is harmless', async () => {
    const first = await t.data<{ teamId: string; alreadyJoined: boolean }>(
      'steps',
      { action: 'steps.join', campaignId },
      walker.openid,
    );
    expect(first).toMatchObject({ teamId: walker.branchId, alreadyJoined: false });
    const again = await t.data<{ alreadyJoined: boolean }>(
      'steps',
      { action: 'steps.join', campaignId },
      walker.openid,
    );
    expect(again.alreadyJoined).toBe(true);
    const n = await t.db.collection(COLLECTIONS.stepParticipants).where({ campaignId }).count();
    expect(n.total).toBe(1);
  });

  it('stores the campaign days of a WeRun sync in 2 requests besides the identity lookup', async () => {
    const cloudID = await weRun(walker.openid, {
      [day(-12)]: 20000, // before the start: ignored
      [day(-9)]: 6000,
      [day(-8)]: 5999,
      [day(-1)]: 50000, // implausible: flagged, counted as the cap
      [today]: 7000,
    });
    t.resetRequests();
    const r = await t.data<{ days: number; total: number; daysReached: number }>(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { cloudID } },
      walker.openid,
    );
    expect(t.requests()).toBeLessThanOrEqual(3);
    expect(r).toMatchObject({ days: 4, total: 6000 + 5999 + 12000 + 7000, daysReached: 3 });
    expect(await storedDays(campaignId, walker.staffNo)).toEqual({
      [day(-9)]: 6000,
      [day(-8)]: 5999,
      [day(-1)]: 50000,
      [today]: 7000,
    });
  });

  it('is idempotent: the same data again changes nothing; a lower count never replaces a higher one', async () => {
    const before = await storedDays(campaignId, walker.staffNo);
    await expect(
      sync(walker.openid, campaignId, { [day(-9)]: 6000, [day(-8)]: 5999, [today]: 7000 }),
    ).resolves.toMatchObject({ ok: true });
    expect(await storedDays(campaignId, walker.staffNo)).toEqual(before);
    const r = await sync(walker.openid, campaignId, {
      [day(-9)]: 100,
      [day(-8)]: 6500,
      [today]: 9000,
    });
    expect(r).toMatchObject({ ok: true, data: { daysReached: 4 } });
    expect(await storedDays(campaignId, walker.staffNo)).toEqual({
      [day(-9)]: 6000,
      [day(-8)]: 6500,
      [day(-1)]: 50000,
      [today]: 9000,
    });
  });

  it('reads days in Beijing time: 16:00 UTC on the eve of the start is the first day', async () => {
    const other = staff[1];
    await t.data('steps', { action: 'steps.join', campaignId }, other.openid);
    const startSec = ts(base.startDate); // 16:00 UTC the day before, in seconds
    expect(new Date(startSec * 1000).getUTCHours()).toBe(16);
    const cloudID = registerCloudId(other.openid, {
      stepInfoList: [
        { timestamp: startSec - 1, step: 9999 },
        { timestamp: startSec, step: 8000 },
      ],
    });
    await t.data(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { cloudID } },
      other.openid,
    );
    expect(await storedDays(campaignId, other.staffNo)).toEqual({ [base.startDate]: 8000 });
  });

  it('shows me my progress, live, with my rank among the standings', async () => {
    const me = await t.data<StepsMe>('steps', { action: 'steps.me', campaignId }, walker.openid);
    expect(me).toMatchObject({
      joined: true,
      daysReached: 4,
      compliant: true,
      total: 6000 + 6500 + 12000 + 9000,
      neededDays: 3,
      pace: 'done',
      today: { date: today, steps: 9000, target: 6000 },
      teamId: walker.branchId,
    });
    expect(me.history).toHaveLength(10);
    expect(me.history.at(-2)).toEqual({
      date: day(-1),
      steps: 50000,
      counted: 12000,
      reached: true,
      flagged: true,
    });
    expect(me.rank).toMatchObject({ overall: 1 });
    const stranger = await t.data<StepsMe>(
      'steps',
      { action: 'steps.me', campaignId },
      staff[5].openid,
    );
    expect(stranger).toMatchObject({
      joined: false,
      daysReached: 0,
      compliant: false,
      total: 0,
      rank: null,
    });
  });
});

describe('step data the app makes up is refused', () => {
  let campaignId: string;
  let walker: StaffLite;
  const forged = () => ({
    stepInfoList: [{ timestamp: ts(today), step: 99999 }],
    watermark: { appid: 'wx-local-union-hub', timestamp: Date.now() / 1000 },
  });
  beforeAll(async () => {
    campaignId = await newCampaign();
    walker = staff[2];
    await t.data('steps', { action: 'steps.join', campaignId }, walker.openid);
  });
  afterEach(async () => {
    expect(await storedDays(campaignId, walker.staffNo)).toEqual({});
  });

  it('refuses data without a cloudID', async () => {
    const r = await t.call(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { data: forged() } },
      walker.openid,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });

  it('replaces data sent beside a made-up cloudID: the platform overwrites it', async () => {
    const r = await t.call(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { cloudID: 'made-up', data: forged() } },
      walker.openid,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'steps.werun_expired' } });
  });

  it('uses what was registered, not what the app sent beside a real cloudID', async () => {
    const cloudID = await weRun(walker.openid, {});
    const r = await t.call<{ total: number }>(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { cloudID, data: forged() } },
      walker.openid,
    );
    expect(r).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it("refuses another person's cloudID", async () => {
    const cloudID = await weRun(staff[3].openid, { [today]: 8000 });
    const r = await t.call(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { cloudID } },
      walker.openid,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'steps.werun_expired' } });
  });

  it('refuses a steps field, and data wrapped where no cloudID is exchanged', async () => {
    const steps = [{ timestamp: ts(today), step: 99999 }];
    const a = await t.call(
      'steps',
      {
        action: 'steps.sync',
        campaignId,
        steps,
        weRunData: { cloudID: await weRun(walker.openid, {}) },
      },
      walker.openid,
    );
    expect(a).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    const b = await t.call(
      'steps',
      { action: 'steps.sync', data: { campaignId, weRunData: { cloudID: 'x', data: forged() } } },
      walker.openid,
    );
    expect(b).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });

  it('says an expired cloudID must be synced again', async () => {
    const cloudID = registerCloudId(walker.openid, forged(), Date.now() - 6 * 60 * 1000);
    const r = await t.call(
      'steps',
      { action: 'steps.sync', campaignId, weRunData: { cloudID } },
      walker.openid,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'steps.werun_expired' } });
    if (!r.ok) expect(r.error.message).toContain('请重新同步');
  });
});

describe('compliance, team standings and the nightly job', () => {
  // 10 days, today is the 5th; ratio 20% → 2 days needed
  const ratio = { startDate: day(-4), endDate: day(5), rule: { type: 'ratio', ratio: 0.2 } };
  let campaignId: string;
  let teamX: StaffLite[];
  let teamY: StaffLite[];

  beforeAll(async () => {
    campaignId = await newCampaign({ name: '冬季健步走', ...ratio });
    const byBranch = (b: string) => staff.filter((s) => s.branchId === b);
    // team X is the chair's branch (b06), to see the chair's view
    const bx = 'b06';
    const by = staff.find((s) => s.branchId !== bx)?.branchId as string;
    teamX = byBranch(bx).slice(0, 2);
    teamY = byBranch(by).slice(0, 1);
    for (const w of [...teamX, ...teamY])
      await t.data('steps', { action: 'steps.join', campaignId }, w.openid);
    await sync(teamX[0].openid, campaignId, { [day(-4)]: 6000, [day(-3)]: 7000 }); // 2 days: complies
    await sync(teamX[1].openid, campaignId, { [day(-4)]: 6000, [day(-3)]: 3000 }); // 1 day: not yet
    await sync(teamY[0].openid, campaignId, { [day(-4)]: 8000, [day(-2)]: 8000, [day(-1)]: 40000 }); // 3 days
  });

  it('applies the ratio rule to each walker', async () => {
    const a = await t.data<StepsMe>('steps', { action: 'steps.me', campaignId }, teamX[0].openid);
    const b = await t.data<StepsMe>('steps', { action: 'steps.me', campaignId }, teamX[1].openid);
    expect(a).toMatchObject({ daysReached: 2, compliant: true, neededDays: 2, total: 13000 });
    expect(b).toMatchObject({ daysReached: 1, compliant: false, total: 9000, pace: 'on_track' });
  });

  it('gives team rates right after a sync, without waiting for the night', async () => {
    const s = await t.data<Standings>(
      'steps',
      { action: 'steps.standings', campaignId },
      teamX[1].openid,
    );
    const x = s.teams.find((r) => r.teamId === teamX[0].branchId);
    const y = s.teams.find((r) => r.teamId === teamY[0].branchId);
    // X: 13000 + 9000 over 2 walkers × 5 days = 2200; Y: 8000 + 8000 + 12000 over 5 days = 5600
    expect(x).toMatchObject({
      participants: 2,
      compliant: 1,
      rate: 0.5,
      avgSteps: 2200,
      rankByRate: 2,
      rankByAvg: 2,
    });
    expect(y).toMatchObject({
      participants: 1,
      compliant: 1,
      rate: 1,
      avgSteps: 5600,
      rankByRate: 1,
      rankByAvg: 1,
    });
    expect(s).toMatchObject({ participants: 3, compliant: 2, rate: 0.6667 });
    expect(s.series.days).toHaveLength(5);
    expect(s.series.teams[teamY[0].branchId]).toEqual([8000, 0, 8000, 12000, 0]);

    // a sync after that is in the very next read
    await sync(teamX[1].openid, campaignId, { [day(-2)]: 6100 });
    const s2 = await t.data<Standings>(
      'steps',
      { action: 'steps.standings', campaignId },
      teamX[1].openid,
    );
    expect(s2.teams.find((r) => r.teamId === teamX[0].branchId)).toMatchObject({
      compliant: 2,
      rate: 1,
    });
  });

  it('computes every campaign in the nightly job within 20 requests, idempotently', async () => {
    t.resetRequests();
    const fire = async () => {
      const res = await fetch(`${t.cloud.url}/api/dev/timer/steps`, { method: 'POST' });
      return (await res.json()) as {
        runs: {
          result: { ok: boolean; data: { campaigns: { campaignId: string; rate: number }[] } };
        }[];
      };
    };
    const first = await fire();
    expect(t.requests()).toBeLessThanOrEqual(20);
    expect(first.runs[0].result.ok).toBe(true);
    expect(
      first.runs[0].result.data.campaigns.find((c) => c.campaignId === campaignId),
    ).toMatchObject({ rate: 1 });
    const doc1 = (await t.db.collection(COLLECTIONS.stepStandings).doc(campaignId).get())
      .data[0] as { teams: unknown; ranking: unknown };
    await fire();
    const doc2 = (await t.db.collection(COLLECTIONS.stepStandings).doc(campaignId).get())
      .data[0] as { teams: unknown; ranking: unknown };
    expect(doc2.teams).toEqual(doc1.teams);
    expect(doc2.ranking).toEqual(doc1.ranking);
  });

  it('shows the union every walker, the top walkers and flagged days; a chair sees their branch', async () => {
    const all = await t.data<Report>('steps', { action: 'steps.report', campaignId }, 'dev-admin');
    expect(all).toMatchObject({ scope: 'all', matched: 3 });
    expect(all.top[0]).toMatchObject({
      staffNo: teamY[0].staffNo,
      total: 28000,
      daysReached: 3,
      flaggedDays: 1,
    });
    expect(all.flagged).toEqual([
      expect.objectContaining({ staffNo: teamY[0].staffNo, date: day(-1), steps: 40000 }),
    ]);
    const flaggedOnly = await t.data<Report>(
      'steps',
      { action: 'steps.report', campaignId, flaggedOnly: true },
      'dev-admin',
    );
    expect(flaggedOnly.rows.map((r) => r.staffNo)).toEqual([teamY[0].staffNo]);
    const search = await t.data<Report>(
      'steps',
      { action: 'steps.report', campaignId, q: teamX[1].staffNo },
      'dev-admin',
    );
    expect(search.rows.map((r) => r.staffNo)).toEqual([teamX[1].staffNo]);

    const chair = await t.data<Report>(
      'steps',
      { action: 'steps.report', campaignId },
      'dev-chair',
    );
    expect(chair.scope).toBe('branch');
    expect(chair.rows.map((r) => r.staffNo).sort()).toEqual(teamX.map((w) => w.staffNo).sort());
    const walker = await t.call('steps', { action: 'steps.report', campaignId }, teamX[0].openid);
    expect(walker).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('exports the walkers as an .xlsx file', async () => {
    const file = await t.data<{ filename: string; base64: string; rows: number }>(
      'steps',
      { action: 'steps.export', campaignId },
      'dev-admin',
    );
    expect(file.filename).toMatch(/^冬季健步走-.*\.xlsx$/);
    const sheet = await readXlsx(Buffer.from(file.base64, 'base64'));
    expect(sheet.headers).toEqual([
      '工号',
      '姓名',
      '队伍',
      '年龄组',
      '达标天数',
      '是否达标',
      '累计步数（计入）',
      '日均步数',
      '异常天数',
    ]);
    expect(sheet.rows).toHaveLength(3);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/1[3-9]\d{9}/);
  });
});

describe('the demo walkathon', () => {
  it('seeds a running campaign with about 150 walkers and their histories, once', async () => {
    const { seedWalkathon, DEMO_CAMPAIGN_ID } = await import('../../local-cloud/seed/steps');
    await seedWalkathon(t.db, new Date());
    await seedWalkathon(t.db, new Date());
    const n = await t.db
      .collection(COLLECTIONS.stepParticipants)
      .where({ campaignId: DEMO_CAMPAIGN_ID })
      .count();
    expect(n.total).toBe(150);
    const s = await t.data<Standings>(
      'steps',
      { action: 'steps.standings', campaignId: DEMO_CAMPAIGN_ID },
      'dev-admin',
    );
    expect(s.participants).toBe(150);
    expect(s.series.days).toHaveLength(31);
    const report = await t.data<Report>(
      'steps',
      { action: 'steps.report', campaignId: DEMO_CAMPAIGN_ID },
      'dev-admin',
    );
    expect(report.top[0].total).toBeGreaterThan(0);
  });
});

describe('editing and closing a campaign', () => {
  const getDoc = async (campaignId: string) =>
    (await t.db.collection(COLLECTIONS.stepCampaigns).doc(campaignId).get()).data[0] as Record<
      string,
      unknown
    >;

  it('lets only admins edit or close', async () => {
    const campaignId = await newCampaign({ name: '只读健步走' });
    for (const action of ['steps.updateCampaign', 'steps.closeCampaign']) {
      const r = await t.call('steps', { action, campaignId, name: '改个名字' }, staff[0].openid);
      expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    }
    expect(await getDoc(campaignId)).toMatchObject({ name: '只读健步走', endDate: day(20) });
  });

  it('refuses bad edits with field issues, writing nothing', async () => {
    const campaignId = await newCampaign({ name: '不动健步走' });
    const before = await getDoc(campaignId);
    const bad = [
      { dailyTarget: 50 }, // contract
      { startDate: day(-3) }, // started: the start stays
      { endDate: day(-1) }, // before today
      { dailyCap: 5000 }, // under the target
    ];
    for (const patch of bad) {
      const r = await t.call(
        'steps',
        { action: 'steps.updateCampaign', campaignId, ...patch },
        'dev-admin',
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
      if (!r.ok) expect(r.error.issues?.length).toBeGreaterThan(0);
    }
    expect(await getDoc(campaignId)).toEqual(before);
  });

  it('changes compliance on the next standings read when the rule changes', async () => {
    const campaignId = await newCampaign({ name: '改规则健步走' }); // min 3 days
    const w = staff[1];
    await t.data('steps', { action: 'steps.join', campaignId }, w.openid);
    await sync(w.openid, campaignId, { [day(-3)]: 7000, [day(-2)]: 7000 }); // 2 days reached
    const read = () =>
      t.data<Standings>('steps', { action: 'steps.standings', campaignId }, 'dev-admin');
    expect(await read()).toMatchObject({ participants: 1, compliant: 0 });
    expect(await read()).toMatchObject({ compliant: 0 }); // stored, fresh

    const r = await t.data<{ changed: string[]; campaign: { neededDays: number } }>(
      'steps',
      {
        action: 'steps.updateCampaign',
        campaignId,
        rule: { type: 'min_days', days: 2 },
        description: '规则放宽为 2 天',
      },
      'dev-admin',
    );
    expect(r.changed.sort()).toEqual(['description', 'rule']);
    expect(r.campaign.neededDays).toBe(2);
    expect(await read()).toMatchObject({ participants: 1, compliant: 1, rate: 1 });
    const me = await t.data<StepsMe>('steps', { action: 'steps.me', campaignId }, w.openid);
    expect(me).toMatchObject({ compliant: true, neededDays: 2 });
  });

  it('closes a running campaign today, once, with its standings computed', async () => {
    const campaignId = await newCampaign({ name: '提前结束健步走' });
    const w = staff[2];
    await t.data('steps', { action: 'steps.join', campaignId }, w.openid);
    await sync(w.openid, campaignId, { [day(-1)]: 7000, [day(-2)]: 7000, [day(-3)]: 7000 });
    t.resetRequests();
    const r = await t.data<{ alreadyClosed: boolean; participants: number; compliant: number }>(
      'steps',
      { action: 'steps.closeCampaign', campaignId },
      'dev-admin',
    );
    expect(r).toMatchObject({ alreadyClosed: false, participants: 1, compliant: 1 });
    expect(t.requests()).toBeLessThanOrEqual(8);
    expect(await getDoc(campaignId)).toMatchObject({
      endDate: today,
      closedBy: expect.any(String),
    });
    const again = await t.data<{ alreadyClosed: boolean }>(
      'steps',
      { action: 'steps.closeCampaign', campaignId },
      'dev-admin',
    );
    expect(again.alreadyClosed).toBe(true);
    const st = await t.db.collection(COLLECTIONS.stepStandings).doc(campaignId).get();
    expect(st.data[0]).toMatchObject({ asOfDay: today, compliant: 1 });
    // ending before today is for closing, not editing
    const later = await t.call(
      'steps',
      { action: 'steps.updateCampaign', campaignId, endDate: day(-1) },
      'dev-admin',
    );
    expect(later).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });

  it('refuses to close a campaign that has not started', async () => {
    const campaignId = await newCampaign({ startDate: day(3), endDate: day(20) });
    const r = await t.call('steps', { action: 'steps.closeCampaign', campaignId }, 'dev-admin');
    expect(r).toMatchObject({ ok: false, error: { code: 'steps.not_started' } });
    expect(await getDoc(campaignId)).toMatchObject({ endDate: day(20) });
  });
});
