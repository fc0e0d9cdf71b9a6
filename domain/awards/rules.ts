// Pure decisions of the honours rounds: quotas from shares, ids, the nomination window, the stage
// an action needs, and the vote's ranking with ties at the cut-off left for the admin.
import type { NominationStatus, QuotaInput, Stage } from './contract';

/**
 * A branch's quota in a category: the number, or the share of its active members rounded down.
 * The share is taken in basis points first, so 0.07 × 100 is 7 (not 7.000000000000001 → 7, nor
 * 0.29 × 100 = 28.999999999999996 → 28).
 */
export function quotaFor(quota: QuotaInput, activeMembers: number): number {
  if ('perBranch' in quota) return quota.perBranch;
  const members = Math.max(0, Math.floor(activeMembers));
  // a share has at most 4 decimal places that mean anything (0.0001 = 0.01 %)
  const perTenThousand = Math.round(quota.share * 10_000);
  return Math.floor((members * perTenThousand) / 10_000);
}

export const nominationIdOf = (roundId: string, categoryId: string, staffNo: string) =>
  `${roundId}:${categoryId}:${staffNo}`;
export const quotaCounterIdOf = (roundId: string, categoryId: string, branchId: string) =>
  `${roundId}:${categoryId}:${branchId}`;
/** a judge's ballot counter in a category lives with the quota counters, under its own prefix */
export const ballotCounterIdOf = (roundId: string, categoryId: string, judgeNo: string) =>
  `ballot:${roundId}:${categoryId}:${judgeNo}`;
export const objectionIdOf = (nominationId: string, staffNo: string) =>
  `${nominationId}:${staffNo}`;
export const honourIdOf = nominationIdOf;

/** Statuses that hold one of the branch's places. */
export const HOLDS_PLACE: readonly NominationStatus[] = ['submitted', 'accepted'];
/** Statuses a chair may nominate the same person again from (the place was given back). */
export const RENOMINABLE: readonly NominationStatus[] = ['returned', 'withdrawn'];

export interface Window {
  stage: Stage;
  nominateOpenAt: Date;
  nominateCloseAt: Date;
}

export function nominationOpen(r: Window, now: Date): boolean {
  return (
    r.stage === 'nominating' &&
    now.getTime() >= r.nominateOpenAt.getTime() &&
    now.getTime() < r.nominateCloseAt.getTime()
  );
}

/** The Beijing calendar year a round honours: the year its nominations open. */
export function yearOf(nominateOpenAt: Date): number {
  return new Date(nominateOpenAt.getTime() + 8 * 3_600_000).getUTCFullYear();
}

export interface Candidate {
  nominationId: string;
  votes: number;
  /** for a stable order among equal votes (工号) */
  key: string;
}

export interface Ranked extends Candidate {
  /** competition ranking: equal votes share a rank (1, 2, 2, 4) */
  rank: number;
  outcome: 'elected' | 'tied' | 'out';
}

/**
 * Ranks a category's accepted nominations by votes. With `places` to give: those whose rank is
 * within the places and whose votes group fits entirely are elected; a group of equal votes that
 * straddles the cut-off is all "tied" (the admin decides, never a silent cut); the rest are out.
 */
export function rankCategory(
  candidates: readonly Candidate[],
  places: number,
): { rows: Ranked[]; tiedPlaces: number } {
  const sorted = [...candidates].sort((a, b) => b.votes - a.votes || a.key.localeCompare(b.key));
  const rows: Ranked[] = [];
  let tiedPlaces = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j]!.votes === sorted[i]!.votes) j++;
    const rank = i + 1;
    let outcome: Ranked['outcome'];
    if (j <= places) outcome = 'elected';
    else if (i < places) {
      outcome = 'tied';
      tiedPlaces = places - i;
    } else outcome = 'out';
    for (let k = i; k < j; k++) rows.push({ ...sorted[k]!, rank, outcome });
    i = j;
  }
  return { rows, tiedPlaces };
}

/**
 * The list put on the 公示: the elected plus the tied the admin chose. Throws a plain message
 * when the admin chose more tied than there are places left, or chose someone not tied.
 */
export function publicityList(
  ranked: readonly Ranked[],
  tiedPlaces: number,
  chosen: ReadonlySet<string>,
): { listed: string[]; error: string | null } {
  const tied = ranked.filter((r) => r.outcome === 'tied');
  const picked = tied.filter((r) => chosen.has(r.nominationId));
  if (picked.length > tiedPlaces) {
    return { listed: [], error: `并列人选只能再选 ${tiedPlaces} 位，请减少勾选。` };
  }
  if (tied.length > 0 && picked.length < tiedPlaces) {
    return {
      listed: [],
      error: `有 ${tied.length} 位得票并列，请再选 ${tiedPlaces - picked.length} 位上公示。`,
    };
  }
  const listed = ranked
    .filter((r) => r.outcome === 'elected' || chosen.has(r.nominationId))
    .map((r) => r.nominationId);
  return { listed, error: null };
}

export const STATUS_LABELS: Record<NominationStatus, string> = {
  submitted: '待审核',
  accepted: '审核通过',
  returned: '已退回修改',
  rejected: '未通过审核',
  withdrawn: '已撤回',
  publicized: '公示中',
  not_selected: '未当选',
  awarded: '已授予',
};

export const STAGE_LABELS: Record<Stage, string> = {
  nominating: '提名中',
  voting: '评委投票中',
  publicity: '公示中',
  final: '已公布',
};
