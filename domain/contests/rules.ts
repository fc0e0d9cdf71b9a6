// Judged competitions (竞赛评分): pure decisions — a judge's weighted total, the trimmed mean over
// judges, rounding half up on the decimal value, ranking with shared places, who advances, and
// eligibility by age and years of service. Arithmetic is exact: scores in hundredths, fractions
// kept as integer numerator/denominator until the one rounding at the end.
import { ageOn } from '../time';

export interface Criterion {
  name: string;
  /** a positive integer, e.g. 教学设计 20, 课堂教学 75, 教学反思 5 */
  weight: number;
}

/** A score of 0–100 with at most two decimals, as integer hundredths (88.5 → 8850). */
export function toHundredths(score: number): number {
  return Math.round(score * 100);
}

/** Σ(weight × score in hundredths) — one judge's weighted sum; divide by Σ weights for the total. */
export function weightedSum(
  criteria: readonly Criterion[],
  scores: Record<string, number>,
): number {
  let sum = 0;
  // criterion names are the admin's words: read own keys only ("constructor" is not a score)
  for (const c of criteria)
    sum += c.weight * toHundredths(Object.hasOwn(scores, c.name) ? scores[c.name] : 0);
  return sum;
}

export function weightTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((s, c) => s + c.weight, 0);
}

/** n / d (hundredths) rounded half up to an integer number of hundredths; n, d ≥ 0. */
function roundHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** One judge's total, Σ(weight × score) ÷ Σ weights, rounded half up to 2 decimals. */
export function judgeTotal(criteria: readonly Criterion[], scores: Record<string, number>): number {
  return roundHalfUp(weightedSum(criteria, scores), weightTotal(criteria)) / 100;
}

/** From this many judges on, the highest and the lowest judge's totals are dropped. */
export const TRIM_FROM = 5;

/**
 * The final score from each judge's weighted sum (`weightedSum`, same criteria for all): the
 * mean over judges of Σ(w·s) ÷ Σw, dropping ONE highest and ONE lowest when there are ≥ 5
 * judges, rounded half up to 2 decimals. Null when no judge has scored.
 */
export function finalScore(sums: readonly number[], totalWeight: number): number | null {
  if (sums.length === 0 || totalWeight <= 0) return null;
  let kept = [...sums].sort((a, b) => a - b);
  if (kept.length >= TRIM_FROM) kept = kept.slice(1, -1);
  const n = kept.reduce((s, x) => s + x, 0);
  return roundHalfUp(n, totalWeight * kept.length) / 100;
}

export interface Scored {
  id: string;
  score: number | null;
}

/**
 * Places by score, highest first; equal scores (to the 2 decimals shown) share a place and the
 * next place skips (1, 2, 2, 4). Unscored entries get no place and come last, in id order.
 */
export function rankOf<T extends Scored>(rows: readonly T[]): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score === b.score) return a.id.localeCompare(b.id);
      return a.score === null ? 1 : -1;
    }
    return b.score - a.score || a.id.localeCompare(b.id);
  });
  let place = 0;
  let prev: number | null = null;
  return sorted.map((r, i) => {
    if (r.score === null) return { ...r, rank: null };
    if (prev === null || toHundredths(r.score) !== toHundredths(prev)) place = i + 1;
    prev = r.score;
    return { ...r, rank: place };
  });
}

/**
 * Who advances from each group: the top K places. Ties at the cut-off advance together (a
 * place ≤ K advances, so with K = 2 and places 1, 2, 2, 4 three advance); unscored never do.
 */
export function advancing<T extends Scored & { group: string }>(rows: readonly T[], k: number) {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r.group) ?? [];
    list.push(r);
    groups.set(r.group, list);
  }
  const out = new Set<string>();
  for (const list of groups.values())
    for (const r of rankOf(list)) if (r.rank !== null && r.rank <= k) out.add(r.id);
  return out;
}

export interface Eligibility {
  /** the day ages and years of service are counted on (YYYY-MM-DD) */
  onDay: string;
  /** age on `onDay` at most this (e.g. 40 for 青年教师) */
  maxAge?: number | null;
  /** at least this many full years since 入职日期 on `onDay` */
  minServiceYears?: number | null;
}

export interface Person {
  /** YYYY-MM or YYYY-MM-DD */
  birth?: string;
  /** 入职日期, YYYY-MM-DD */
  joinedOn?: string;
}

export type EligibilityResult =
  { ok: true; notes: string[] } | { ok: false; reason: string; notes: string[] };

/**
 * Checks age and years of service from the roster's birth date and 入职日期. A rule whose
 * field the roster lacks for this person is skipped with a visible note, not failed: the
 * branch can then check the paper record.
 */
export function checkEligibility(rule: Eligibility | null, p: Person): EligibilityResult {
  const notes: string[] = [];
  if (!rule) return { ok: true, notes };
  if (rule.maxAge != null) {
    if (!p.birth) notes.push('名册里没有出生日期，未核对年龄，请分工会核实');
    else {
      const age = ageOn(p.birth, rule.onDay);
      if (age > rule.maxAge)
        return {
          ok: false,
          reason: `年龄不符合：到 ${rule.onDay} 已满 ${age} 周岁，本次竞赛要求不超过 ${rule.maxAge} 周岁。`,
          notes,
        };
    }
  }
  if (rule.minServiceYears != null) {
    if (!p.joinedOn) notes.push('名册里没有入职日期，未核对工作年限，请分工会核实');
    else {
      const years = Math.max(0, ageOn(p.joinedOn, rule.onDay));
      if (years < rule.minServiceYears)
        return {
          ok: false,
          reason: `工作年限不符合：到 ${rule.onDay} 入职满 ${years} 年，本次竞赛要求至少 ${rule.minServiceYears} 年。`,
          notes,
        };
    }
  }
  return { ok: true, notes };
}

/** Deterministic ids: one entry per person per contest, one sheet per judge per entry per round. */
export const entryIdOf = (contestId: string, staffNo: string) => `${contestId}:${staffNo}`;
export const sheetIdOf = (entryId: string, round: number, judge: string) =>
  `${entryId}:r${round}:${judge}`;

/** The group an entry is ranked in for a round: its branch (college round) or everyone. */
export function groupOf(groupBy: 'branch' | 'all', branchId: string): string {
  return groupBy === 'branch' ? branchId : 'all';
}
