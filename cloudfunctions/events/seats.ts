// Sign-up, cancel and waitlist promotion: the seat logic.
//
// Seats: `seatsLeft` on the event changes only by one conditional atomic update that also writes
// `holds.<holder>` (event-repo takeSeat/releaseSeat). The hold, not the sign-up, IS the seat.
// Happy path of a sign-up = 3 requests: read the event, take a seat (+ a short number), write the
// confirmed sign-up. Why the seat comes first: writing a `pending` sign-up first would cost a 4th
// request (pending → confirmed). A crash between taking the seat and writing the sign-up leaves a
// hold naming the person, never an anonymous lost seat; it is repaired by (a) that person's retry
// — the event read shows their hold and the sign-up is completed without taking another seat — or
// (b) the function's 5-minute timer (reconcile), which confirms any sign-up behind an old hold and
// gives back holds whose sign-up was cancelled. Cancelling releases the hold after the status
// change, so a crash there is repaired the same way.
//
// Waitlist order = a server-assigned arrival number (`waitSeq`, an atomic increment on the event
// doc). Promotion walks the waitlist in that order; each candidate takes a seat under their own
// hold key (at most one each) and then moves waitlisted → confirmed by a conditional update
// (exactly once), so several cancellations at once promote the first few exactly once each.
import type { SignupStatus } from '../../domain/events/contract';
import { holdKeyOf, signupIdOf, type EventDoc, type SignupDoc } from '../../domain/events/model';
import { quotaKeyOf } from '../../domain/events/rules';
import { pages } from '../../domain/pages';
import { notice } from '../../domain/notify/builders';
import { beijingDateTime } from '../../domain/time';
import { VisibleError, type Db } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { getEvent, nextTickets, nextWaitSeq, releaseSeat, takeSeat } from './event-repo';
import { getStaff } from '../_kit/roster-repo';
import { addSignup, firstWaitlisted, getSignup, moveSignup } from './signup-repo';

export const detailPage = (eventId: string) => pages.events.detail({ id: eventId });

export type SignupAnswer = { status: 'confirmed' | 'waitlisted' | 'pending'; shortNo?: number };

export const FULL_MESSAGE = '名额已满，这次没能报上。可以关注下一场活动。';

function answerOf(s: SignupDoc): SignupAnswer {
  if (s.status === 'confirmed') return { status: 'confirmed', shortNo: s.shortNo };
  if (s.status === 'waitlisted') return { status: 'waitlisted' };
  if (s.status === 'pending') return { status: 'pending' };
  if (s.status === 'rejected')
    throw new VisibleError('events.rejected', '你的报名没有通过审核，有疑问请联系活动组织者。');
  throw new VisibleError('conflict', '报名状态刚刚变了，请刷新后再试。');
}

interface Person {
  staffNo: string;
  name: string;
  branchId: string;
}

/**
 * Writes the sign-up in `status`, or finds the one written before. A cancelled one is reused
 * (signing up again after cancelling). Returns what is stored now.
 */
async function writeSignup(
  db: Db,
  event: EventDoc,
  who: Person,
  status: SignupStatus,
  extra: Partial<SignupDoc>,
  now: Date,
): Promise<SignupDoc> {
  const id = signupIdOf(event._id, who.staffNo);
  const doc: SignupDoc = {
    _id: id,
    eventId: event._id,
    ...who,
    status,
    ...extra,
    createdAt: now,
    updatedAt: now,
  };
  if ((await addSignup(db, doc)) === 'created') return doc;
  const existing = await getSignup(db, id);
  if (existing && existing.status === 'cancelled') {
    if (
      await moveSignup(db, id, ['cancelled'], {
        status,
        ...extra,
        updatedAt: now,
        checkedInAt: db.command.remove(),
      })
    ) {
      return { ...existing, status, ...extra };
    }
    return (await getSignup(db, id)) ?? doc;
  }
  return existing ?? doc;
}

/** First come, first served: a seat, else the waitlist (or full). */
export async function signupFirstCome(
  db: Db,
  event: EventDoc,
  who: Person,
  now: Date,
): Promise<SignupAnswer> {
  const holdKey = holdKeyOf(who.staffNo);
  const quotaKey = quotaKeyOf(event.quotas, who.branchId);

  if (event.holds[holdKey]) {
    // I hold a seat already: a retry, or an earlier call that stopped before writing its sign-up
    const existing = await getSignup(db, signupIdOf(event._id, who.staffNo));
    if (existing && existing.status === 'confirmed') return answerOf(existing);
    const ticket = existing?.shortNo ?? (await nextTickets(db, event._id, 1));
    const stored = await writeSignup(db, event, who, 'confirmed', { shortNo: ticket }, now);
    if (stored.status === 'waitlisted' || stored.status === 'pending') {
      await moveSignup(db, stored._id, [stored.status], {
        status: 'confirmed',
        shortNo: ticket,
        updatedAt: now,
      });
      return { status: 'confirmed', shortNo: ticket };
    }
    return answerOf(stored);
  }

  const seat = await takeSeat(db, event._id, holdKey, quotaKey, now);
  if (seat.ok) {
    const stored = await writeSignup(db, event, who, 'confirmed', { shortNo: seat.ticket }, now);
    if (stored.status === 'confirmed') return answerOf(stored);
    // I was already waiting (or pending): a seat taken now would jump the queue, so give it back
    // and let promotion hand it out in arrival order
    await releaseSeat(db, event._id, holdKey, quotaKey);
    await fillFromWaitlist(db, event._id, now);
    const after = await getSignup(db, stored._id);
    return answerOf(after ?? stored);
  }

  if (!event.waitlist) {
    const existing = await getSignup(db, signupIdOf(event._id, who.staffNo));
    if (existing && existing.status !== 'cancelled') return answerOf(existing);
    throw new VisibleError('events.full', FULL_MESSAGE);
  }
  const { waitSeq, seatsLeft } = await nextWaitSeq(db, event._id);
  const stored = await writeSignup(db, event, who, 'waitlisted', { waitSeq }, now);
  // a seat came free between our two updates: promotion gives it to the first in line
  if (seatsLeft > 0 && stored.status === 'waitlisted') {
    await fillFromWaitlist(db, event._id, now);
    const after = await getSignup(db, stored._id);
    if (after) return answerOf(after);
  }
  return answerOf(stored);
}

/** Lottery or approval: the sign-up waits (for the draw, or for an organizer). */
export async function signupPending(
  db: Db,
  event: EventDoc,
  who: Person,
  now: Date,
): Promise<SignupAnswer> {
  return answerOf(await writeSignup(db, event, who, 'pending', {}, now));
}

/**
 * Hands free seats to the waitlist in arrival order. Safe to run concurrently and repeatedly:
 * a candidate takes at most one seat (their hold key) and is confirmed at most once (status).
 */
export async function fillFromWaitlist(db: Db, eventId: string, now: Date): Promise<number> {
  let promoted = 0;
  for (let round = 0; round < 20; round++) {
    const candidates = await firstWaitlisted(db, eventId, 10 + round * 10);
    if (!candidates.length) return promoted;
    let progressed = false;
    for (const c of candidates) {
      const event = await getEvent(db, eventId);
      if (!event || event.seatsLeft <= 0) return promoted;
      const holdKey = holdKeyOf(c.staffNo);
      if (event.holds[holdKey]) continue; // someone else is promoting this one right now
      const quotaKey = quotaKeyOf(event.quotas, c.branchId);
      const seat = await takeSeat(db, eventId, holdKey, quotaKey, now);
      if (!seat.ok) continue; // seats gone (checked on the next read), their branch quota used up, or taken by a peer
      if (
        await moveSignup(db, c._id, ['waitlisted'], {
          status: 'confirmed',
          shortNo: seat.ticket,
          updatedAt: now,
        })
      ) {
        promoted++;
        progressed = true;
        await enqueueNotice(
          db,
          notice('signup_result', {
            subject: eventId,
            slot: 'promoted',
            staffNo: c.staffNo,
            title: `候补成功：${event.title}`,
            body: `有人取消，你已从候补转为报名成功。${beijingDateTime(event.startAt)} 在${event.location}，到场出示签到码。`,
            page: detailPage(eventId),
            fields: {
              title: event.title,
              result: '候补成功',
              time: beijingDateTime(event.startAt),
            },
          }),
          now,
        );
      } else {
        // they cancelled meanwhile: the seat goes back
        await releaseSeat(db, eventId, holdKey, quotaKey);
        progressed = true;
      }
    }
    if (!progressed) return promoted;
  }
  return promoted;
}

/** Cancels my sign-up before the cutoff; a freed seat goes to the waitlist. Repeats are harmless. */
export async function cancelSignup(
  db: Db,
  event: EventDoc,
  staffNo: string,
  now: Date,
): Promise<{ status: 'cancelled'; promoted: number }> {
  const id = signupIdOf(event._id, staffNo);
  const holdKey = holdKeyOf(staffNo);
  const s = await getSignup(db, id);
  if (!s) throw new VisibleError('events.not_signed_up', '你还没有报名这个活动，不需要取消。');
  if (s.teamId)
    throw new VisibleError(
      'events.team_member',
      '你是分工会代表队的队员，如需换人请联系分工会主席。',
    );
  if (s.status !== 'cancelled') {
    if (now >= event.cancelCutoffAt) {
      throw new VisibleError(
        'events.cutoff',
        `已过取消截止时间（${beijingDateTime(event.cancelCutoffAt)}）。确实来不了，请联系活动组织者。`,
      );
    }
    if (!(await moveSignup(db, id, [s.status], { status: 'cancelled', updatedAt: now }))) {
      throw new VisibleError('conflict', '报名状态刚刚变了，请刷新后再试。');
    }
  }
  let promoted = 0;
  // release the seat if I hold one (also finishes a cancel that stopped before this step)
  if (
    event.holds[holdKey] &&
    (await releaseSeat(db, event._id, holdKey, quotaKeyOf(event.quotas, s.branchId)))
  ) {
    promoted = await fillFromWaitlist(db, event._id, now);
  }
  return { status: 'cancelled', promoted };
}

/**
 * The repair path (timer): every hold older than a minute must stand behind a confirmed sign-up;
 * a missing one is written, a waiting one confirmed, a cancelled one's seat given back. Then any
 * free seats go to the waitlist.
 */
export async function reconcileEvent(
  db: Db,
  event: EventDoc,
  signups: SignupDoc[],
  now: Date,
): Promise<{ fixed: number; promoted: number }> {
  const byNo = new Map(signups.map((s) => [s.staffNo, s]));
  let fixed = 0;
  for (const [key, at] of Object.entries(event.holds)) {
    if (!key.startsWith('s')) continue;
    if (at instanceof Date && now.getTime() - at.getTime() < 60_000) continue;
    const staffNo = key.slice(1);
    const s = byNo.get(staffNo);
    if (s?.status === 'confirmed') continue;
    fixed++;
    if (s?.status === 'cancelled' || s?.status === 'rejected') {
      await releaseSeat(db, event._id, key, quotaKeyOf(event.quotas, s.branchId));
    } else if (s) {
      const ticket = s.shortNo ?? (await nextTickets(db, event._id, 1));
      await moveSignup(db, s._id, [s.status], {
        status: 'confirmed',
        shortNo: ticket,
        updatedAt: now,
      });
    } else {
      // the sign-up write never happened: the person did get the seat, so write it
      const p = await getStaff(db, staffNo);
      const ticket = await nextTickets(db, event._id, 1);
      await writeSignup(
        db,
        event,
        { staffNo, name: p?.name ?? staffNo, branchId: p?.branchId ?? '' },
        'confirmed',
        { shortNo: ticket },
        now,
      );
    }
  }
  const promoted = event.waitlist ? await fillFromWaitlist(db, event._id, now) : 0;
  return { fixed, promoted };
}
