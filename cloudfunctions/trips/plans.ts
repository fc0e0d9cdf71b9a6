// Plans (admin): a round of trips with routes and groups, its options, the list staff browse, and
// the numbers per group for the admin's chart.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { createPlanInput, PlanView, updatePlanInput } from '../../domain/trips/contract';
import { groupIdOf, type GroupDoc, type PlanDoc, type RouteDoc } from '../../domain/trips/model';
import { formationOf, planPhase, planYear } from '../../domain/trips/rules';
import { VisibleError, audit, type CallContext } from '../_kit';
import { ofPlan } from './app-repo';
import { branchNames, getStaffMany, grantRole } from '../_kit/roster-repo';
import { addPlan, getPlan, groupsOfPlans, listPlans, patchPlan } from './plan-repo';

export async function loadPlan(ctx: CallContext, planId: string): Promise<PlanDoc> {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new VisibleError('trips.not_found', '没有找到这个疗休养计划，可能已被删除。');
  return plan;
}

export function viewOf(plan: PlanDoc, groups: GroupDoc[], now: Date): PlanView {
  const byId = new Map(groups.map((g) => [g._id, g]));
  return {
    planId: plan._id,
    name: plan.name,
    year: plan.year,
    applyOpenAt: plan.applyOpenAt.toISOString(),
    applyCloseAt: plan.applyCloseAt.toISOString(),
    serviceYears: plan.serviceYears,
    cycleYears: plan.cycleYears,
    confirmDays: plan.confirmDays,
    phase: planPhase(plan, now),
    ...(plan.seed && plan.status === 'allocated' ? { seed: plan.seed } : {}),
    exportIdNumbers: plan.exportIdNumbers,
    routes: plan.routes.map(({ groupIds, ...r }) => ({
      ...r,
      groups: groupIds.flatMap((id) => {
        const g = byId.get(id);
        if (!g) return [];
        return [
          {
            groupId: g._id,
            departAt: g.departAt.toISOString(),
            returnAt: g.returnAt.toISOString(),
            capacity: g.capacity,
            left: g.left,
            ...(g.meetingPoint ? { meetingPoint: g.meetingPoint } : {}),
            ...(g.meetingAt ? { meetingAt: g.meetingAt.toISOString() } : {}),
            ...(g.leaderName ? { leaderName: g.leaderName } : {}),
          },
        ];
      }),
    })),
  };
}

export async function createPlanAction(input: z.output<typeof createPlanInput>, ctx: CallContext) {
  const planId = `tp-${randomBytes(6).toString('hex')}`;
  const leaderNos = input.routes.flatMap((r) => r.groups.flatMap((g) => g.leaderNo ?? []));
  const [leaderByNo, branches] = await Promise.all([
    getStaffMany(ctx.db, leaderNos),
    input.branchQuotas ? branchNames(ctx.db) : Promise.resolve(new Map<string, string>()),
  ]);
  const missing = leaderNos.find((no) => !leaderByNo.has(no));
  if (missing)
    throw new VisibleError('trips.leader_unknown', `领队工号 ${missing} 不在名册里，请核对。`);
  for (const b of Object.keys(input.branchQuotas ?? {}))
    if (!branches.has(b))
      throw new VisibleError('trips.branch_unknown', `分工会名额里有不存在的分工会（${b}）。`);

  const groups: GroupDoc[] = [];
  const routes: RouteDoc[] = input.routes.map((r, ri) => {
    const { groups: gs, ...rest } = r;
    const groupIds = gs.map((g, gi) => {
      const id = groupIdOf(planId, ri, gi);
      const departAt = new Date(g.departAt);
      groups.push({
        _id: id,
        planId,
        routeId: `r${ri + 1}`,
        routeName: r.name,
        departAt,
        returnAt: new Date(g.returnAt),
        formAt: formationOf(departAt, g.formAt ? new Date(g.formAt) : undefined),
        capacity: g.capacity,
        left: g.capacity,
        ...(g.meetingPoint ? { meetingPoint: g.meetingPoint } : {}),
        ...(g.meetingAt ? { meetingAt: new Date(g.meetingAt) } : {}),
        ...(g.leaderNo
          ? { leaderNo: g.leaderNo, leaderName: leaderByNo.get(g.leaderNo)?.name ?? '' }
          : {}),
      });
      return id;
    });
    return { ...rest, pictures: rest.pictures ?? [], routeId: `r${ri + 1}`, groupIds };
  });
  const plan: PlanDoc = {
    _id: planId,
    name: input.name,
    year: planYear(
      groups.map((g) => g.departAt),
      input.year,
    ),
    applyOpenAt: new Date(input.applyOpenAt),
    applyCloseAt: new Date(input.applyCloseAt),
    serviceYears: input.serviceYears,
    cycleYears: input.cycleYears,
    membersOnly: input.membersOnly,
    includeRetired: input.includeRetired,
    priorityNos: [...new Set(input.priorityNos)],
    ...(input.branchQuotas ? { branchQuotas: input.branchQuotas } : {}),
    confirmDays: input.confirmDays,
    lateDropCounts: input.lateDropCounts,
    exportIdNumbers: input.exportIdNumbers,
    autoAllocate: input.autoAllocate,
    status: 'open',
    routes,
    createdAt: ctx.now,
  };
  await addPlan(ctx.db, plan, groups);
  for (const g of groups)
    if (g.leaderNo) await grantRole(ctx.db, g.leaderNo, { role: 'trip_leader', groupId: g._id });
  await audit(ctx, { target: planId, outcome: 'ok' });
  return {
    planId,
    groupIds: routes.map((r) => r.groupIds),
  };
}

export async function updatePlanAction(input: z.output<typeof updatePlanInput>, ctx: CallContext) {
  const plan = await loadPlan(ctx, input.planId);
  const patch: Record<string, unknown> = {};
  if (input.priorityNos) patch.priorityNos = [...new Set(input.priorityNos)];
  if (input.exportIdNumbers !== undefined) patch.exportIdNumbers = input.exportIdNumbers;
  if (input.applyCloseAt) {
    if (plan.status !== 'open')
      throw new VisibleError('trips.allocated', '名额已经分配，不能再改报名截止时间。');
    const close = new Date(input.applyCloseAt);
    if (close <= plan.applyOpenAt)
      throw new VisibleError('trips.bad_close', '报名截止时间应晚于报名开始时间。');
    patch.applyCloseAt = close;
  }
  if ((input.priorityNos || input.applyCloseAt) && plan.status !== 'open')
    throw new VisibleError('trips.allocated', '名额已经分配，优先名单和截止时间不能再改。');
  if (Object.keys(patch).length) await patchPlan(ctx.db, plan._id, patch);
  await audit(ctx, { target: plan._id, outcome: 'ok' });
  return { planId: plan._id };
}

export async function plansAction(_input: unknown, ctx: CallContext) {
  const list = await listPlans(ctx.db);
  const groups = await groupsOfPlans(
    ctx.db,
    list.map((p) => p._id),
  );
  return {
    plans: list.map((p) =>
      viewOf(
        p,
        groups.filter((g) => g.planId === p._id),
        ctx.now,
      ),
    ),
  };
}

export async function planAction(input: { planId: string }, ctx: CallContext) {
  const [plan, groups] = await Promise.all([
    loadPlan(ctx, input.planId),
    groupsOfPlans(ctx.db, [input.planId]),
  ]);
  return viewOf(plan, groups, ctx.now);
}

export async function progressAction(input: { planId: string }, ctx: CallContext) {
  const [plan, groups, apps] = await Promise.all([
    loadPlan(ctx, input.planId),
    groupsOfPlans(ctx.db, [input.planId]),
    ofPlan(ctx.db, input.planId),
  ]);
  const live = apps.filter((a) => a.status !== 'withdrawn');
  const order = plan.routes.flatMap((r) => r.groupIds);
  return {
    applied: live.length,
    groups: order.flatMap((id) => {
      const g = groups.find((x) => x._id === id);
      if (!g) return [];
      const mine = (st: string) => live.filter((a) => a.groupId === id && a.status === st).length;
      return [
        {
          groupId: id,
          routeName: g.routeName,
          departAt: g.departAt.toISOString(),
          capacity: g.capacity,
          left: g.left,
          assigned: mine('assigned'),
          confirmed: mine('confirmed'),
          waitlisted: live.filter((a) => a.status === 'waitlisted' && a.waitGroups.includes(id))
            .length,
          firstChoice: live.filter((a) => a.choices[0] === id).length,
        },
      ];
    }),
  };
}
