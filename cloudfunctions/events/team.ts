// Team entries (组队比赛): a branch chair enters their branch's one team; every member gets a
// sign-up and so a pass.
import type { z } from 'zod';
import type { teamInput } from '../../domain/events/contract';
import { signupIdOf, teamHoldKeyOf, teamIdOf } from '../../domain/events/model';
import { windowProblem } from '../../domain/events/rules';
import { type CallContext, inBatches, VisibleError } from '../_kit';
import { getEvent, nextTickets, takeSeat } from './event-repo';
import { getStaffMany } from '../_kit/roster-repo';
import { FULL_MESSAGE } from './seats';
import { addTeam, getTeam, putSignup } from './signup-repo';

/** A branch chair enters their branch's team (one per branch): the team takes one seat. */
export async function enterTeam(input: z.output<typeof teamInput>, ctx: CallContext) {
  const me = ctx.me();
  const branchId =
    me.roles.find((g) => g.role === 'branch_chair' && g.branchId)?.branchId ?? me.branchId;
  ctx.require('branch_chair', { branchId });
  const event = await getEvent(ctx.db, input.eventId);
  if (!event || event.status === 'draft')
    throw new VisibleError('events.not_found', '没有找到这个活动。');
  if (!event.team)
    throw new VisibleError('events.not_team', '这个活动不是组队比赛，请让教职工自己报名。');
  const problem = windowProblem(event, ctx.now);
  if (problem) throw new VisibleError(problem.code, problem.message);
  const members = [...new Set([input.captain, ...input.members])];
  if (members.length < event.team.min || members.length > event.team.max) {
    throw new VisibleError(
      'validation.failed',
      `每队 ${event.team.min}–${event.team.max} 人（含队长），现在是 ${members.length} 人。`,
    );
  }
  const staff = await getStaffMany(ctx.db, members);
  const missing = members.filter((no) => {
    const s = staff.get(no);
    return !(s && s.branchId === branchId && s.active);
  });
  if (missing.length) {
    throw new VisibleError(
      'validation.failed',
      `这些工号不是本分工会的在册教职工：${missing.join('、')}。请核对后再提交。`,
    );
  }
  const teamId = teamIdOf(event._id, branchId);
  const existing = await getTeam(ctx.db, teamId);
  if (existing && existing.status !== 'cancelled')
    return {
      teamId,
      status: existing.status === 'confirmed' ? ('confirmed' as const) : ('waitlisted' as const),
    };
  const seat = event.holds[teamHoldKeyOf(branchId)]
    ? { ok: true as const, ticket: 0 }
    : await takeSeat(ctx.db, event._id, teamHoldKeyOf(branchId), null, ctx.now);
  if (!seat.ok)
    throw new VisibleError('events.full', `参赛队伍已满（${event.capacity} 队）。${FULL_MESSAGE}`);
  await addTeam(ctx.db, {
    _id: teamId,
    eventId: event._id,
    branchId,
    name: input.name,
    captain: input.captain,
    members,
    status: 'confirmed',
    enteredBy: me.staffNo,
    createdAt: ctx.now,
  });
  // every member gets a sign-up (and so a pass): short numbers from the event's counter
  const last = await nextTickets(ctx.db, event._id, members.length);
  await inBatches(members, 16, async (no) => {
    const s = staff.get(no);
    if (!s) return;
    const i = members.indexOf(no);
    await putSignup(ctx.db, {
      _id: signupIdOf(event._id, no),
      eventId: event._id,
      staffNo: no,
      name: s.name,
      branchId,
      status: 'confirmed',
      shortNo: last - members.length + 1 + i,
      teamId,
      teamName: input.name,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  });
  return { teamId, status: 'confirmed' as const };
}
