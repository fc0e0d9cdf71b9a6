// Places moving after allocation: a freed place (withdrawal, decline, timeout) goes to the next on
// that group's waitlist, exactly once — the place is taken by a conditional update of the group's
// `left`, the branch quota by one of the plan's `quotaLeft`, and the person by one of their status.
import { pages } from '../../domain/pages';
import {
  historyIdOf,
  type ApplicationDoc,
  type GroupDoc,
  type PlanDoc,
} from '../../domain/trips/model';
import { confirmDeadline, dropCounts } from '../../domain/trips/rules';
import { beijingDateTime } from '../../domain/time';
import type { Db } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { expiredOffers, moveApplication, waitingOn } from './app-repo';
import { putHistory } from './people-repo';
import { getGroup, getPlan, givePlace, giveQuota, takePlace, takeQuota } from './plan-repo';

/** where a trip notice opens: the plan on the trips page (my place, confirm or give up) */
export const minePage = (planId: string) => pages.trips.index({ planId });

interface Ctx {
  db: Db;
  now: Date;
}

const hasQuota = (plan: PlanDoc, branchId: string) =>
  !!plan.branchQuotas && Object.hasOwn(plan.branchQuotas, branchId);

async function notifyOffer(
  ctx: Ctx,
  plan: PlanDoc,
  group: GroupDoc,
  app: ApplicationDoc,
  slot: string,
) {
  const by = confirmDeadline(ctx.now, plan.confirmDays);
  await enqueueNotice(
    ctx.db,
    {
      kind: 'trip_result',
      subject: plan._id,
      slot,
      staffNo: app.staffNo,
      title: `疗休养名额：${group.routeName}`,
      body: `你获得了「${group.routeName}」${beijingDateTime(group.departAt)} 出发批次的名额，请在 ${beijingDateTime(by)} 前确认，逾期名额将让给候补的同事。`,
      page: minePage(plan._id),
      fields: { title: plan.name, result: '请确认', tip: `${beijingDateTime(by)} 前确认` },
    },
    ctx.now,
  );
}

/** Offers one freed place of a group to the first waiting person who can take it; true if offered. */
export async function offerNext(ctx: Ctx, plan: PlanDoc, groupId: string): Promise<boolean> {
  const group = await getGroup(ctx.db, groupId);
  if (!group || ctx.now >= group.formAt) return false;
  if (!(await takePlace(ctx.db, groupId))) return false;
  const fresh = (await getPlan(ctx.db, plan._id)) ?? plan;
  for (const c of await waitingOn(ctx.db, plan._id, groupId)) {
    const quota = hasQuota(fresh, c.branchId);
    if (quota && !(await takeQuota(ctx.db, plan._id, c.branchId))) continue;
    const moved = await moveApplication(ctx.db, c._id, ['waitlisted'], {
      status: 'assigned',
      groupId,
      waitGroups: [],
      offeredAt: ctx.now,
      confirmBy: confirmDeadline(ctx.now, plan.confirmDays),
      updatedAt: ctx.now,
    });
    if (moved) {
      await notifyOffer(ctx, fresh, group, c, `offer-${groupId}`);
      return true;
    }
    if (quota) await giveQuota(ctx.db, plan._id, c.branchId);
  }
  await givePlace(ctx.db, groupId);
  return false;
}

/**
 * Gives a held place up (declined, or expired by the timer): the move happens once; then the
 * place and quota go back and, before the group is formed, to the next on the waitlist. After
 * formation a withdrawal counts as having gone (if the plan says so) and is recorded in history.
 */
export async function release(
  ctx: Ctx,
  plan: PlanDoc,
  app: ApplicationDoc,
  to: 'declined' | 'expired',
): Promise<boolean> {
  const _ = ctx.db.command;
  if (!app.groupId) return false;
  const group = await getGroup(ctx.db, app.groupId);
  if (!group) return false;
  const counted = to === 'declined' && dropCounts(ctx.now, group.formAt, plan.lateDropCounts);
  const from = to === 'expired' ? (['assigned'] as const) : (['assigned', 'confirmed'] as const);
  const moved = await moveApplication(
    ctx.db,
    app._id,
    [...from],
    { status: to, updatedAt: ctx.now, ...(counted ? { counted: true } : {}) },
    to === 'expired' ? { confirmBy: _.lte(ctx.now) } : {},
  );
  if (!moved) return false;
  if (counted)
    await putHistory(ctx.db, {
      _id: historyIdOf(app.staffNo, plan.year),
      staffNo: app.staffNo,
      year: plan.year,
      route: group.routeName,
      source: 'dropout',
      planId: plan._id,
    });
  await givePlace(ctx.db, group._id);
  if (hasQuota(plan, app.branchId)) await giveQuota(ctx.db, plan._id, app.branchId);
  await offerNext(ctx, plan, group._id);
  return true;
}

/** The timer's part: offers whose confirmation time has passed expire, each exactly once. */
export async function expireOffers(ctx: Ctx): Promise<{ expired: number }> {
  let expired = 0;
  const plans = new Map<string, PlanDoc | null>();
  for (const app of await expiredOffers(ctx.db, ctx.now)) {
    if (!plans.has(app.planId)) plans.set(app.planId, await getPlan(ctx.db, app.planId));
    const plan = plans.get(app.planId);
    if (!plan) continue;
    if (await release(ctx, plan, app, 'expired')) {
      expired++;
      await enqueueNotice(
        ctx.db,
        {
          kind: 'trip_result',
          subject: plan._id,
          slot: `expired-${app.groupId ?? ''}`,
          staffNo: app.staffNo,
          title: `疗休养名额已过期：${plan.name}`,
          body: '你没有在期限内确认，名额已让给候补的同事。如有疑问请联系分工会。',
          page: minePage(plan._id),
          fields: { title: plan.name, result: '已过期', tip: '名额已让给候补的同事' },
        },
        ctx.now,
      );
    }
  }
  return { expired };
}
