// The walkathon's pure rules with hand-computed expectations.
import {
  ageGroupOf,
  ageGroupsFor,
  campaignDaysFromWeRun,
  campaignStatus,
  computeStandings,
  dayOfTimestamp,
  historyOf,
  mergeDays,
  neededDays,
  rankOf,
  summarize,
  type CampaignRules,
  type ParticipantDays,
} from './rules';
import { createCampaignInput, syncInput } from './contract';

/** seconds at 00:00 Beijing time of a day, as WeRun reports it */
const ts = (day: string) => Date.parse(`${day}T00:00:00+08:00`) / 1000;

const c: CampaignRules = {
  startDate: '2026-11-01',
  endDate: '2026-11-10',
  dailyTarget: 6000,
  dailyCap: 12000,
  flagAbove: 30000,
  rule: { type: 'min_days', days: 4 },
};

describe('Beijing day boundaries', () => {
  it('reads a WeRun timestamp as the Beijing day it starts', () => {
    expect(dayOfTimestamp(ts('2026-11-20'))).toBe('2026-11-20');
    // 16:00 UTC is already the next day in Beijing
    expect(dayOfTimestamp(Date.UTC(2026, 10, 19, 16, 0, 0) / 1000)).toBe('2026-11-20');
    expect(dayOfTimestamp(Date.UTC(2026, 10, 19, 15, 59, 59) / 1000)).toBe('2026-11-19');
  });

  it('keeps only campaign days up to today, the higher count where a day repeats', () => {
    const list = [
      { timestamp: ts('2026-10-31'), step: 9000 },
      { timestamp: ts('2026-11-01'), step: 7000 },
      { timestamp: ts('2026-11-01'), step: 7500 },
      { timestamp: ts('2026-11-03'), step: 100 },
      { timestamp: ts('2026-11-04'), step: 8000 },
    ];
    expect(campaignDaysFromWeRun(list, c, '2026-11-03')).toEqual({
      '2026-11-01': 7500,
      '2026-11-03': 100,
    });
    expect(
      campaignDaysFromWeRun([{ timestamp: ts('2026-11-11'), step: 1 }], c, '2026-11-20'),
    ).toEqual({});
  });
});

describe('merging a sync into stored days', () => {
  it('raises lower counts, never lowers, and a repeat changes nothing', () => {
    const first = mergeDays({}, { '2026-11-01': 5000, '2026-11-02': 0 });
    expect(first).toEqual({
      days: { '2026-11-01': 5000, '2026-11-02': 0 },
      raised: ['2026-11-01', '2026-11-02'],
    });
    expect(mergeDays(first.days, { '2026-11-01': 5000, '2026-11-02': 0 }).raised).toEqual([]);
    const later = mergeDays(first.days, { '2026-11-01': 4000, '2026-11-02': 300 });
    expect(later).toEqual({
      days: { '2026-11-01': 5000, '2026-11-02': 300 },
      raised: ['2026-11-02'],
    });
  });
});

describe('compliance', () => {
  // 01 reached; 02 one short; 03 exactly the cap; 04 implausible: flagged, counted as the cap;
  // 05 nothing; 06 reached; 11 outside the campaign
  const days = {
    '2026-11-01': 6000,
    '2026-11-02': 5999,
    '2026-11-03': 12000,
    '2026-11-04': 50000,
    '2026-11-05': 0,
    '2026-11-06': 8000,
    '2026-11-11': 20000,
  };

  it('counts reached days and capped steps, and flags implausible days', () => {
    const s = summarize(days, c, '2026-11-06');
    expect(s).toMatchObject({
      daysWithData: 6,
      daysReached: 4,
      total: 6000 + 5999 + 12000 + 12000 + 0 + 8000,
    });
    expect(s.flaggedDays).toEqual(['2026-11-04']);
  });

  it('applies min_days: 4 of 10 complies, 5 does not yet', () => {
    expect(summarize(days, c, '2026-11-06')).toMatchObject({
      needed: 4,
      compliant: true,
      pace: 'done',
    });
    expect(
      summarize(days, { ...c, rule: { type: 'min_days', days: 5 } }, '2026-11-06'),
    ).toMatchObject({ needed: 5, compliant: false });
  });

  it('applies ratio: 40% of 10 days is 4 (complies), 45% rounds up to 5 (does not)', () => {
    expect(
      summarize(days, { ...c, rule: { type: 'ratio', ratio: 0.4 } }, '2026-11-06'),
    ).toMatchObject({ needed: 4, compliant: true });
    expect(
      summarize(days, { ...c, rule: { type: 'ratio', ratio: 0.45 } }, '2026-11-06'),
    ).toMatchObject({ needed: 5, compliant: false });
  });

  it('rounds ratios up without floating-point noise', () => {
    expect(neededDays({ type: 'ratio', ratio: 0.7 }, 30)).toBe(21);
    expect(neededDays({ type: 'ratio', ratio: 0.8 }, 31)).toBe(25);
    expect(neededDays({ type: 'ratio', ratio: 1 }, 100)).toBe(100);
    expect(neededDays({ type: 'min_days', days: 20 }, 10)).toBe(10);
  });

  it('tells the pace: on track, behind, missed', () => {
    const eight = { ...c, rule: { type: 'min_days' as const, days: 8 } };
    // by 11-06 five days are over; 8 × 5/10 = 4 needed by now, 4 reached → on track
    expect(summarize(days, eight, '2026-11-06').pace).toBe('on_track');
    // by 11-08: 4 reached + today + 2 days left = 7 < 8 → missed
    expect(summarize(days, eight, '2026-11-08').pace).toBe('missed');
    // needing 7, by 11-08 seven days are over: 7 × 7/10 = 4.9 due, 4 reached → behind
    const seven = { ...c, rule: { type: 'min_days' as const, days: 7 } };
    expect(summarize(days, seven, '2026-11-08').pace).toBe('behind');
    expect(summarize({}, c, '2026-10-30').pace).toBe('not_started');
  });

  it('shows the last 31 campaign days up to today, today last', () => {
    const h = historyOf(days, c, '2026-11-04');
    expect(h.map((d) => d.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
    expect(h[3]).toEqual({
      date: '2026-11-04',
      steps: 50000,
      counted: 12000,
      reached: true,
      flagged: true,
    });
    const long = { ...c, startDate: '2026-09-01', endDate: '2026-12-31' };
    const h2 = historyOf({}, long, '2026-11-04');
    expect(h2).toHaveLength(31);
    expect(h2[0].date).toBe('2026-10-05');
    expect(historyOf(days, c, '2026-12-01').at(-1)?.date).toBe('2026-11-10');
  });

  it('knows upcoming, running and ended', () => {
    expect(campaignStatus(c, '2026-10-31')).toBe('upcoming');
    expect(campaignStatus(c, '2026-11-10')).toBe('running');
    expect(campaignStatus(c, '2026-11-11')).toBe('ended');
  });
});

describe('age groups', () => {
  const groups = ageGroupsFor(50);
  it('splits at the age on the first day', () => {
    expect(ageGroupOf('1976-11-01', '2026-11-01', groups)).toBe('50-plus');
    expect(ageGroupOf('1976-11-02', '2026-11-01', groups)).toBe('under-50');
    expect(ageGroupOf('1976-12', '2026-11-01', groups)).toBe('under-50');
    expect(ageGroupOf(undefined, '2026-11-01', groups)).toBe('under-50');
    expect(ageGroupOf('1960-01', '2026-11-01', ageGroupsFor(null))).toBe('all');
  });
});

describe('team standings', () => {
  const campaign = {
    ...c,
    rule: { type: 'min_days' as const, days: 2 },
    teams: [
      { teamId: 'b01', name: '机关', branchIds: ['b01'] },
      { teamId: 'b02', name: '文学院', branchIds: ['b02'] },
      { teamId: 'b03', name: '理学院', branchIds: ['b03'] },
    ],
    ageGroups: ageGroupsFor(50),
  };
  const p = (
    staffNo: string,
    teamId: string,
    ageGroup: string,
    days: Record<string, number>,
  ): ParticipantDays => ({ staffNo, teamId, ageGroup, days });
  const people = [
    // b01: 1 of 2 compliant (A reached 2 days, B 1 day)
    p('A', 'b01', 'under-50', { '2026-11-01': 7000, '2026-11-02': 6000 }),
    p('B', 'b01', '50-plus', { '2026-11-01': 20000, '2026-11-02': 100 }),
    // b02: 2 of 2 compliant
    p('C', 'b02', '50-plus', { '2026-11-01': 6000, '2026-11-02': 6000 }),
    p('D', 'b02', '50-plus', { '2026-11-01': 9000, '2026-11-02': 9000 }),
  ];
  const s = computeStandings(people, campaign, '2026-11-02');

  it('computes each team rate, average and ranks', () => {
    const b01 = s.teams.find((t) => t.teamId === 'b01');
    const b02 = s.teams.find((t) => t.teamId === 'b02');
    const b03 = s.teams.find((t) => t.teamId === 'b03');
    // b01 total counted: 7000 + 6000 + 12000 (capped) + 100 = 25100 over 2 walkers × 2 days
    expect(b01).toMatchObject({
      participants: 2,
      compliant: 1,
      rate: 0.5,
      avgSteps: 6275,
      rankByRate: 2,
      rankByAvg: 2,
    });
    // b02: 30000 / 4 = 7500
    expect(b02).toMatchObject({
      participants: 2,
      compliant: 2,
      rate: 1,
      avgSteps: 7500,
      rankByRate: 1,
      rankByAvg: 1,
    });
    expect(b03).toMatchObject({ participants: 0, compliant: 0, rate: 0, rankByRate: 3 });
    expect(s.teams.map((t) => t.teamId)).toEqual(['b02', 'b01', 'b03']);
    expect(b01?.byAgeGroup).toEqual({
      'under-50': { participants: 1, compliant: 1, rate: 1 },
      '50-plus': { participants: 1, compliant: 0, rate: 0 },
    });
    expect(s).toMatchObject({ participants: 4, compliant: 3, rate: 0.75, asOfDay: '2026-11-02' });
    expect(s.ageGroups).toEqual([
      { groupId: 'under-50', name: '50岁以下', participants: 1, compliant: 1, rate: 1 },
      { groupId: '50-plus', name: '50岁及以上', participants: 3, compliant: 2, rate: 0.6667 },
    ]);
  });

  it('keeps a daily average per team for the chart', () => {
    expect(s.series.days).toEqual(['2026-11-01', '2026-11-02']);
    expect(s.series.teams.b01).toEqual([9500, 3050]);
    expect(s.series.teams.b02).toEqual([7500, 7500]);
    expect(s.series.teams.b03).toEqual([0, 0]);
  });

  it('ranks walkers by counted total, with my live total in my own place', () => {
    expect(s.ranking[0]).toEqual(['D', 18000, 'b02']);
    expect(rankOf(s.ranking, 'A', 13000, 'b01')).toEqual({
      team: 1,
      teamSize: 2,
      overall: 2,
      overallSize: 4,
    });
    // a newcomer with more than everyone
    expect(rankOf(s.ranking, 'E', 30000, 'b01')).toEqual({
      team: 1,
      teamSize: 3,
      overall: 1,
      overallSize: 5,
    });
  });
});

describe('contract', () => {
  const base = {
    name: '秋季健步走',
    startDate: '2026-11-01',
    endDate: '2026-11-30',
    dailyTarget: 6000,
    dailyCap: 12000,
    rule: { type: 'ratio', ratio: 0.8 },
  };
  it('accepts a campaign and defaults teams by branch and a 50+ age group', () => {
    const r = createCampaignInput.parse(base);
    expect(r.teams).toEqual({ mode: 'branch' });
    expect(r.ageSplit).toBe(50);
  });
  it('refuses a cap below the target and an end before the start', () => {
    const r = createCampaignInput.safeParse({ ...base, dailyCap: 5000, endDate: '2026-10-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['dailyCap', 'endDate']);
  });
  it('refuses step data sent by the app itself', () => {
    const list = [{ timestamp: ts('2026-11-01'), step: 99999 }];
    expect(
      syncInput.safeParse({ campaignId: 'c1', weRunData: { data: { stepInfoList: list } } })
        .success,
    ).toBe(false);
    expect(
      syncInput.safeParse({ campaignId: 'c1', steps: list, weRunData: { cloudID: 'x' } }).success,
    ).toBe(false);
    expect(syncInput.safeParse({ campaignId: 'c1', stepInfoList: list }).success).toBe(false);
    expect(
      syncInput.safeParse({
        campaignId: 'c1',
        weRunData: { cloudID: 'x', data: { stepInfoList: list } },
      }).success,
    ).toBe(true);
  });
});
