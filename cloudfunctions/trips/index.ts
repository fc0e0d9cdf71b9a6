// The trips function (疗休养): plans with routes and groups, eligibility, applying with preferences,
// allocation from a published seed, confirmation and the waitlist, the leader's list, pass and
// export, and the trip history. The timer expires unconfirmed offers and allocates due plans.
import { tripsContract } from '../../domain/trips/contract';
import { createHandler, type TimerContext } from '../_kit';
import { allocateAction, runAllocation } from './allocation';
import {
  applyAction,
  eligibilityAction,
  mineAction,
  respondAction,
  withdrawAction,
} from './applying';
import { importHistoryAction, myTripsAction, previewHistoryAction } from './history';
import { checkinAction, exportAction, myGroupsAction, passAction, rosterAction } from './leader';
import { expireOffers } from './offers';
import { claimAllocation, duePlans } from './plan-repo';
import {
  createPlanAction,
  planAction,
  plansAction,
  progressAction,
  updatePlanAction,
} from './plans';

async function tick(ctx: TimerContext) {
  let allocated = 0;
  for (const plan of await duePlans(ctx.db, ctx.now)) {
    const seed = `${plan._id}-${plan.applyCloseAt.toISOString().slice(0, 10)}`;
    if (await claimAllocation(ctx.db, plan._id, seed, ctx.now)) {
      await runAllocation(ctx, { ...plan, status: 'allocating', seed }, seed);
      allocated++;
    }
  }
  const { expired } = await expireOffers(ctx);
  return { allocated, expired };
}

export const main = createHandler(
  tripsContract,
  {
    'trips.createPlan': { access: ['admin'], run: createPlanAction },
    'trips.updatePlan': { access: ['admin'], run: updatePlanAction },
    'trips.plans': { access: ['staff'], run: plansAction },
    'trips.plan': { access: ['staff'], run: planAction },
    'trips.progress': { access: ['admin'], run: progressAction },
    'trips.eligibility': { access: ['staff'], run: eligibilityAction },
    'trips.apply': { access: ['staff'], run: applyAction },
    'trips.withdraw': { access: ['staff'], run: withdrawAction },
    'trips.mine': { access: ['staff'], run: mineAction },
    'trips.respond': { access: ['staff'], run: respondAction },
    'trips.allocate': { access: ['admin'], run: allocateAction },
    'trips.pass': { access: ['staff'], run: passAction },
    // scoped inside: trip_leader of this group (admins hold every role)
    'trips.checkin': { access: ['trip_leader'], run: checkinAction },
    'trips.roster': { access: ['trip_leader'], run: rosterAction },
    'trips.export': { access: ['trip_leader'], run: exportAction },
    'trips.myGroups': { access: ['trip_leader'], run: myGroupsAction },
    'trips.previewHistory': { access: ['admin'], run: previewHistoryAction },
    'trips.importHistory': { access: ['admin'], run: importHistoryAction },
    'trips.myTrips': { access: ['staff'], run: myTripsAction },
  },
  { timers: { tick } },
);
