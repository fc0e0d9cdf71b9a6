// Who goes first (劳模, 先进 …): the 工号 the admin pasted into the plan, plus the honours (评优评先)
// of the plan's year and the year before — the union honours at year end, the trips follow.
import { COLLECTIONS } from '../../database/collections';
import type { PlanDoc } from '../../domain/trips/model';
import type { Db } from '../_kit';

export async function priorityNosOf(db: Db, plan: PlanDoc): Promise<Set<string>> {
  const _ = db.command;
  // one read: a year's honours are a few hundred at most
  const res = await db
    .collection(COLLECTIONS.honours)
    .where({ year: _.in([plan.year - 1, plan.year]) })
    .field({ staffNo: true })
    .limit(1000)
    .get();
  const honoured = (res.data as { staffNo?: unknown }[])
    .map((h) => h.staffNo)
    .filter((no): no is string => typeof no === 'string');
  return new Set([...plan.priorityNos, ...honoured]);
}
