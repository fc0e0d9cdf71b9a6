// What the walkathon screens show, decided without a renderer: labels, percentages, bar heights,
// the campaign to open, and the setup form's defaults and checks.
import type { z } from 'zod';
import type {
  CampaignView,
  ComplianceRule,
  DayEntry,
  Pace,
  TeamRow,
} from '../../../domain/steps/contract';
import { createCampaignInput } from '../../../domain/steps/contract';
import { addDays } from '../../../domain/time';
import { checkTeams, newTeamRow, type BranchOption, type TeamRowForm } from './team-form';

/** 12345 → "12,345" */
export function formatSteps(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** 0.8333 → "83.3%" */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;
}

/** How full the ring is: today's steps against the target, 0…1. */
export function ringFraction(steps: number, target: number): number {
  if (target <= 0) return 0;
  return Math.max(0, Math.min(1, steps / target));
}

export function ruleText(rule: ComplianceRule, totalDays: number, neededDays: number): string {
  return rule.type === 'min_days'
    ? `${totalDays} 天里达标 ${neededDays} 天即为全程达标`
    : `${totalDays} 天里达标 ${formatRate(rule.ratio)}（${neededDays} 天）即为全程达标`;
}

export const PACE_TEXT: Record<
  Pace,
  { label: string; hint: string; tone: 'ok' | 'warn' | 'bad' | 'calm' }
> = {
  done: { label: '已全程达标', hint: '祝贺你！继续走，为本队多贡献步数。', tone: 'ok' },
  on_track: { label: '进度正常', hint: '照现在的节奏走下去就能达标。', tone: 'ok' },
  behind: { label: '稍有落后', hint: '接下来多走几天满目标，就能追上。', tone: 'warn' },
  missed: {
    label: '本次难以达标',
    hint: '剩下的天数已不够达标，但每一步都计入本队。',
    tone: 'bad',
  },
  not_started: { label: '还没开始', hint: '活动开始后每天打开小程序同步一次。', tone: 'calm' },
};

/**
 * The pace as shown: before my first sync the server has no steps of mine, so its verdict (often
 * "本次难以达标") says nothing yet — show a calm "还没同步" instead of a red alarm.
 */
export function paceShown(pace: Pace, lastSyncAt: string | null | undefined) {
  if (!lastSyncAt && pace !== 'not_started' && pace !== 'done')
    return {
      label: '还没同步',
      hint: '点上面的「同步微信步数」，你的步数就会计入。',
      tone: 'calm' as const,
    };
  return PACE_TEXT[pace];
}

/** Ranks as words, ties said as ties: [1, 1, 3] → ["并列第 1 名", "并列第 1 名", "第 3 名"]. */
export function rankTexts(ranks: readonly number[]): string[] {
  const count = new Map<number, number>();
  for (const r of ranks) count.set(r, (count.get(r) ?? 0) + 1);
  return ranks.map((r) => `${(count.get(r) ?? 0) > 1 ? '并列' : ''}第 ${r} 名`);
}

export interface Bar {
  date: string;
  /** "11/23" */
  label: string;
  steps: number;
  /** 0…100, of the tallest bar or the target, whichever is higher */
  height: number;
  reached: boolean;
  flagged: boolean;
}

/** Bars for the last days; the target line sits at `targetAt` percent of the height. */
export function dayBars(
  history: readonly DayEntry[],
  target: number,
): { bars: Bar[]; targetAt: number } {
  const top = Math.max(target, ...history.map((d) => d.counted), 1);
  return {
    bars: history.map((d) => ({
      date: d.date,
      label: `${Number(d.date.slice(5, 7))}/${Number(d.date.slice(8, 10))}`,
      steps: d.steps,
      height: Math.round((d.counted / top) * 100),
      reached: d.reached,
      flagged: d.flagged,
    })),
    targetAt: Math.round((target / top) * 100),
  };
}

/** A team's average steps per walker per day as the same bars (the days the series is for). */
export function teamDayBars(
  values: readonly number[],
  days: readonly string[],
  target: number,
): { bars: Bar[]; targetAt: number } {
  return dayBars(
    values.map((v, i) => ({
      date: days[i] ?? '',
      steps: v,
      counted: v,
      reached: v >= target,
      flagged: false,
    })),
    target,
  );
}

/** The campaign to open first: the one asked for, else a running one I joined, else any running one. */
export function pickCampaign(list: readonly CampaignView[], wanted?: string): CampaignView | null {
  return (
    list.find((c) => c.campaignId === wanted) ??
    list.find((c) => c.status === 'running' && c.joined) ??
    list.find((c) => c.status === 'running') ??
    list.find((c) => c.status === 'upcoming') ??
    list[0] ??
    null
  );
}

export type TeamSort = 'rate' | 'avg';

/** Teams in ranking order by compliance rate or by average steps, filtered by a search word. */
export function sortTeams(teams: readonly TeamRow[], by: TeamSort, q = ''): TeamRow[] {
  const word = q.trim();
  return teams
    .filter((t) => !word || t.name.includes(word))
    .sort((a, b) =>
      by === 'rate'
        ? a.rankByRate - b.rankByRate || a.rankByAvg - b.rankByAvg
        : a.rankByAvg - b.rankByAvg || a.rankByRate - b.rankByRate,
    );
}

/** The setup form as typed (strings), before it becomes the action's input. */
export interface SetupForm {
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  dailyTarget: string;
  dailyCap: string;
  flagAbove: string;
  ruleType: 'min_days' | 'ratio';
  /** days (min_days) or percent (ratio) */
  ruleValue: string;
  /** '' for no age groups */
  ageSplit: string;
  /** 按分工会 (one team a branch) or 自定义队伍 (groups of branches) */
  teamMode: 'branch' | 'custom';
  teamRows: TeamRowForm[];
}

export type SetupErrors = Partial<Record<keyof SetupForm, string>> & {
  /** per custom team row, by its key */
  rows?: Record<string, string>;
  /** coverage problems of the custom teams (missing or doubled branches) */
  teamMessages?: string[];
};

/** The edit form: the campaign as it is (teams and age groups are not edited). */
export function formFromCampaign(c: CampaignView): SetupForm {
  return {
    name: c.name,
    description: c.description ?? '',
    startDate: c.startDate,
    endDate: c.endDate,
    dailyTarget: String(c.dailyTarget),
    dailyCap: String(c.dailyCap),
    flagAbove: String(c.flagAbove),
    ruleType: c.rule.type,
    ruleValue:
      c.rule.type === 'min_days' ? String(c.rule.days) : String(Math.round(c.rule.ratio * 100)),
    ageSplit: '',
    // teams are fixed once published: the edit form checks the rest only
    teamMode: 'branch',
    teamRows: [],
  };
}

export function defaultSetup(today: string): SetupForm {
  return {
    name: '',
    description: '',
    startDate: addDays(today, 1),
    endDate: addDays(today, 60),
    dailyTarget: '6000',
    dailyCap: '15000',
    flagAbove: '40000',
    ruleType: 'min_days',
    ruleValue: '40',
    ageSplit: '50',
    teamMode: 'branch',
    teamRows: [newTeamRow('第1队'), newTeamRow('第2队')],
  };
}

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));

export type SetupInput = z.input<typeof createCampaignInput>;

/** The form checked with the same schema the function uses; errors keyed by form field. */
export function checkSetup(
  form: SetupForm,
  branches: readonly BranchOption[] = [],
): { ok: true; input: SetupInput } | { ok: false; errors: SetupErrors } {
  const teamCheck = form.teamMode === 'custom' ? checkTeams(form.teamRows, branches) : null;
  const value = num(form.ruleValue);
  const input = {
    name: form.name,
    ...(form.description.trim() ? { description: form.description } : {}),
    startDate: form.startDate,
    endDate: form.endDate,
    dailyTarget: num(form.dailyTarget),
    dailyCap: num(form.dailyCap),
    ...(form.flagAbove.trim() ? { flagAbove: num(form.flagAbove) } : {}),
    rule:
      form.ruleType === 'min_days'
        ? { type: 'min_days', days: value }
        : { type: 'ratio', ratio: value === undefined ? undefined : value / 100 },
    teams: teamCheck?.ok ? { mode: 'custom', teams: teamCheck.teams } : { mode: 'branch' },
    ageSplit: form.ageSplit.trim() === '' ? null : num(form.ageSplit),
  };
  const parsed = createCampaignInput.safeParse(input);
  if (parsed.success && (!teamCheck || teamCheck.ok))
    return { ok: true, input: input as SetupInput };
  const errors: SetupErrors = {};
  if (teamCheck && !teamCheck.ok) {
    errors.rows = teamCheck.rowErrors;
    errors.teamMessages = teamCheck.messages;
    errors.teamRows = teamCheck.messages[0] ?? '有队伍需要修改，请看标红的地方';
  }
  if (parsed.success) return { ok: false, errors };
  for (const issue of parsed.error.issues) {
    const head = String(issue.path[0] ?? '');
    const field = (
      head === 'rule' ? 'ruleValue' : head === 'teams' ? 'teamRows' : head
    ) as keyof SetupForm;
    errors[field] ??= issue.message;
  }
  // cross-field checks run only once every field parses: say them at once anyway
  const [target, cap] = [num(form.dailyTarget), num(form.dailyCap)];
  if (target !== undefined && cap !== undefined && cap < target)
    errors.dailyCap ??= '每日上限不能低于每日目标';
  if (form.endDate < form.startDate) errors.endDate ??= '结束日期不能早于开始日期';
  return { ok: false, errors };
}
