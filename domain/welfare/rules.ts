// Pure decisions of welfare batches: who may choose, when, which pickup point serves whom, what
// the default gift at close falls back to, the progress numbers, and a per-caller rate limit.
import type { StaffDoc } from '../roster/staff';
import type { EligibilityInput } from './contract';

/** How many times one person may change their choice in one batch (against scripted flipping). */
export const MAX_CHANGES = 10;

/**
 * One person's line in the batch's ledger (batch.ledger[staffNo]): the option held, how many
 * changes were made, whether it was given by default, and when it was handed over.
 */
export interface LedgerEntry {
  o: string;
  n: number;
  d?: boolean;
  h?: Date | null;
}

/**
 * A ledger line is stored as one short string, "o2:3", "o1:0:d", "o2:3:h1764049920000": the
 * batch document holds one per person and is rewritten on every choice, so lines stay small,
 * and a conditional update compares the whole line at once (option, change count, hand-over).
 */
export function encodeLedger(e: LedgerEntry): string {
  return `${e.o}:${e.n}${e.d ? ':d' : ''}${e.h ? `:h${new Date(e.h).getTime()}` : ''}`;
}

export function parseLedger(line: string): LedgerEntry | null {
  const [o, n, ...rest] = line.split(':');
  if (!o || !/^\d+$/.test(n ?? '')) return null;
  const e: LedgerEntry = { o, n: Number(n) };
  for (const part of rest) {
    if (part === 'd') e.d = true;
    else if (/^h\d+$/.test(part)) e.h = new Date(Number(part.slice(1)));
  }
  return e;
}

export type Phase = 'upcoming' | 'open' | 'closed';

export function phaseOf(
  b: { claimOpenAt: Date; claimCloseAt: Date; status: string },
  now: Date,
): Phase {
  if (b.status === 'closed' || now >= b.claimCloseAt) return 'closed';
  if (now < b.claimOpenAt) return 'upcoming';
  return 'open';
}

export type EligibilityVerdict = { ok: true } | { ok: false; reason: string };

export function eligibility(
  staff: Pick<StaffDoc, 'staffNo' | 'branchId' | 'member' | 'status' | 'active'>,
  rule: EligibilityInput,
): EligibilityVerdict {
  if (!staff.active) return { ok: false, reason: '你的名册信息已停用，请联系校工会。' };
  if (rule.staffNos?.length && !rule.staffNos.includes(staff.staffNo)) {
    return {
      ok: false,
      reason: '这次福利只发给名单上的教职工，你不在名单里。如有疑问，请联系所在分工会。',
    };
  }
  if (rule.membersOnly && !staff.member)
    return { ok: false, reason: '这次福利只发给工会会员。如有疑问，请联系所在分工会。' };
  if (!rule.includeRetired && staff.status === '退休') {
    return { ok: false, reason: '这次福利只发给在职教职工，退休教职工的慰问另行安排。' };
  }
  if (rule.branchIds?.length && !rule.branchIds.includes(staff.branchId)) {
    return {
      ok: false,
      reason: '这次福利只发给部分分工会，你所在的分工会不在其中。如有疑问，请联系所在分工会。',
    };
  }
  return { ok: true };
}

export interface PointDef {
  id: string;
  name: string;
  place: string;
  hours: string;
  branchIds: string[];
}

/**
 * The pickup point serving a branch: the point that lists the branch, else a point listing no
 * branches (a catch-all), else the branch's own office (the default when a batch has no points).
 */
export function pointFor(
  points: readonly PointDef[],
  branchId: string,
  branchName: string,
): PointDef {
  const listed = points.find((p) => p.branchIds.includes(branchId));
  if (listed) return listed;
  const catchAll = points.find((p) => p.branchIds.length === 0);
  if (catchAll) return catchAll;
  return {
    id: `branch-${branchId}`,
    name: `${branchName}领取点`,
    place: `${branchName}办公室`,
    hours: '请留意分工会通知的领取时间',
    branchIds: [branchId],
  };
}

/**
 * The options to try, in order, for someone who never chose: the default first, then the others
 * with the most left first — so that nobody eligible goes without while any gift is left. With no
 * default set, nobody is given anything.
 */
export function defaultOrder(
  defaultOptionId: string | null,
  stock: Record<string, number>,
): string[] {
  if (!defaultOptionId) return [];
  const others = Object.keys(stock)
    .filter((o) => o !== defaultOptionId)
    .sort((a, b) => (stock[b] ?? 0) - (stock[a] ?? 0) || a.localeCompare(b));
  return [defaultOptionId, ...others];
}

export interface ProgressInput {
  options: { id: string; name: string }[];
  stock: Record<string, number>;
  stockTotal: Record<string, number>;
  ledger: Record<string, LedgerEntry>;
  /** eligible people in scope */
  people: Pick<StaffDoc, 'staffNo' | 'branchId'>[];
  branches: { id: string; name: string }[];
}

export function computeProgress(input: ProgressInput) {
  const options = input.options.map((o) => ({
    optionId: o.id,
    name: o.name,
    stock: input.stockTotal[o.id] ?? 0,
    left: input.stock[o.id] ?? 0,
    claimed: 0,
    handedOver: 0,
  }));
  const byOption = new Map(options.map((o) => [o.optionId, o]));
  const names = new Map(input.branches.map((b) => [b.id, b.name]));
  const byBranch = new Map<
    string,
    {
      branchId: string;
      name: string;
      eligible: number;
      chosen: number;
      notChosen: number;
      handedOver: number;
    }
  >();
  for (const p of input.people) {
    let row = byBranch.get(p.branchId);
    if (!row) {
      row = {
        branchId: p.branchId,
        name: names.get(p.branchId) ?? p.branchId,
        eligible: 0,
        chosen: 0,
        notChosen: 0,
        handedOver: 0,
      };
      byBranch.set(p.branchId, row);
    }
    row.eligible += 1;
    const entry = input.ledger[p.staffNo];
    if (!entry) {
      row.notChosen += 1;
      continue;
    }
    row.chosen += 1;
    const opt = byOption.get(entry.o);
    if (opt) opt.claimed += 1;
    if (entry.h) {
      row.handedOver += 1;
      if (opt) opt.handedOver += 1;
    }
  }
  const order = new Map(input.branches.map((b, i) => [b.id, i]));
  const branches = [...byBranch.values()].sort(
    (a, b) => (order.get(a.branchId) ?? 999) - (order.get(b.branchId) ?? 999),
  );
  const totals = branches.reduce(
    (t, b) => ({
      eligible: t.eligible + b.eligible,
      chosen: t.chosen + b.chosen,
      notChosen: t.notChosen + b.notChosen,
      handedOver: t.handedOver + b.handedOver,
    }),
    { eligible: 0, chosen: 0, notChosen: 0, handedOver: 0 },
  );
  return { options, branches, totals };
}

/**
 * A token bucket per caller, kept in a function instance's memory: `capacity` calls at once,
 * refilled at `perSecond`. It stops scripted clients hammering one instance without spending a
 * database request; the per-person change cap in the ledger (MAX_CHANGES) is the durable limit.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, nowMs: number): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: nowMs };
    const tokens = Math.min(this.capacity, b.tokens + ((nowMs - b.at) / 1000) * this.perSecond);
    if (this.buckets.size >= this.maxKeys && !this.buckets.has(key)) this.buckets.clear();
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    return true;
  }
}
