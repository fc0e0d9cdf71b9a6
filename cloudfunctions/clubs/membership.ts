// Joining and leaving clubs, the leader's approvals and removals, member lists, and the admin's
// club creation and leader grants. Seats: one conditional update each way; statuses: conditional moves.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { createInput, MemberStatus } from '../../domain/clubs/contract';
import { hasRoom, joinTarget } from '../../domain/clubs/rules';
import { VisibleError } from '../../domain/errors';
import type { CallContext } from '../_kit';
import {
  addClub,
  addLeader,
  countIn,
  enter,
  getClub,
  getMembership,
  giveSeatBack,
  membersOf,
  moveStatus,
  takeSeat,
  type ClubDoc,
} from './clubs-repo';
import { getStaff, grantRole } from '../_kit/roster-repo';
import type { StaffDoc } from '../../domain/roster/staff';

const FULL = '这个社团人数已满。可以先看看别的社团，或请负责人调整人数上限。';
const MISSING = '没有找到这个社团，可能已经停办。请回到社团列表看看。';

export async function requireClub(ctx: CallContext, clubId: string): Promise<ClubDoc> {
  const club = await getClub(ctx.db, clubId);
  if (!club || !club.active) throw new VisibleError('clubs.not_found', MISSING);
  return club;
}

/** Leaders of this club (and admins) manage it. */
export function requireLeader(ctx: CallContext, clubId: string): void {
  ctx.require('club_leader', { clubId });
}

export async function join(
  input: { clubId: string },
  ctx: CallContext,
): Promise<{ status: 'member' | 'pending' }> {
  const me = ctx.me();
  const { db, now } = ctx;
  const club = await requireClub(ctx, input.clubId);
  const target = joinTarget(club.joinPolicy);
  const entry = { clubId: club._id, staffNo: me.staffNo, name: me.name, status: target, at: now };

  if (target === 'pending') {
    if (!hasRoom(club.memberCount, club.memberCap)) throw new VisibleError('clubs.full', FULL);
    const r = await enter(db, entry);
    if (r.ok) return { status: 'pending' };
    return answerExisting(r.existing);
  }

  if (!(await takeSeat(db, club))) {
    // maybe I am already in: answer that rather than "full"
    const existing = await getMembership(db, club._id, me.staffNo);
    if (existing?.status === 'member' || existing?.status === 'pending')
      return { status: existing.status };
    throw new VisibleError('clubs.full', FULL);
  }
  const r = await enter(db, entry);
  if (r.ok) return { status: 'member' };
  // already there (a repeat, or a concurrent call won): the seat taken here goes back
  await giveSeatBack(db, club._id);
  return answerExisting(r.existing);
}

function answerExisting(existing: { status: MemberStatus } | null): {
  status: 'member' | 'pending';
} {
  if (existing?.status === 'member' || existing?.status === 'pending')
    return { status: existing.status };
  throw new VisibleError('conflict', '刚才有另一个操作在处理你的申请，请稍后刷新再看。');
}

export async function leave(
  input: { clubId: string },
  ctx: CallContext,
): Promise<{ status: MemberStatus }> {
  const me = ctx.me();
  const club = await requireClub(ctx, input.clubId);
  if (club.leaders.includes(me.staffNo)) {
    throw new VisibleError(
      'clubs.leader_cannot_leave',
      '你是这个社团的负责人，退出前请先联系校工会交接负责人。',
    );
  }
  if (await moveStatus(ctx.db, club._id, me.staffNo, 'member', 'left', { leftAt: ctx.now })) {
    await giveSeatBack(ctx.db, club._id);
    return { status: 'left' };
  }
  if (await moveStatus(ctx.db, club._id, me.staffNo, 'pending', 'left', { leftAt: ctx.now }))
    return { status: 'left' };
  return { status: 'left' };
}

export async function approve(
  input: { clubId: string; staffNo: string },
  ctx: CallContext,
): Promise<{ status: MemberStatus }> {
  requireLeader(ctx, input.clubId);
  const club = await requireClub(ctx, input.clubId);
  if (!(await takeSeat(ctx.db, club)))
    throw new VisibleError(
      'clubs.full',
      '社团人数已满，不能再批准新成员。可以先请人退出或调整人数上限。',
    );
  const moved = await moveStatus(ctx.db, club._id, input.staffNo, 'pending', 'member', {
    joinedAt: ctx.now,
    decidedBy: ctx.me().staffNo,
  });
  if (moved) return { status: 'member' };
  await giveSeatBack(ctx.db, club._id);
  const existing = await getMembership(ctx.db, club._id, input.staffNo);
  if (existing?.status === 'member') return { status: 'member' };
  throw new VisibleError('clubs.no_request', '没有这条入会申请，可能已被处理或撤回。请刷新名单。');
}

export async function decline(
  input: { clubId: string; staffNo: string; reason: string },
  ctx: CallContext,
): Promise<{ status: MemberStatus }> {
  requireLeader(ctx, input.clubId);
  const moved = await moveStatus(ctx.db, input.clubId, input.staffNo, 'pending', 'declined', {
    reason: input.reason,
    decidedBy: ctx.me().staffNo,
    decidedAt: ctx.now,
  });
  if (!moved)
    throw new VisibleError(
      'clubs.no_request',
      '没有这条入会申请，可能已被处理或撤回。请刷新名单。',
    );
  return { status: 'declined' };
}

export async function remove(
  input: { clubId: string; staffNo: string; reason: string },
  ctx: CallContext,
): Promise<{ status: MemberStatus }> {
  requireLeader(ctx, input.clubId);
  const club = await requireClub(ctx, input.clubId);
  if (club.leaders.includes(input.staffNo)) {
    throw new VisibleError('clubs.is_leader', '不能移出社团负责人。如需更换负责人，请联系校工会。');
  }
  const moved = await moveStatus(ctx.db, club._id, input.staffNo, 'member', 'removed', {
    reason: input.reason,
    decidedBy: ctx.me().staffNo,
    decidedAt: ctx.now,
  });
  if (!moved)
    throw new VisibleError('clubs.not_member', '这位教职工已经不在社团里了。请刷新名单。');
  await giveSeatBack(ctx.db, club._id);
  return { status: 'removed' };
}

/** Members see each other's names; leaders and admins too. Nobody else, and never phones. */
export async function members(input: { clubId: string }, ctx: CallContext) {
  const me = ctx.me();
  if (!ctx.can('club_leader', { clubId: input.clubId })) {
    const mine = await getMembership(ctx.db, input.clubId, me.staffNo);
    if (mine?.status !== 'member')
      throw new VisibleError('auth.forbidden', '加入社团后才能看到成员名单。');
  }
  const list = await membersOf(ctx.db, input.clubId, 'member');
  return { members: list.map((m) => ({ staffNo: m.staffNo, name: m.name })) };
}

export async function requests(input: { clubId: string }, ctx: CallContext) {
  requireLeader(ctx, input.clubId);
  const list = await membersOf(ctx.db, input.clubId, 'pending');
  return {
    pending: list.map((m) => ({
      staffNo: m.staffNo,
      name: m.name,
      requestedAt: (m.requestedAt ?? ctx.now).toISOString(),
    })),
  };
}

type StaffBrief = StaffDoc;

/** The active roster entry of a would-be leader, or clubs.no_staff. */
async function requireLeaderStaff(ctx: CallContext, staffNo: string): Promise<StaffBrief> {
  const staff = await getStaff(ctx.db, staffNo);
  if (!staff || !staff.active)
    throw new VisibleError('clubs.no_staff', `名册里没有工号 ${staffNo}，请核对后再试。`);
  return staff;
}

/** Makes a staff member a leader: on the club's list, a member, and holding the scoped role. */
async function makeLeader(
  ctx: CallContext,
  club: ClubDoc,
  staffNo: string,
  checked?: StaffBrief,
): Promise<{ staffNo: string; name: string }> {
  const staff = checked ?? (await requireLeaderStaff(ctx, staffNo));
  if (!staff.roles.some((r) => r.role === 'club_leader' && r.clubId === club._id)) {
    await grantRole(ctx.db, staffNo, { role: 'club_leader', clubId: club._id });
  }
  await addLeader(ctx.db, club._id, staffNo);
  const r = await enter(ctx.db, {
    clubId: club._id,
    staffNo,
    name: staff.name,
    status: 'member',
    at: ctx.now,
  });
  if (r.ok) {
    await countIn(ctx.db, club._id);
  } else if (
    r.existing?.status === 'pending' &&
    (await moveStatus(ctx.db, club._id, staffNo, 'pending', 'member', { joinedAt: ctx.now }))
  ) {
    await countIn(ctx.db, club._id);
  }
  return { staffNo, name: staff.name };
}

export async function create(
  input: z.output<typeof createInput>,
  ctx: CallContext,
): Promise<{ clubId: string }> {
  const me = ctx.me();
  // every named leader is checked before anything is written: a typo leaves no half-made club
  const leaders = [...new Set(input.leaders)];
  const staff = [];
  for (const staffNo of leaders) staff.push(await requireLeaderStaff(ctx, staffNo));
  const clubId = `c${randomBytes(6).toString('hex')}`;
  const club = {
    _id: clubId,
    name: input.name,
    intro: input.intro,
    joinPolicy: input.joinPolicy,
    memberCap: input.memberCap,
    leaders: [] as string[],
    active: true,
    order: ctx.now.getTime(),
    createdAt: ctx.now,
    createdBy: me.staffNo,
  };
  await addClub(ctx.db, club);
  for (const [i, staffNo] of leaders.entries())
    await makeLeader(ctx, { ...club, memberCount: 0 }, staffNo, staff[i]);
  return { clubId };
}

export async function grantLeader(input: { clubId: string; staffNo: string }, ctx: CallContext) {
  const club = await requireClub(ctx, input.clubId);
  await makeLeader(ctx, club, input.staffNo);
  const after = await requireClub(ctx, input.clubId);
  const docs = await Promise.all(after.leaders.map((s) => getStaff(ctx.db, s)));
  return {
    leaders: after.leaders.map((staffNo, i) => ({ staffNo, name: docs[i]?.name ?? staffNo })),
  };
}
