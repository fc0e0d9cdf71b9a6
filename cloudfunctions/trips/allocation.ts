// Allocation after the deadline (admin, or the timer for plans that ask): claim the plan once,
// compute the pure allocation from the published seed, write each application conditionally,
// then set the places left from what was written, and tell everyone.
import { randomBytes } from 'node:crypto';
import type { NoticeInput } from '../../domain/notify/notice';
import type { PlanDoc } from '../../domain/trips/model';
import { allocate, confirmDeadline, planPhase } from '../../domain/trips/rules';
import { beijingDateTime, beijingDay } from '../../domain/time';
import { VisibleError, audit, inBatches, type CallContext, type Db, type Logger } from '../_kit';
import { enqueueMany } from '../notify/enqueue';
import { moveApplication, ofPlan } from './app-repo';
import { minePage } from './offers';
import { historyOfMany } from './people-repo';
import { claimAllocation, getPlan, groupsOfPlans, patchPlan, setGroupLeft } from './plan-repo';
import { priorityNosOf } from './priority';
import { loadPlan } from './plans';

const PARALLEL = 20;

export interface AllocationAnswer {
  seed: string;
  assigned: number;
  waitlisted: number;
}

/** Runs (or resumes, with the stored seed) the allocation of a claimed plan. */
export async function runAllocation(
  ctx: { db: Db; now: Date; log: Logger },
  plan: PlanDoc,
  seed: string,
): Promise<AllocationAnswer> {
  const { db, now } = ctx;
  const [groups, applied, priority] = await Promise.all([
    groupsOfPlans(db, [plan._id]),
    ofPlan(db, plan._id, ['applied']),
    priorityNosOf(db, plan),
  ]);
  const history = await historyOfMany(
    db,
    applied.map((a) => a.staffNo),
  );
  const capacities = new Map(groups.map((g) => [g._id, g.capacity]));
  const quotas = plan.branchQuotas ? new Map(Object.entries(plan.branchQuotas)) : undefined;
  // a resumed run: places already written count against capacity and quotas
  const held = await ofPlan(db, plan._id, [
    'assigned',
    'confirmed',
    'declined',
    'expired',
    'waitlisted',
  ]);
  const heldBy = held.filter((a) => a.status === 'assigned' || a.status === 'confirmed');
  for (const a of heldBy)
    if (a.groupId) capacities.set(a.groupId, (capacities.get(a.groupId) ?? 0) - 1);
  if (quotas)
    for (const a of heldBy)
      if (quotas.has(a.branchId)) quotas.set(a.branchId, (quotas.get(a.branchId) ?? 0) - 1);
  const rankBase = held.reduce((m, a) => Math.max(m, a.rank ?? 0), 0);

  const result = allocate(
    applied.map((a) => {
      const years = history.get(a.staffNo)?.filter(Boolean) ?? [];
      return {
        staffNo: a.staffNo,
        branchId: a.branchId,
        choices: a.choices,
        priority: priority.has(a.staffNo),
        ...(years.length ? { lastYear: Math.max(...years) } : {}),
      };
    }),
    capacities,
    seed,
    quotas,
  );
  const byNo = new Map(applied.map((a) => [a.staffNo, a]));
  const confirmBy = confirmDeadline(now, plan.confirmDays);
  const notices: NoticeInput[] = [];
  const groupById = new Map(groups.map((g) => [g._id, g]));
  await inBatches(result.order, PARALLEL, async (no) => {
    const a = byNo.get(no);
    if (!a) return;
    const rank = rankBase + result.order.indexOf(no) + 1;
    const groupId = result.assigned.get(no);
    const patch = groupId
      ? {
          status: 'assigned',
          groupId,
          rank,
          confirmBy,
          offeredAt: now,
          waitGroups: [],
          updatedAt: now,
        }
      : { status: 'waitlisted', rank, waitGroups: a.choices, updatedAt: now };
    if (!(await moveApplication(db, a._id, ['applied'], patch))) return;
    const g = groupId ? groupById.get(groupId) : undefined;
    notices.push({
      kind: 'trip_result',
      subject: plan._id,
      slot: 'allocated',
      staffNo: no,
      title: g ? `疗休养名额：${g.routeName}` : `疗休养候补：${plan.name}`,
      body: g
        ? `你获得了「${g.routeName}」${beijingDateTime(g.departAt)} 出发批次的名额，请在 ${beijingDateTime(confirmBy)} 前确认。`
        : '这次名额已满，你已进入你所选批次的候补名单，有人放弃时按顺序递补并通知你。',
      page: minePage(plan._id),
      fields: {
        title: plan.name,
        result: g ? '请确认' : '候补中',
        tip: g ? `${beijingDateTime(confirmBy)} 前确认` : '有名额时通知你',
      },
    });
  });

  // places left from what is now written (not from the plan in memory: a retry or a withdrawal
  // between the read and the write would otherwise skew the counters)
  const now_held = await ofPlan(db, plan._id, ['assigned', 'confirmed']);
  const count = (f: (a: (typeof now_held)[number]) => boolean) => now_held.filter(f).length;
  await inBatches(groups, PARALLEL, (g) =>
    setGroupLeft(db, g._id, g.capacity - count((a) => a.groupId === g._id)),
  );
  const quotaLeft: Record<string, number> = Object.create(null);
  for (const [b, q] of Object.entries(plan.branchQuotas ?? {}))
    quotaLeft[b] = q - count((a) => a.branchId === b);
  const waitlisted = (await ofPlan(db, plan._id, ['waitlisted'])).length;
  await patchPlan(db, plan._id, {
    status: 'allocated',
    allocatedAt: now,
    quotaLeft: { ...quotaLeft },
    assignedCount: now_held.length,
    waitlistedCount: waitlisted,
  });
  await enqueueMany(db, notices, now);
  ctx.log.info('trips.allocated', { assigned: now_held.length, waitlisted });
  return { seed, assigned: now_held.length, waitlisted };
}

export async function allocateAction(
  input: { planId: string; seed?: string; force: boolean },
  ctx: CallContext,
): Promise<AllocationAnswer> {
  const plan = await loadPlan(ctx, input.planId);
  if (plan.status === 'allocated') {
    if (input.seed && input.seed !== plan.seed)
      throw new VisibleError(
        'trips.already_allocated',
        '这一轮已经分配过名额，不能换种子重新分配。',
      );
    return {
      seed: plan.seed ?? '',
      assigned: plan.assignedCount ?? 0,
      waitlisted: plan.waitlistedCount ?? 0,
    };
  }
  if (plan.status === 'open') {
    if (planPhase(plan, ctx.now) !== 'closed' && !input.force)
      throw new VisibleError(
        'trips.window_open',
        `报名还没截止（${beijingDateTime(plan.applyCloseAt)} 截止），截止后才能分配名额。`,
      );
    const seed = input.seed ?? `${beijingDay(ctx.now)}-${randomBytes(4).toString('hex')}`;
    if (!(await claimAllocation(ctx.db, plan._id, seed, ctx.now))) {
      const again = await getPlan(ctx.db, plan._id);
      if (again?.status === 'allocated')
        return {
          seed: again.seed ?? '',
          assigned: again.assignedCount ?? 0,
          waitlisted: again.waitlistedCount ?? 0,
        };
      throw new VisibleError('trips.allocating', '正在分配名额，请稍后刷新查看结果。');
    }
    const answer = await runAllocation(ctx, { ...plan, status: 'allocating', seed }, seed);
    await audit(ctx, { target: plan._id, outcome: 'ok' });
    return answer;
  }
  // allocating: an earlier run stopped half way — finish it with the same seed
  const seed = plan.seed ?? '';
  const answer = await runAllocation(ctx, plan, seed);
  await audit(ctx, { target: plan._id, outcome: 'resumed' });
  return answer;
}
