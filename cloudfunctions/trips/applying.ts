// Staff: may I apply and why not, applying with up to 3 preferences (changeable until the
// deadline), withdrawing, my status, and answering an offered place (confirm or give it up).
import type { z } from 'zod';
import type { tripsContract } from '../../domain/trips/contract';
import {
  applicationIdOf,
  publicStatus,
  type ApplicationDoc,
  type PlanDoc,
} from '../../domain/trips/model';
import { eligibility, planPhase } from '../../domain/trips/rules';
import { beijingDateTime, beijingDay } from '../../domain/time';
import type { StaffDoc } from '../../domain/roster/staff';
import { VisibleError, type CallContext } from '../_kit';
import { aheadOf, getApplication, moveApplication, putApplication } from './app-repo';
import { release } from './offers';
import { historyOf, putContact } from './people-repo';
import { loadPlan } from './plans';

type In<A extends keyof typeof tripsContract> = z.output<(typeof tripsContract)[A]['input']>;

async function checkEligible(ctx: CallContext, plan: PlanDoc, me: StaffDoc) {
  const history = await historyOf(ctx.db, me.staffNo);
  return eligibility(
    {
      year: plan.year,
      serviceYears: plan.serviceYears,
      cycleYears: plan.cycleYears,
      membersOnly: plan.membersOnly,
      includeRetired: plan.includeRetired,
      referenceDay: beijingDay(plan.applyCloseAt),
    },
    { member: me.member, status: me.status, joinedOn: me.joinedOn },
    history.filter((h) => h.planId !== plan._id).map((h) => h.year),
  );
}

export async function eligibilityAction(input: In<'trips.eligibility'>, ctx: CallContext) {
  const me = ctx.me();
  const plan = await loadPlan(ctx, input.planId);
  const r = await checkEligible(ctx, plan, me);
  return r.eligible ? { eligible: true } : { eligible: false, reason: r.reason };
}

export async function applyAction(input: In<'trips.apply'>, ctx: CallContext) {
  const me = ctx.me();
  const plan = await loadPlan(ctx, input.planId);
  const phase = planPhase(plan, ctx.now);
  if (phase === 'upcoming')
    throw new VisibleError(
      'trips.not_open',
      `报名还没开始，${beijingDateTime(plan.applyOpenAt)} 起可以报名。`,
    );
  if (phase !== 'open')
    throw new VisibleError('trips.closed', '报名已截止，不能再报名或修改志愿。');
  const routeOf = new Map(plan.routes.flatMap((r) => r.groupIds.map((g) => [g, r] as const)));
  for (const g of input.choices) {
    const route = routeOf.get(g);
    if (!route)
      throw new VisibleError('trips.bad_choice', '选择的批次不属于这个计划，请刷新后重新选择。');
    if (me.status === '退休' && route.retireesOk === false)
      throw new VisibleError(
        'trips.route_not_for_retirees',
        `「${route.name}」强度较大，不适合退休教职工，请换一条路线。`,
      );
  }
  const r = await checkEligible(ctx, plan, me);
  if (!r.eligible) throw new VisibleError('trips.not_eligible', r.reason);
  const id = applicationIdOf(plan._id, me.staffNo);
  const doc: ApplicationDoc = {
    _id: id,
    planId: plan._id,
    staffNo: me.staffNo,
    name: me.name,
    branchId: me.branchId,
    choices: input.choices,
    status: 'applied',
    waitGroups: [],
    appliedAt: ctx.now,
    updatedAt: ctx.now,
  };
  await putApplication(ctx.db, doc);
  return { applicationId: id };
}

export async function withdrawAction(input: In<'trips.withdraw'>, ctx: CallContext) {
  const me = ctx.me();
  const plan = await loadPlan(ctx, input.planId);
  const id = applicationIdOf(plan._id, me.staffNo);
  const app = await getApplication(ctx.db, id);
  if (!app || app.status === 'withdrawn')
    throw new VisibleError('trips.not_applied', '你还没有报名这一轮疗休养。');
  if (app.status === 'applied' || app.status === 'waitlisted') {
    if (plan.status === 'allocating')
      throw new VisibleError('trips.allocating', '正在分配名额，请过几分钟再试。');
    if (
      await moveApplication(ctx.db, id, [app.status], {
        status: 'withdrawn',
        waitGroups: [],
        updatedAt: ctx.now,
      })
    )
      return { status: 'withdrawn' as const };
  }
  if (app.status === 'assigned' || app.status === 'confirmed') {
    await release(ctx, plan, app, 'declined');
    return { status: 'declined' as const };
  }
  throw new VisibleError('trips.nothing_to_withdraw', '你的报名已经结束，不需要再退出。');
}

export async function mineAction(input: In<'trips.mine'>, ctx: CallContext) {
  const me = ctx.me();
  const app = await getApplication(ctx.db, applicationIdOf(input.planId, me.staffNo));
  if (!app) return { status: 'none' as const };
  const status = publicStatus(app.status);
  if (status === 'none') return { status };
  const waitPosition =
    app.status === 'waitlisted' && app.rank !== undefined && app.waitGroups[0]
      ? (await aheadOf(ctx.db, app.planId, app.waitGroups[0], app.rank)) + 1
      : undefined;
  return {
    status,
    ...(app.groupId ? { groupId: app.groupId } : {}),
    choices: app.choices,
    ...(app.status === 'assigned' && app.confirmBy
      ? { confirmBy: app.confirmBy.toISOString() }
      : {}),
    ...(waitPosition ? { waitPosition } : {}),
    ...(app.counted ? { countsAsTravelled: true } : {}),
  };
}

export async function respondAction(input: In<'trips.respond'>, ctx: CallContext) {
  const me = ctx.me();
  const plan = await loadPlan(ctx, input.planId);
  const id = applicationIdOf(plan._id, me.staffNo);
  const app = await getApplication(ctx.db, id);
  // a repeated "give up" (a second tap, a retry) gets the same answer
  if (app?.status === 'declined' && !input.accept) return { status: 'declined' as const };
  if (!app || (app.status !== 'assigned' && app.status !== 'confirmed')) {
    const why =
      app?.status === 'expired'
        ? '确认期限已过，名额已让给候补的同事。'
        : app?.status === 'waitlisted'
          ? '你还在候补中，有名额时会通知你确认。'
          : '你现在没有待确认的名额。';
    throw new VisibleError('trips.no_offer', why);
  }
  if (!input.accept) {
    await release(ctx, plan, app, 'declined');
    return { status: 'declined' as const };
  }
  if (app.status === 'assigned') {
    const _ = ctx.db.command;
    const moved = await moveApplication(
      ctx.db,
      id,
      ['assigned'],
      { status: 'confirmed', confirmedAt: ctx.now, updatedAt: ctx.now },
      { confirmBy: _.gt(ctx.now) },
    );
    if (!moved) {
      const again = await getApplication(ctx.db, id);
      if (again?.status !== 'confirmed')
        throw new VisibleError('trips.confirm_late', '确认期限已过，名额已让给候补的同事。');
    }
  }
  if (input.emergencyName || input.emergencyPhone || input.idNumber) {
    await putContact(ctx.db, {
      _id: id,
      planId: plan._id,
      staffNo: me.staffNo,
      ...(input.emergencyName ? { emergencyName: input.emergencyName } : {}),
      ...(input.emergencyPhone ? { emergencyPhone: input.emergencyPhone } : {}),
      ...(input.idNumber && plan.exportIdNumbers ? { idNumber: input.idNumber.toUpperCase() } : {}),
    });
  }
  return { status: 'confirmed' as const };
}
