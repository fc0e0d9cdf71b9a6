// events.signup and events.cancel: check the window and the audience, then the seat logic.
import { checkEligibility, clubOf, type EligibilityFacts } from '../../domain/events/audience';
import type { EventDoc } from '../../domain/events/model';
import { windowProblem } from '../../domain/events/rules';
import { VisibleError, type CallContext } from '../_kit';
import { loadEvent } from './access';
import { hasMixerDeclaration, isClubMember } from './facts-repo';
import { cancelSignup, signupFirstCome, signupPending, type SignupAnswer } from './seats';

/** The facts eligibility needs: the caller's record, plus club/mixer reads only for events that ask. */
export async function loadFacts(ctx: CallContext, event: EventDoc): Promise<EligibilityFacts> {
  const me = ctx.me();
  const club = clubOf(event.audience);
  const [clubMember, mixerDeclared] = await Promise.all([
    club && !club.openToAll
      ? isClubMember(ctx.db, club.clubId, me.staffNo)
      : Promise.resolve(undefined),
    event.mixer ? hasMixerDeclaration(ctx.db, event._id, me.staffNo) : Promise.resolve(undefined),
  ]);
  return { staff: me, clubMember, mixerDeclared, now: ctx.now };
}

export async function signup(input: { eventId: string }, ctx: CallContext): Promise<SignupAnswer> {
  const me = ctx.me();
  const event = await loadEvent(ctx, input.eventId);
  const problem = windowProblem(event, ctx.now);
  if (problem) throw new VisibleError(problem.code, problem.message);
  if (event.team)
    throw new VisibleError(
      'events.team_only',
      '这是分工会组队参加的比赛，请联系你所在分工会的主席报名。',
    );
  const eligible = checkEligibility(event, await loadFacts(ctx, event));
  if (!eligible.ok)
    throw new VisibleError('events.not_eligible', `${eligible.reason}，这次不能报名。`);
  const who = { staffNo: me.staffNo, name: me.name, branchId: me.branchId };
  if (event.allocation === 'lottery' || event.approval)
    return signupPending(ctx.db, event, who, ctx.now);
  return signupFirstCome(ctx.db, event, who, ctx.now);
}

export async function cancel(input: { eventId: string }, ctx: CallContext) {
  const event = await loadEvent(ctx, input.eventId);
  return cancelSignup(ctx.db, event, ctx.me().staffNo, ctx.now);
}
