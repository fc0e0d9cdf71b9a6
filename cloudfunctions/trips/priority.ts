// Who goes first (劳模, 先进 …): today the list of 工号 the admin pasted into the plan. The seam for
// the honours feature: when it lands, add its awardees for the plan's year here (one read), and
// nothing else in trips changes.
import type { PlanDoc } from '../../domain/trips/model';
import type { Db } from '../_kit';

export async function priorityNosOf(_db: Db, plan: PlanDoc): Promise<Set<string>> {
  return new Set(plan.priorityNos);
}
