// The report for a span and a branch: every registered section at once (their aggregations in
// parallel, each covering this span and the same span a year earlier), cached per day.
import type { Report, FigureSet } from '../../domain/report/contract';
import { cacheKeyOf, hasData, previousSpan, scopeFor, type Span } from '../../domain/report/rules';
import { VisibleError } from '../../domain/errors';
import { beijingDay } from '../../domain/time';
import type { CallContext } from '../_kit';
import { listBranches } from '../_kit/roster-repo';
import { getCached, putCached } from './cache-repo';
import { SECTIONS } from './sections';

/** The branch this caller's report is for (null: the whole union), as rules.scopeFor decides. */
export function scopeOf(ctx: CallContext, asked: string | undefined): string | null {
  const chairs = ctx
    .me()
    .roles.filter((g) => g.role === 'branch_chair' && g.branchId)
    .map((g) => g.branchId as string);
  return scopeFor({ admin: ctx.can('admin'), chairs }, asked);
}

export async function branchList(ctx: CallContext) {
  return (await listBranches(ctx.db))
    .filter((b) => b.active)
    .map((b) => ({ id: b._id, name: b.name }));
}

export async function reportFor(
  ctx: CallContext,
  span: Span,
  askedBranch: string | undefined,
  refresh = false,
): Promise<Report> {
  const branchId = scopeOf(ctx, askedBranch);
  const key = cacheKeyOf(span, branchId, beijingDay(ctx.now));
  if (!refresh) {
    const hit = await getCached(ctx.db, key);
    if (hit) return { ...hit, cached: true };
  }
  const branches = await branchList(ctx);
  const branchName = branchId ? branches.find((b) => b.id === branchId)?.name : '全校';
  if (!branchName) throw new VisibleError('report.no_branch', '没有这个分工会，请重新选择。');
  const input = {
    db: ctx.db,
    cur: span,
    prev: previousSpan(span),
    branchId,
    now: ctx.now,
    branches,
  };
  const results = await Promise.all(SECTIONS.map((s) => s.compute(input)));
  const cur: Record<string, unknown> = {};
  const prev: Record<string, unknown> = {};
  SECTIONS.forEach((s, i) => {
    cur[s.key] = results[i].cur;
    prev[s.key] = results[i].prev;
  });
  const previous = prev as FigureSet;
  const report: Report = {
    ...(cur as FigureSet),
    year: Number(span.from.slice(0, 4)),
    from: span.from,
    to: span.to,
    branchId,
    branchName,
    previous: hasData(previous) ? previous : null,
    computedAt: ctx.now.toISOString(),
    cached: false,
  };
  await putCached(ctx.db, key, report, ctx.now);
  return report;
}
