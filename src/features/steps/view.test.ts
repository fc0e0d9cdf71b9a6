// The walkathon screens' decisions: bars, ring, rates, campaign choice, team order, setup checks.
import type { CampaignView, TeamRow } from '../../../domain/steps/contract';
import {
  checkSetup,
  dayBars,
  teamDayBars,
  defaultSetup,
  formatRate,
  formatSteps,
  paceShown,
  pickCampaign,
  rankTexts,
  ringFraction,
  ruleText,
  sortTeams,
} from './view';

describe('numbers', () => {
  it('formats steps and rates the way people read them', () => {
    expect(formatSteps(12345)).toBe('12,345');
    expect(formatRate(0.8333)).toBe('83.3%');
    expect(formatRate(1)).toBe('100%');
    expect(ringFraction(3000, 6000)).toBe(0.5);
    expect(ringFraction(9000, 6000)).toBe(1);
    expect(ruleText({ type: 'ratio', ratio: 0.8 }, 30, 24)).toBe(
      '30 天里达标 80%（24 天）即为全程达标',
    );
  });
});

describe('day bars', () => {
  it('scales to the tallest day or the target, and marks reached and flagged days', () => {
    const { bars, targetAt } = dayBars(
      [
        { date: '2026-11-22', steps: 3000, counted: 3000, reached: false, flagged: false },
        { date: '2026-11-23', steps: 50000, counted: 12000, reached: true, flagged: true },
      ],
      6000,
    );
    expect(targetAt).toBe(50);
    expect(bars.map((b) => [b.label, b.height, b.reached, b.flagged])).toEqual([
      ['11/22', 25, false, false],
      ['11/23', 100, true, true],
    ]);
  });
});

describe('team day bars', () => {
  it('draws a team average like a day: scaled to the target or the best day, reached at the target', () => {
    const { bars, targetAt } = teamDayBars(
      [3000, 6000, 9000],
      ['2026-11-22', '2026-11-23', '2026-11-24'],
      6000,
    );
    expect(targetAt).toBe(67);
    expect(bars.map((b) => [b.date, b.label, b.height, b.reached, b.flagged])).toEqual([
      ['2026-11-22', '11/22', 33, false, false],
      ['2026-11-23', '11/23', 67, true, false],
      ['2026-11-24', '11/24', 100, true, false],
    ]);
  });
  it('puts the target line at the top when no day reached it', () => {
    expect(teamDayBars([0, 1500], ['2026-11-22', '2026-11-23'], 6000).targetAt).toBe(100);
  });
});

describe('choosing a campaign', () => {
  const c = (campaignId: string, status: CampaignView['status'], joined: boolean) =>
    ({ campaignId, status, joined }) as CampaignView;
  it('prefers the asked one, then a running one I joined, then any running one', () => {
    const list = [c('a', 'ended', true), c('b', 'running', false), c('d', 'running', true)];
    expect(pickCampaign(list, 'a')?.campaignId).toBe('a');
    expect(pickCampaign(list)?.campaignId).toBe('d');
    expect(pickCampaign([c('x', 'upcoming', false), c('y', 'ended', true)])?.campaignId).toBe('x');
    expect(pickCampaign([])).toBeNull();
  });
});

describe('team order', () => {
  const t = (teamId: string, name: string, rankByRate: number, rankByAvg: number) =>
    ({ teamId, name, rankByRate, rankByAvg }) as TeamRow;
  const teams = [
    t('1', '机关分工会', 2, 1),
    t('2', '理学院分工会', 1, 3),
    t('3', '人文学院分工会', 3, 2),
  ];
  it('ranks by rate or by average steps, and searches by name', () => {
    expect(sortTeams(teams, 'rate').map((x) => x.teamId)).toEqual(['2', '1', '3']);
    expect(sortTeams(teams, 'avg').map((x) => x.teamId)).toEqual(['1', '3', '2']);
    expect(sortTeams(teams, 'rate', '学院').map((x) => x.teamId)).toEqual(['2', '3']);
  });
});

describe('campaign setup form', () => {
  it('turns a good form into the action input', () => {
    const r = checkSetup({
      ...defaultSetup('2026-11-23'),
      name: '冬季健步走',
      ruleType: 'ratio',
      ruleValue: '80',
    });
    expect(r).toMatchObject({
      ok: true,
      input: {
        name: '冬季健步走',
        startDate: '2026-11-24',
        dailyTarget: 6000,
        rule: { type: 'ratio', ratio: 0.8 },
        ageSplit: 50,
      },
    });
  });
  it('names the fields that are wrong, in plain words', () => {
    const r = checkSetup({
      ...defaultSetup('2026-11-23'),
      name: '',
      dailyCap: '3000',
      ruleValue: '',
      ageSplit: '',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['dailyCap', 'name', 'ruleValue']);
      expect(r.errors.dailyCap).toBe('每日上限不能低于每日目标');
    }
  });
});

describe('D10: before the first sync, and ties', () => {
  it('says 还没同步 calmly instead of a red 本次难以达标 before any sync', () => {
    expect(paceShown('missed', null)).toMatchObject({ label: '还没同步', tone: 'calm' });
    expect(paceShown('behind', undefined).label).toBe('还没同步');
    expect(paceShown('missed', '2026-12-01T02:00:00.000Z')).toMatchObject({
      label: '本次难以达标',
      tone: 'bad',
    });
    expect(paceShown('not_started', null).label).toBe('还没开始');
  });

  it('shows tied ranks as ties', () => {
    expect(rankTexts([1, 1, 3, 4, 4])).toEqual([
      '并列第 1 名',
      '并列第 1 名',
      '第 3 名',
      '并列第 4 名',
      '并列第 4 名',
    ]);
    expect(rankTexts(Array(10).fill(1)).every((r) => r === '并列第 1 名')).toBe(true);
  });
});
