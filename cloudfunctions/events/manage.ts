// Organizers' actions: create, edit, call off, approve, the lottery draw, and branch team entries.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  DEFAULT_MIXER_AGES,
  type createInput,
  type decideInput,
  type drawInput,
  type teamInput,
  type updateInput,
  type callOffInput,
} from '../../domain/events/contract';
import { drawOrder, pickWinners } from '../../domain/events/lottery';
import {
  holdKeyOf,
  signupIdOf,
  teamHoldKeyOf,
  teamIdOf,
  type EventDoc,
  type SignupDoc,
} from '../../domain/events/model';
import { quotaKeyOf, windowProblem } from '../../domain/events/rules';
import { beijing, beijingDateTime } from '../../domain/time';
import { notice } from '../../domain/notify/builders';
import { VisibleError, type CallContext, type Db } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { loadManaged } from './access';
import {
  getEvent,
  insertEvent,
  nextTickets,
  patchEventIf,
  releaseSeat,
  takeSeat,
} from './event-repo';
import { getStaffMany } from '../_kit/roster-repo';
import { detailPage, fillFromWaitlist, FULL_MESSAGE } from './seats';
import { addTeam, getSignup, getTeam, listSignups, moveSignup, putSignup } from './signup-repo';

const d = (iso: string) => new Date(iso);

/**
 * Organizers and admins create any event; a club leader (社团负责人) creates only activities for
 * their own club: the audience must name a club they lead.
 */
function assertMayCreate(
  ctx: CallContext,
  audience: z.output<typeof createInput>['audience'],
): void {
  // only an unscoped organizer grant creates any event: one scoped to an event acts on it alone
  if (ctx.can('admin') || isUnscopedOrganizer(ctx)) return;
  if (!ctx.can('club_leader'))
    throw new VisibleError(
      'auth.forbidden',
      '你只能管理指定给你的活动，不能发布新活动。如需发布，请联系校工会。',
    );
  const ownClub = audience.some(
    (r) => r.kind === 'club' && ctx.can('club_leader', { clubId: r.clubId }),
  );
  if (!ownClub) {
    throw new VisibleError(
      'auth.forbidden',
      '社团负责人只能为自己的社团发布活动：请在报名范围里选择你的社团。',
    );
  }
}

function isUnscopedOrganizer(ctx: CallContext): boolean {
  return (ctx.staff?.roles ?? []).some((g) => g.role === 'organizer' && !g.eventId);
}

export async function createEvent(
  input: z.output<typeof createInput>,
  ctx: CallContext,
): Promise<{ eventId: string }> {
  const me = ctx.me();
  assertMayCreate(ctx, input.audience);
  const now = ctx.now;
  const eventId = `ev-${beijing(now).format('YYMMDD')}-${randomBytes(4).toString('hex')}`;
  const quotaLeft = input.quotas ? { ...input.quotas } : undefined;
  await insertEvent(ctx.db, {
    _id: eventId,
    title: input.title,
    type: input.type,
    location: input.location,
    description: input.description,
    startAt: d(input.startAt),
    endAt: d(input.endAt),
    signupOpenAt: d(input.signupOpenAt),
    signupCloseAt: d(input.signupCloseAt),
    cancelCutoffAt: d(input.cancelCutoffAt ?? input.startAt),
    capacity: input.capacity,
    seatsLeft: input.capacity,
    ...(input.quotas ? { quotas: input.quotas, quotaLeft } : {}),
    allocation: input.allocation,
    approval: input.approval,
    waitlist: input.waitlist,
    audience: input.audience,
    mixer: input.mixer,
    ...(input.mixer ? { mixerAges: input.mixerAges ?? DEFAULT_MIXER_AGES } : {}),
    ...(input.team ? { team: input.team } : {}),
    status: input.draft ? 'draft' : 'published',
    createdBy: me.staffNo,
    organizers: [...new Set([me.staffNo, ...input.organizers])],
    holds: {},
    ticketSeq: 0,
    waitSeq: 0,
    createdAt: now,
  });
  return { eventId };
}

export async function updateEvent(
  input: z.output<typeof updateInput>,
  ctx: CallContext,
): Promise<{ eventId: string }> {
  const event = await loadManaged(ctx, input.eventId);
  if (event.status === 'cancelled')
    throw new VisibleError('events.cancelled', '活动已取消，不能再修改。');
  const patch: Record<string, unknown> = { updatedAt: ctx.now };
  for (const k of ['title', 'location', 'description'] as const)
    if (input[k] !== undefined) patch[k] = input[k];
  for (const k of [
    'startAt',
    'endAt',
    'signupOpenAt',
    'signupCloseAt',
    'cancelCutoffAt',
  ] as const) {
    if (input[k] !== undefined) patch[k] = d(input[k] as string);
  }
  if (input.publish) patch.status = 'published';
  if (input.approval !== undefined) patch.approval = input.approval;
  if (input.mixerAges) {
    if (!event.mixer)
      throw new VisibleError('validation.failed', '只有联谊活动才需要设置年龄范围。');
    patch.mixerAges = input.mixerAges;
  }
  const next = { ...event, ...patch } as EventDoc;
  if (
    next.endAt < next.startAt ||
    next.signupCloseAt <= next.signupOpenAt ||
    next.signupCloseAt > next.startAt
  ) {
    throw new VisibleError(
      'validation.failed',
      '时间前后不对：报名开始 < 报名截止 ≤ 活动开始 ≤ 活动结束。',
    );
  }
  const _ = ctx.db.command;
  if (input.addSeats) {
    const n = input.addSeats;
    // fewer seats only out of the free ones, by the same kind of conditional update as a sign-up
    const where: Record<string, unknown> = { _id: event._id };
    if (n < 0) where.seatsLeft = _.gte(-n);
    const ok = await patchEventIf(ctx.db, where, {
      ...patch,
      seatsLeft: _.inc(n),
      capacity: _.inc(n),
    });
    if (!ok)
      throw new VisibleError(
        'events.seats_taken',
        '空余名额不够减少这么多：已报名的人不会被移出。',
      );
    if (n > 0 && event.allocation === 'first_come')
      await fillFromWaitlist(ctx.db, event._id, ctx.now);
  } else {
    await patchEventIf(ctx.db, { _id: event._id }, patch);
  }
  return { eventId: event._id };
}

/** Calls the event off and tells everyone signed up or waiting (one notice each, at most once). */
export async function callOff(
  input: z.output<typeof callOffInput>,
  ctx: CallContext,
): Promise<{ eventId: string; notified: number }> {
  const event = await loadManaged(ctx, input.eventId);
  const _ = ctx.db.command;
  await patchEventIf(
    ctx.db,
    { _id: event._id, status: _.neq('cancelled') },
    { status: 'cancelled', cancelReason: input.reason, updatedAt: ctx.now },
  );
  const people = await listSignups(ctx.db, event._id, ['confirmed', 'waitlisted', 'pending']);
  await inBatches(people, 16, (s) =>
    enqueueNotice(
      ctx.db,
      notice('event_cancelled', {
        subject: event._id,
        slot: 'cancelled',
        staffNo: s.staffNo,
        title: `活动取消：${event.title}`,
        body: `原定 ${beijingDateTime(event.startAt)} 的「${event.title}」取消了（${input.reason}）。给你带来不便，请谅解。`,
        page: detailPage(event._id),
        fields: { title: event.title, reason: input.reason, time: beijingDateTime(event.startAt) },
      }),
      ctx.now,
    ),
  );
  return { eventId: event._id, notified: people.length };
}

export async function inBatches<T>(
  items: T[],
  size: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/**
 * An organizer approves (takes a seat) or declines a pending sign-up (nothing to free: a pending
 * sign-up holds no seat). Either way the person is told, once.
 */
export async function decide(
  input: z.output<typeof decideInput>,
  ctx: CallContext,
): Promise<{ status: SignupDoc['status'] }> {
  const event = await loadManaged(ctx, input.eventId);
  if (event.allocation === 'lottery')
    throw new VisibleError(
      'events.not_approval',
      '抽签活动由抽签决定谁参加，不需要逐个审核。报名截止后点「现在抽签」。',
    );
  const id = signupIdOf(event._id, input.staffNo);
  const s = await getSignup(ctx.db, id);
  if (!s) throw new VisibleError('events.not_signed_up', '没有找到这个人的报名。');
  if (s.status !== 'pending') return { status: s.status };
  if (!input.approve) {
    const reason = input.reason ?? '';
    if (
      !(await moveSignup(ctx.db, id, ['pending'], {
        status: 'rejected',
        rejectReason: reason,
        updatedAt: ctx.now,
      }))
    ) {
      return { status: (await getSignup(ctx.db, id))?.status ?? 'rejected' };
    }
    await enqueueNotice(
      ctx.db,
      notice('signup_result', {
        subject: event._id,
        slot: 'rejected',
        staffNo: s.staffNo,
        title: `报名未通过：${event.title}`,
        body: `你报名的「${event.title}」没有通过审核（${reason}）。有疑问请联系活动组织者。`,
        page: detailPage(event._id),
        fields: { title: event.title, result: '未通过', time: beijingDateTime(event.startAt) },
      }),
      ctx.now,
    );
    return { status: 'rejected' };
  }
  const holdKey = holdKeyOf(s.staffNo);
  const seat = event.holds[holdKey]
    ? { ok: true as const, ticket: s.shortNo ?? (await nextTickets(ctx.db, event._id, 1)) }
    : await takeSeat(ctx.db, event._id, holdKey, quotaKeyOf(event.quotas, s.branchId), ctx.now);
  if (!seat.ok) throw new VisibleError('events.full', '名额已满，不能再通过了。可以先增加名额。');
  const moved = await moveSignup(ctx.db, id, ['pending'], {
    status: 'confirmed',
    shortNo: seat.ticket,
    updatedAt: ctx.now,
  });
  if (!moved) {
    // they cancelled (or another organizer decided) meanwhile: give the seat back unless confirmed
    const now = await getSignup(ctx.db, id);
    if (now?.status !== 'confirmed')
      await releaseSeat(ctx.db, event._id, holdKey, quotaKeyOf(event.quotas, s.branchId));
    return { status: now?.status ?? 'cancelled' };
  }
  await enqueueNotice(
    ctx.db,
    notice('signup_result', {
      subject: event._id,
      slot: 'approved',
      staffNo: s.staffNo,
      title: `报名通过：${event.title}`,
      body: `你的报名已通过。${beijingDateTime(event.startAt)} 在${event.location}，到场出示签到码。`,
      page: detailPage(event._id),
      fields: { title: event.title, result: '报名成功', time: beijingDateTime(event.startAt) },
    }),
    ctx.now,
  );
  return { status: 'confirmed' };
}

/**
 * The lottery draw: applicants' ids sorted and shuffled with a published seed. The result (seed,
 * order, seats) lands on the event in ONE conditional update, so a draw happens once even when the
 * timer and an organizer race; the sign-ups are then brought in line, idempotently.
 */
export async function draw(db: Db, event: EventDoc, seedIn: string | undefined, now: Date) {
  if (event.allocation !== 'lottery')
    throw new VisibleError('events.not_lottery', '这个活动是先到先得，不需要抽签。');
  if (event.status !== 'published')
    throw new VisibleError('events.cancelled', '活动没有在进行中，不能抽签。');
  if (!event.lottery && now < event.signupCloseAt) {
    throw new VisibleError(
      'events.not_closed',
      `报名 ${beijingDateTime(event.signupCloseAt)} 截止，截止后才能抽签。`,
    );
  }
  const applicants = await listSignups(db, event._id, ['pending', 'confirmed', 'waitlisted']);
  let current = event;
  if (!current.lottery) {
    const seed = seedIn ?? randomBytes(8).toString('hex');
    const order = drawOrder(
      applicants.filter((a) => a.status === 'pending').map((a) => a._id),
      seed,
    );
    const byId = new Map(applicants.map((a) => [a._id, { id: a._id, branchId: a.branchId }]));
    const { winners } = pickWinners(order, byId, event.capacity, event.quotas);
    const holds: Record<string, Date> = {};
    const quotaLeft = event.quotas ? { ...event.quotas } : undefined;
    for (const w of winners) {
      const a = applicants.find((x) => x._id === w) as SignupDoc;
      holds[holdKeyOf(a.staffNo)] = now;
      if (quotaLeft && a.branchId in quotaLeft) quotaLeft[a.branchId] -= 1;
    }
    const _ = db.command;
    await patchEventIf(
      db,
      { _id: event._id, lottery: _.exists(false) },
      {
        lottery: { seed, drawnAt: now, applicants: order.length, order },
        seatsLeft: event.capacity - winners.length,
        holds,
        ...(quotaLeft ? { quotaLeft } : {}),
        ticketSeq: winners.length,
        waitSeq: order.length - winners.length,
      },
    );
    current = (await getEvent(db, event._id)) as EventDoc;
  }
  const lottery = current.lottery as NonNullable<EventDoc['lottery']>;
  const byId = new Map(applicants.map((a) => [a._id, a]));
  const winners = lottery.order.filter(
    (id) => current.holds[holdKeyOf(byId.get(id)?.staffNo ?? '')],
  );
  const losers = lottery.order.filter((id) => !winners.includes(id));
  const won = new Set(winners);
  await inBatches(lottery.order, 16, async (id) => {
    const a = byId.get(id);
    if (!a || a.status !== 'pending') return;
    const win = won.has(id);
    const patch = win
      ? { status: 'confirmed', shortNo: winners.indexOf(id) + 1, updatedAt: now }
      : { status: 'waitlisted', waitSeq: losers.indexOf(id) + 1, updatedAt: now };
    if (!(await moveSignup(db, id, ['pending'], patch))) return;
    await enqueueNotice(
      db,
      notice('lottery_result', {
        subject: event._id,
        slot: 'drawn',
        staffNo: a.staffNo,
        title: `抽签结果：${event.title}`,
        body: win
          ? `恭喜中签！${beijingDateTime(event.startAt)} 在${event.location}，到场出示签到码。`
          : `这次没有中签，你在候补第 ${losers.indexOf(id) + 1} 位，有人放弃时按顺序递补。`,
        page: detailPage(event._id),
        fields: { title: event.title, result: win ? '中签' : '未中签' },
      }),
      now,
    );
  });
  return {
    seed: lottery.seed,
    applicants: lottery.applicants,
    winners: winners.length,
    order: lottery.order,
  };
}

export async function drawAction(input: z.output<typeof drawInput>, ctx: CallContext) {
  const event = await loadManaged(ctx, input.eventId);
  return draw(ctx.db, event, input.seed, ctx.now);
}

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
