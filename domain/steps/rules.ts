// Pure decisions of the walkathon: which Beijing day a WeRun entry belongs to, what counts, who
// complies (达标) under either rule, and the team standings computed from participants' days.
import { ageOn, addDays, beijingDay, dayRange, daysBetween } from '../time';
import type {
  AgeGroupDef,
  CampaignStatus,
  ComplianceRule,
  DayEntry,
  Pace,
  StepInfo,
  TeamDef,
  TeamRow,
} from './contract';
import { WERUN_DAYS } from './contract';

/** Steps per Beijing day, as WeRun reported them (uncapped: flags need the raw number). */
export type Days = Record<string, number>;

export interface CampaignRules {
  startDate: string;
  endDate: string;
  dailyTarget: number;
  dailyCap: number;
  flagAbove: number;
  rule: ComplianceRule;
}

/** The default line above which a day is flagged as implausible: three times the cap. */
export function defaultFlagAbove(dailyCap: number): number {
  return Math.min(100_000, dailyCap * 3);
}

/** A WeRun timestamp (seconds at 00:00 Beijing time) → its Beijing day. */
export function dayOfTimestamp(seconds: number): string {
  return beijingDay(seconds * 1000);
}

export function totalDays(c: Pick<CampaignRules, 'startDate' | 'endDate'>): number {
  return daysBetween(c.startDate, c.endDate) + 1;
}

/** Days that must reach the target to comply. A ratio rounds up: 80% of 30 days is 24, of 31 is 25. */
export function neededDays(rule: ComplianceRule, total: number): number {
  if (rule.type === 'min_days') return Math.min(rule.days, total);
  // 0.7 * 30 is 21.000000000000004 in floating point: round away the noise before ceil
  return Math.max(1, Math.ceil(Math.round(rule.ratio * total * 1e6) / 1e6));
}

export function campaignStatus(
  c: Pick<CampaignRules, 'startDate' | 'endDate'>,
  today: string,
): CampaignStatus {
  if (today < c.startDate) return 'upcoming';
  if (today > c.endDate) return 'ended';
  return 'running';
}

/** The last day whose steps can count so far: today, or the end of the campaign. */
export function asOfDay(c: Pick<CampaignRules, 'startDate' | 'endDate'>, today: string): string {
  return today < c.endDate ? today : c.endDate;
}

/** Campaign days up to and including today (0 before the start, all of them after the end). */
export function elapsedDays(
  c: Pick<CampaignRules, 'startDate' | 'endDate'>,
  today: string,
): number {
  if (today < c.startDate) return 0;
  return daysBetween(c.startDate, asOfDay(c, today)) + 1;
}

/**
 * The WeRun list reduced to the campaign days it may change: days inside the campaign and not
 * after today; the highest count wins where a day appears twice.
 */
export function campaignDaysFromWeRun(
  list: readonly StepInfo[],
  c: Pick<CampaignRules, 'startDate' | 'endDate'>,
  today: string,
): Days {
  const last = asOfDay(c, today);
  const out: Days = {};
  for (const { timestamp, step } of list) {
    const day = dayOfTimestamp(timestamp);
    if (day < c.startDate || day > last) continue;
    out[day] = Math.max(out[day] ?? 0, step);
  }
  return out;
}

/** Merges incoming days into stored ones: a higher count replaces a lower one, never the reverse. */
export function mergeDays(stored: Days, incoming: Days): { days: Days; raised: string[] } {
  const days: Days = { ...stored };
  const raised: string[] = [];
  for (const [day, steps] of Object.entries(incoming)) {
    if (steps > (days[day] ?? -1)) {
      raised.push(day);
      days[day] = steps;
    }
  }
  return { days, raised: raised.sort() };
}

export function countedSteps(steps: number, c: Pick<CampaignRules, 'dailyCap'>): number {
  return Math.min(steps, c.dailyCap);
}

export function isFlagged(steps: number, c: Pick<CampaignRules, 'flagAbove'>): boolean {
  return steps > c.flagAbove;
}

export interface Summary {
  /** campaign days with a count recorded */
  daysWithData: number;
  daysReached: number;
  /** counted steps, each day at most the cap */
  total: number;
  needed: number;
  compliant: boolean;
  pace: Pace;
  flaggedDays: string[];
}

/** A walker's standing from their stored days, as of today. Days outside the campaign are ignored. */
export function summarize(days: Days, c: CampaignRules, today: string): Summary {
  const total0 = totalDays(c);
  const needed = neededDays(c.rule, total0);
  const last = asOfDay(c, today);
  let daysWithData = 0;
  let daysReached = 0;
  let total = 0;
  let todayReached = false;
  const flaggedDays: string[] = [];
  for (const [day, steps] of Object.entries(days)) {
    if (day < c.startDate || day > last || typeof steps !== 'number') continue;
    daysWithData++;
    const counted = countedSteps(steps, c);
    total += counted;
    if (counted >= c.dailyTarget) {
      daysReached++;
      if (day === today) todayReached = true;
    }
    if (isFlagged(steps, c)) flaggedDays.push(day);
  }
  const compliant = daysReached >= needed;
  return {
    daysWithData,
    daysReached,
    total,
    needed,
    compliant,
    pace: paceOf({ daysReached, needed, compliant, todayReached }, c, today),
    flaggedDays: flaggedDays.sort(),
  };
}

/**
 * Is the walker keeping up? done: already complies; missed: cannot comply any more even reaching
 * every remaining day; on_track: has reached at least the share of needed days that the days
 * already over (before today) represent; behind otherwise.
 */
export function paceOf(
  s: { daysReached: number; needed: number; compliant: boolean; todayReached: boolean },
  c: Pick<CampaignRules, 'startDate' | 'endDate'>,
  today: string,
): Pace {
  if (s.compliant) return 'done';
  if (today < c.startDate) return 'not_started';
  const total = totalDays(c);
  const elapsed = elapsedDays(c, today);
  const todayOpen = today <= c.endDate && !s.todayReached ? 1 : 0;
  const possible = s.daysReached + todayOpen + (total - elapsed);
  if (possible < s.needed) return 'missed';
  const over = today > c.endDate ? total : elapsed - 1;
  return s.daysReached * total >= s.needed * over ? 'on_track' : 'behind';
}

/** The last 31 days up to today (or the end) that fall in the campaign, oldest first. */
export function historyOf(days: Days, c: CampaignRules, today: string): DayEntry[] {
  if (today < c.startDate) return [];
  const last = asOfDay(c, today);
  const first = [c.startDate, addDays(last, -(WERUN_DAYS - 1))].sort()[1];
  return dayRange(first, last).map((date) => {
    const steps = days[date] ?? 0;
    const counted = countedSteps(steps, c);
    return {
      date,
      steps,
      counted,
      reached: counted >= c.dailyTarget,
      flagged: isFlagged(steps, c),
    };
  });
}

/** Two groups split at an age (e.g. 50), or one group when there is no split. */
export function ageGroupsFor(split: number | null): AgeGroupDef[] {
  if (split === null) return [{ groupId: 'all', name: '全体', minAge: 0 }];
  return [
    { groupId: `under-${split}`, name: `${split}岁以下`, minAge: 0 },
    { groupId: `${split}-plus`, name: `${split}岁及以上`, minAge: split },
  ];
}

/** The age group on the campaign's first day; without a birth date, the youngest group. */
export function ageGroupOf(
  birth: string | undefined,
  startDate: string,
  groups: readonly AgeGroupDef[],
): string {
  const sorted = [...groups].sort((a, b) => b.minAge - a.minAge);
  if (!birth) return sorted[sorted.length - 1].groupId;
  const age = ageOn(birth, startDate);
  return (sorted.find((g) => age >= g.minAge) ?? sorted[sorted.length - 1]).groupId;
}

export function teamFor(branchId: string, teams: readonly TeamDef[]): TeamDef | null {
  return teams.find((t) => t.branchIds.includes(branchId)) ?? null;
}

/** What the standings need of a participant. */
export interface ParticipantDays {
  staffNo: string;
  teamId: string;
  ageGroup: string;
  days: Days;
}

/** [staffNo, counted total, teamId], highest total first: where each walker stood. */
export type RankEntry = [string, number, string];

export interface StandingsCore {
  asOfDay: string;
  participants: number;
  compliant: number;
  rate: number;
  teams: TeamRow[];
  ageGroups: {
    groupId: string;
    name: string;
    participants: number;
    compliant: number;
    rate: number;
  }[];
  series: { days: string[]; teams: Record<string, number[]> };
  ranking: RankEntry[];
}

export function rate(compliant: number, participants: number): number {
  return participants === 0 ? 0 : Math.round((compliant / participants) * 10_000) / 10_000;
}

/** Competition ranking ("1224") of values, highest first; `skip` items rank after everyone. */
function ranks<T>(items: T[], value: (x: T) => number, skip: (x: T) => boolean): Map<T, number> {
  const ranked = items.filter((x) => !skip(x)).sort((a, b) => value(b) - value(a));
  const out = new Map<T, number>();
  ranked.forEach((x, i) =>
    out.set(
      x,
      i > 0 && value(ranked[i - 1]) === value(x) ? (out.get(ranked[i - 1]) as number) : i + 1,
    ),
  );
  for (const x of items) if (skip(x)) out.set(x, ranked.length + 1);
  return out;
}

/** Team and age-group compliance, average steps and daily series, from every participant's days. */
export function computeStandings(
  participants: readonly ParticipantDays[],
  c: CampaignRules & { teams: readonly TeamDef[]; ageGroups: readonly AgeGroupDef[] },
  today: string,
): StandingsCore {
  const last = asOfDay(c, today);
  const elapsed = elapsedDays(c, today);
  const seriesDays = elapsed > 0 ? dayRange(c.startDate, last) : [];
  const dayIndex = new Map(seriesDays.map((d, i) => [d, i]));

  interface Acc {
    participants: number;
    compliant: number;
    total: number;
    byAge: Record<string, { participants: number; compliant: number }>;
    daily: number[];
  }
  const acc = new Map<string, Acc>();
  const teamAcc = (teamId: string): Acc => {
    let a = acc.get(teamId);
    if (!a) {
      a = { participants: 0, compliant: 0, total: 0, byAge: {}, daily: seriesDays.map(() => 0) };
      acc.set(teamId, a);
    }
    return a;
  };
  const ageAcc = new Map(c.ageGroups.map((g) => [g.groupId, { participants: 0, compliant: 0 }]));
  const ranking: RankEntry[] = [];
  let compliantAll = 0;

  for (const p of participants) {
    const s = summarize(p.days, c, today);
    const a = teamAcc(p.teamId);
    a.participants++;
    a.total += s.total;
    if (s.compliant) a.compliant++;
    const byAge = (a.byAge[p.ageGroup] ??= { participants: 0, compliant: 0 });
    byAge.participants++;
    if (s.compliant) byAge.compliant++;
    const g = ageAcc.get(p.ageGroup);
    if (g) {
      g.participants++;
      if (s.compliant) g.compliant++;
    }
    if (s.compliant) compliantAll++;
    for (const [day, steps] of Object.entries(p.days)) {
      const i = dayIndex.get(day);
      if (i !== undefined && typeof steps === 'number') a.daily[i] += countedSteps(steps, c);
    }
    ranking.push([p.staffNo, s.total, p.teamId]);
  }
  ranking.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));

  const known = new Set(c.teams.map((t) => t.teamId));
  const teamList = [...c.teams.map((t) => ({ teamId: t.teamId, name: t.name }))];
  // walkers whose team was since removed still count, under their own team id
  for (const teamId of acc.keys()) if (!known.has(teamId)) teamList.push({ teamId, name: teamId });

  const rows = teamList.map((t) => {
    const a = acc.get(t.teamId) ?? teamAcc(t.teamId);
    const byAgeGroup: TeamRow['byAgeGroup'] = {};
    for (const [groupId, v] of Object.entries(a.byAge))
      byAgeGroup[groupId] = { ...v, rate: rate(v.compliant, v.participants) };
    return {
      teamId: t.teamId,
      name: t.name,
      participants: a.participants,
      compliant: a.compliant,
      rate: rate(a.compliant, a.participants),
      avgSteps: a.participants && elapsed ? Math.round(a.total / (a.participants * elapsed)) : 0,
      rankByRate: 0,
      rankByAvg: 0,
      byAgeGroup,
      daily: a.daily.map((sum) => (a.participants ? Math.round(sum / a.participants) : 0)),
    };
  });
  const empty = (r: (typeof rows)[number]) => r.participants === 0;
  const byRate = ranks(rows, (r) => r.rate, empty);
  const byAvg = ranks(rows, (r) => r.avgSteps, empty);
  for (const r of rows) {
    r.rankByRate = byRate.get(r) as number;
    r.rankByAvg = byAvg.get(r) as number;
  }
  rows.sort(
    (a, b) =>
      a.rankByRate - b.rankByRate || a.rankByAvg - b.rankByAvg || (a.teamId < b.teamId ? -1 : 1),
  );

  const series: Record<string, number[]> = {};
  for (const r of rows) series[r.teamId] = r.daily;
  return {
    asOfDay: last,
    participants: participants.length,
    compliant: compliantAll,
    rate: rate(compliantAll, participants.length),
    teams: rows.map(({ daily: _daily, ...row }) => row),
    ageGroups: c.ageGroups.map((g) => {
      const v = ageAcc.get(g.groupId) ?? { participants: 0, compliant: 0 };
      return { groupId: g.groupId, name: g.name, ...v, rate: rate(v.compliant, v.participants) };
    }),
    series: { days: seriesDays, teams: series },
    ranking,
  };
}

/** My place among the ranking, with my own live total standing in for the stored one. */
export function rankOf(
  ranking: readonly RankEntry[],
  staffNo: string,
  total: number,
  teamId: string,
): { team: number; teamSize: number; overall: number; overallSize: number } {
  let overall = 1;
  let overallSize = 1;
  let team = 1;
  let teamSize = 1;
  for (const [who, t, tid] of ranking) {
    if (who === staffNo) continue;
    overallSize++;
    if (t > total) overall++;
    if (tid === teamId) {
      teamSize++;
      if (t > total) team++;
    }
  }
  return { team, teamSize, overall, overallSize };
}
