// Pure decisions for recuperation trips: who may apply (service years, cycle, membership,
// retirees), the allocation order (priority list, longest since the last trip, seeded shuffle)
// and the allocation itself (highest preference with room, capacity and branch quotas kept).
import { seededRandom } from '../events/lottery';
import { ageOn } from '../time';

export interface EligibilityPlan {
  /** the year the trips count for */
  year: number;
  serviceYears: number;
  cycleYears: number;
  membersOnly: boolean;
  includeRetired: boolean;
  /** the Beijing day service years are counted on (the application deadline) */
  referenceDay: string;
}

export interface EligibilityPerson {
  member: boolean;
  status: '在职' | '退休';
  /** YYYY-MM-DD, from the roster */
  joinedOn?: string;
}

export type Eligibility = { eligible: true } | { eligible: false; reason: string };

/** The latest year a person travelled (history and counted drop-outs), if any. */
export function lastTripYear(years: readonly number[]): number | undefined {
  return years.length ? Math.max(...years) : undefined;
}

/** "你可以报名" or exactly why not, in words a person can act on. */
export function eligibility(
  plan: EligibilityPlan,
  person: EligibilityPerson,
  tripYears: readonly number[],
): Eligibility {
  if (plan.membersOnly && !person.member)
    return { eligible: false, reason: '本轮疗休养只面向工会会员。如已入会，请联系分工会核对。' };
  if (!plan.includeRetired && person.status === '退休')
    return { eligible: false, reason: '本轮疗休养面向在职教职工，不含退休教职工。' };
  if (plan.serviceYears > 0) {
    if (!person.joinedOn)
      return {
        eligible: false,
        reason: '名册里没有你的入职日期，无法计算工龄。请联系分工会补登记。',
      };
    const years = ageOn(person.joinedOn, plan.referenceDay);
    if (years < plan.serviceYears) {
      const [y, m] = person.joinedOn.split('-').map(Number);
      return {
        eligible: false,
        reason: `需要工龄满 ${plan.serviceYears} 年。你 ${y} 年 ${m} 月入职，${y + plan.serviceYears} 年 ${m} 月满 ${plan.serviceYears} 年。`,
      };
    }
  }
  const last = lastTripYear(tripYears);
  if (last !== undefined && plan.cycleYears > 0 && plan.year - last < plan.cycleYears) {
    return {
      eligible: false,
      reason: `你 ${last} 年参加过，${last + plan.cycleYears} 年起可以再报名。`,
    };
  }
  return { eligible: true };
}

export interface Applicant {
  staffNo: string;
  branchId: string;
  /** group ids in order of preference (1–3) */
  choices: readonly string[];
  /** on the priority list (劳模, 先进 …) */
  priority: boolean;
  /** the year of the last trip, if any */
  lastYear?: number;
}

/**
 * The allocation order: priority list first, then those longest since their last trip (never
 * travelled first), ties broken by the seeded shuffle — so the same seed and applications give
 * the same order whatever order they arrive in.
 */
export function allocationOrder(applicants: readonly Applicant[], seed: string): Applicant[] {
  const unique = new Map<string, Applicant>();
  for (const a of applicants) unique.set(a.staffNo, a);
  const ids = [...unique.keys()].sort();
  const next = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const draw = new Map(ids.map((id, i) => [id, i]));
  const last = (a: Applicant) => a.lastYear ?? Number.NEGATIVE_INFINITY;
  return [...unique.values()].sort(
    (a, b) =>
      Number(b.priority) - Number(a.priority) ||
      last(a) - last(b) ||
      (draw.get(a.staffNo) ?? 0) - (draw.get(b.staffNo) ?? 0),
  );
}

export interface AllocationResult {
  /** everyone in allocation order (their rank is the index + 1) */
  order: string[];
  /** staffNo → group id */
  assigned: Map<string, string>;
  /** those without a place, in allocation order; each waits on their own choices */
  waitlisted: string[];
  /** group id → places taken */
  taken: Map<string, number>;
  /** branch id → places taken (only branches with a quota) */
  quotaUsed: Map<string, number>;
}

/**
 * Each person in order gets their highest preference that still has room, unless their branch's
 * quota is used up; capacity and quotas are never exceeded. Unknown group ids are ignored.
 */
export function allocate(
  applicants: readonly Applicant[],
  capacities: ReadonlyMap<string, number>,
  seed: string,
  quotas?: ReadonlyMap<string, number>,
): AllocationResult {
  const ordered = allocationOrder(applicants, seed);
  const taken = new Map<string, number>();
  const quotaUsed = new Map<string, number>();
  const assigned = new Map<string, string>();
  const waitlisted: string[] = [];
  for (const a of ordered) {
    const quota = quotas?.get(a.branchId);
    const quotaOk = quota === undefined || (quotaUsed.get(a.branchId) ?? 0) < quota;
    const group = quotaOk
      ? a.choices.find((g) => capacities.has(g) && (taken.get(g) ?? 0) < (capacities.get(g) ?? 0))
      : undefined;
    if (group) {
      assigned.set(a.staffNo, group);
      taken.set(group, (taken.get(group) ?? 0) + 1);
      if (quota !== undefined) quotaUsed.set(a.branchId, (quotaUsed.get(a.branchId) ?? 0) + 1);
    } else waitlisted.push(a.staffNo);
  }
  return { order: ordered.map((a) => a.staffNo), assigned, waitlisted, taken, quotaUsed };
}

export type PlanPhase = 'upcoming' | 'open' | 'closed' | 'allocated';

export function planPhase(
  plan: { applyOpenAt: Date; applyCloseAt: Date; status: string },
  now: Date,
): PlanPhase {
  if (plan.status !== 'open') return 'allocated';
  if (now < plan.applyOpenAt) return 'upcoming';
  if (now < plan.applyCloseAt) return 'open';
  return 'closed';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The confirmation deadline of a place offered now. */
export function confirmDeadline(now: Date, confirmDays: number): Date {
  return new Date(now.getTime() + confirmDays * DAY_MS);
}

/** A group is formed (成团) a week before departure unless the plan says when. */
export function formationOf(departAt: Date, formAt?: Date): Date {
  return formAt ?? new Date(departAt.getTime() - 7 * DAY_MS);
}

/** A withdrawal counts as having gone once the group is formed, if the plan says so. */
export function dropCounts(now: Date, formedAt: Date, lateDropCounts: boolean): boolean {
  return lateDropCounts && now >= formedAt;
}

/** The year trips of a plan count for: given, or the Beijing year of the earliest departure. */
export function planYear(departures: readonly Date[], given?: number): number {
  if (given) return given;
  const first = Math.min(...departures.map((d) => d.getTime()));
  return new Date(first + 8 * 60 * 60 * 1000).getUTCFullYear();
}

export interface HistoryRowIn {
  line: number;
  cells: Record<string, string>;
}

/** Checks imported history rows (工号, 年份, 路线): good rows, and bad lines with the reason. */
export function checkHistoryRows(
  rows: readonly HistoryRowIn[],
  thisYear: number,
): {
  rows: { staffNo: string; year: number; route?: string }[];
  bad: { line: number; message: string }[];
} {
  const good: { staffNo: string; year: number; route?: string }[] = [];
  const bad: { line: number; message: string }[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const no = (r.cells['工号'] ?? '').trim();
    const yearText = (r.cells['年份'] ?? r.cells['年度'] ?? '').trim();
    const route = (r.cells['路线'] ?? '').trim();
    if (!/^[A-Za-z0-9]{1,20}$/.test(no)) {
      bad.push({ line: r.line, message: '工号为空或格式不对' });
      continue;
    }
    const year = Number(yearText.replace(/年$/, ''));
    if (!Number.isInteger(year) || year < 1980 || year > thisYear) {
      bad.push({ line: r.line, message: `年份应为 1980 到 ${thisYear} 之间的四位数` });
      continue;
    }
    const key = `${no}:${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    good.push({ staffNo: no, year, ...(route ? { route: route.slice(0, 30) } : {}) });
  }
  return { rows: good, bad };
}
