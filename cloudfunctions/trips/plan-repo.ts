// Reads and writes of trip plans (trip_plans) and groups (trip_groups); the group's `left` and the
// plan's `quotaLeft.<branch>` change only by conditional atomic updates.
import { COLLECTIONS } from '../../database/collections';
import { groupDoc, planDoc, type GroupDoc, type PlanDoc } from '../../domain/trips/model';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

const plans = (db: Db) => db.collection(COLLECTIONS.tripPlans);
const groups = (db: Db) => db.collection(COLLECTIONS.tripGroups);
const updated = (r: unknown) => ((r as { updated?: number }).updated ?? 0) === 1;

export async function getPlan(db: Db, id: string): Promise<PlanDoc | null> {
  return getById(db, COLLECTIONS.tripPlans, id, planDoc);
}

export async function listPlans(db: Db, limit = 20): Promise<PlanDoc[]> {
  const res = await plans(db).orderBy('applyCloseAt', 'desc').limit(limit).get();
  return (res.data as unknown[]).map((d) => planDoc.parse(d));
}

/** Plans whose window has closed and that allocate themselves (the timer). */
export async function duePlans(db: Db, now: Date): Promise<PlanDoc[]> {
  const _ = db.command;
  const res = await plans(db)
    .where({ status: 'open', autoAllocate: true, applyCloseAt: _.lte(now) })
    .limit(20)
    .get();
  return (res.data as unknown[]).map((d) => planDoc.parse(d));
}

export async function addPlan(db: Db, plan: PlanDoc, list: GroupDoc[]): Promise<void> {
  await groups(db).add(list);
  await plans(db).add(plan);
}

export async function patchPlan(db: Db, id: string, patch: Record<string, unknown>) {
  await plans(db).doc(id).update(patch);
}

/** open → allocating, once: the caller that wins runs the allocation. */
export async function claimAllocation(db: Db, id: string, seed: string, now: Date) {
  return updated(
    await plans(db)
      .where({ _id: id, status: 'open' })
      .update({ status: 'allocating', seed, allocatingAt: now }),
  );
}

export async function getGroup(db: Db, id: string): Promise<GroupDoc | null> {
  return getById(db, COLLECTIONS.tripGroups, id, groupDoc);
}

export async function groupsOfPlans(db: Db, planIds: string[]): Promise<GroupDoc[]> {
  if (!planIds.length) return [];
  const _ = db.command;
  const res = await groups(db)
    .where({ planId: planIds.length === 1 ? planIds[0] : _.in(planIds) })
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => groupDoc.parse(d));
}

/** Takes one place iff one is left. */
export async function takePlace(db: Db, groupId: string): Promise<boolean> {
  const _ = db.command;
  return updated(
    await groups(db)
      .where({ _id: groupId, left: _.gt(0) })
      .update({ left: _.inc(-1) }),
  );
}

/** Gives a held place back (only ever after a place was held, so never above capacity). */
export async function givePlace(db: Db, groupId: string): Promise<void> {
  const _ = db.command;
  await groups(db)
    .doc(groupId)
    .update({ left: _.inc(1) });
}

export async function setGroupLeft(db: Db, groupId: string, left: number): Promise<void> {
  await groups(db).doc(groupId).update({ left });
}

/** Takes one place of a branch's quota iff one is left. */
export async function takeQuota(db: Db, planId: string, branchId: string): Promise<boolean> {
  const _ = db.command;
  const key = `quotaLeft.${branchId}`;
  return updated(
    await plans(db)
      .where({ _id: planId, [key]: _.gt(0) })
      .update({ [key]: _.inc(-1) }),
  );
}

export async function giveQuota(db: Db, planId: string, branchId: string): Promise<void> {
  const _ = db.command;
  await plans(db)
    .doc(planId)
    .update({ [`quotaLeft.${branchId}`]: _.inc(1) });
}
