// Booking a slot (checkups.book), changing it (reschedule), cancelling, add-ons and "mine".
//
// Why it never overbooks and never books anyone twice: a slot's places change only by ONE
// conditional update of the slot document (take: left > 0 and I hold none → left − 1, holds.me;
// give back: I hold one → left + 1, holds.me removed), and a person has one booking document
// with a deterministic id (<campaignId>:<staffNo>), so a second insert fails and a retry finds
// its own earlier write. Book on the happy path: read campaign, take the place, insert the
// booking = 3 requests besides the kit's identity lookup.
//
// A reschedule first takes the new place, then moves the booking (conditional on its version)
// and marks the old slot `releasing`, then gives the old place back and clears the mark. If it
// dies in between, the mark stays: my next call, or the timer, gives the place back (only if I
// still hold it, so never twice). A place taken but never written into a booking (a crash right
// after the take) is given back by the timer after a grace period.
import type { z } from 'zod';
import type { Mine, slotRef } from '../../domain/checkups/contract';
import {
  addonsTotal,
  bookingIdOf,
  canChange,
  dayRefusal,
  holdKeyOf,
  packageFor,
  phaseOf,
} from '../../domain/checkups/rules';
import { VisibleError } from '../../domain/errors';
import type { StaffDoc } from '../../domain/roster/staff';
import { beijingDateTime, beijingDay } from '../../domain/time';
import type { CallContext, Db } from '../_kit';
import {
  addBooking,
  clearReleasing,
  getBooking,
  setAddons as writeAddons,
  updateAt,
  type BookingDoc,
} from './booking-repo';
import { getCampaign, type CampaignDoc, type DayDoc } from './campaign-repo';
import { getElsewhere } from './elsewhere-repo';
import { getSlot, releasePlace, takePlace } from './slot-repo';

export const notFound = () =>
  new VisibleError('checkups.not_found', '没有找到这次体检安排，可能已被撤销。');
export const full = () =>
  new VisibleError('checkups.full', '这个时段已经约满了，请选择其他时段或日期。');

/**
 * Booking, changing and cancelling are safe to repeat (deterministic ids, conditional updates,
 * pending steps completed by the next call), so when the database does not answer in time under
 * a rush the caller is told plainly to tap again, instead of a generic failure.
 */
export function retrySafe<I, O>(run: (input: I, ctx: CallContext) => Promise<O>) {
  return async (input: I, ctx: CallContext): Promise<O> => {
    try {
      return await run(input, ctx);
    } catch (e) {
      if (e instanceof VisibleError) throw e;
      const code = (e as { code?: unknown } | null)?.code;
      ctx.log.error('checkups.busy', {
        kind: e instanceof Error ? e.name : typeof e,
        code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
      });
      throw new VisibleError(
        'checkups.busy',
        '预约的人太多，这一次没有完成。请再点一次：重复点不会约出两个，也不会丢掉已约的时段。',
      );
    }
  };
}

export async function loadCampaign(db: Db, campaignId: string): Promise<CampaignDoc> {
  const c = await getCampaign(db, campaignId);
  if (!c || c.status !== 'active') throw notFound();
  return c;
}

function checkOpen(c: CampaignDoc, now: Date) {
  const phase = phaseOf(c, now);
  if (phase === 'upcoming')
    throw new VisibleError(
      'checkups.not_open',
      `体检预约 ${beijingDateTime(c.bookOpenAt)} 开始，请到时再来。`,
    );
  if (phase === 'closed')
    throw new VisibleError(
      'checkups.closed',
      '体检预约已经截止。如需改约或补约，请联系所在分工会。',
    );
}

interface Target {
  day: DayDoc;
  slotId: string;
  start: string;
  pkg: CampaignDoc['packages'][number];
}

/** The slot asked for, checked for this person: exists, the day is bookable, a package fits. */
function targetOf(c: CampaignDoc, slotId: string, me: StaffDoc, now: Date): Target {
  for (const day of c.days) {
    const slot = day.slots.find((s) => s.slotId === slotId);
    if (!slot) continue;
    const refusal = dayRefusal(day, me, now);
    if (refusal) throw new VisibleError('checkups.day_refused', refusal);
    const verdict = packageFor(c.packages, me, day.date);
    if (!verdict.ok) throw new VisibleError('checkups.no_package', verdict.reason);
    return { day, slotId, start: slot.start, pkg: verdict.pkg };
  }
  throw new VisibleError('checkups.no_slot', '没有这个时段，请刷新后重新选择。');
}

const bookingFields = (t: Target) => ({
  slotId: t.slotId,
  date: t.day.date,
  start: t.start,
  packageId: t.pkg.id,
  packageName: t.pkg.name,
});

/** Finishes a pending release (a reschedule or cancel that stopped half-way). Idempotent. */
export async function completePending(db: Db, b: BookingDoc): Promise<BookingDoc> {
  if (!b.releasing) return b;
  const held = b.status === 'booked' && b.releasing === b.slotId;
  if (!held) await releasePlace(db, b.releasing, holdKeyOf(b.staffNo));
  await clearReleasing(db, b._id, b.releasing);
  return { ...b, releasing: null };
}

const answer = (b: Pick<BookingDoc, '_id' | 'slotId' | 'packageName'>) => ({
  bookingId: b._id,
  slotId: b.slotId,
  packageName: b.packageName,
});

export async function book(input: z.output<typeof slotRef>, ctx: CallContext) {
  const me = ctx.me();
  const { db, now } = ctx;
  const c = await loadCampaign(db, input.campaignId);
  checkOpen(c, now);
  const t = targetOf(c, input.slotId, me, now);
  const bookingId = bookingIdOf(c._id, me.staffNo);
  const key = holdKeyOf(me.staffNo);

  for (let round = 0; round < 4; round++) {
    let took = await takePlace(db, t.slotId, key, now);
    if (!took) {
      // full, or I already hold a place here (a retry, or a call of mine a moment ago)
      const [slot, mine] = await Promise.all([getSlot(db, t.slotId), getBooking(db, bookingId)]);
      if (mine?.status === 'booked') return answer(await completePending(db, mine));
      if (!slot) throw new VisibleError('checkups.no_slot', '没有这个时段，请刷新后重新选择。');
      if (!slot.holds[key]) {
        if (slot.left <= 0) throw full();
        continue; // a place came free between my update and my read: try again
      }
      took = false; // I hold it already, from a call that stopped before writing the booking
    }
    const doc = {
      _id: bookingId,
      campaignId: c._id,
      staffNo: me.staffNo,
      name: me.name,
      branchId: me.branchId,
      status: 'booked',
      ...bookingFields(t),
      version: 0,
      releasing: null,
      addonIds: [],
      checkedInAt: null,
      createdAt: now,
      updatedAt: now,
    };
    if (await addBooking(db, doc)) return answer(doc);
    // I have a booking document already
    let existing = await getBooking(db, bookingId);
    if (!existing) continue;
    const pending = existing.releasing;
    existing = await completePending(db, existing);
    // the place I found held here was the one a cancel had still to give back: it is gone now
    if (!took && pending === t.slotId) continue;
    if (existing.status === 'booked') {
      // one booking per person: keep the one I have, give back the place this call took
      if (existing.slotId !== t.slotId) await releasePlace(db, t.slotId, key);
      return answer(existing);
    }
    // booking again after a cancel: the cancelled document comes back to life at this slot
    if (
      await updateAt(db, existing, {
        status: 'booked',
        ...bookingFields(t),
        addonIds: [],
        updatedAt: now,
      })
    ) {
      return answer({ _id: bookingId, ...bookingFields(t) });
    }
    // a call of mine changed the booking meanwhile: look again (never give back a place a
    // booking may point to; a place left unused is given back by the timer)
  }
  throw new VisibleError('conflict', '同时操作的人太多了，请再点一次。');
}

function checkChangeable(b: BookingDoc, now: Date) {
  if (b.checkedInAt)
    throw new VisibleError(
      'checkups.checked_in',
      '你已经在体检台登记到场，不能再改约或取消。如有疑问，请联系所在分工会。',
    );
  if (!canChange(b.date, now))
    throw new VisibleError(
      'checkups.too_late',
      `体检前一天之后不能再改约或取消（你约的是 ${b.date} ${b.start}）。如有急事，请联系所在分工会。`,
    );
}

async function loadMine(db: Db, campaignId: string, staffNo: string): Promise<BookingDoc> {
  const b = await getBooking(db, bookingIdOf(campaignId, staffNo));
  if (!b || b.status !== 'booked')
    throw new VisibleError('checkups.no_booking', '你还没有预约体检，请先选一个时段预约。');
  return completePending(db, b);
}

export async function reschedule(input: z.output<typeof slotRef>, ctx: CallContext) {
  const me = ctx.me();
  const { db, now } = ctx;
  const [c, first] = await Promise.all([
    loadCampaign(db, input.campaignId),
    loadMine(db, input.campaignId, me.staffNo),
  ]);
  let b = first;
  if (b.slotId === input.slotId) return { slotId: b.slotId };
  checkOpen(c, now);
  checkChangeable(b, now);
  const t = targetOf(c, input.slotId, me, now);
  const key = holdKeyOf(me.staffNo);

  for (let round = 0; round < 4; round++) {
    if (!(await takePlace(db, t.slotId, key, now))) {
      const slot = await getSlot(db, t.slotId);
      if (!slot) throw new VisibleError('checkups.no_slot', '没有这个时段，请刷新后重新选择。');
      if (!slot.holds[key]) {
        if (slot.left <= 0) throw full();
        continue;
      }
      // I hold a place there already (an earlier try of mine stopped half-way): use it
    }
    const old = b.slotId;
    if (
      await updateAt(db, b, {
        ...bookingFields(t),
        releasing: old,
        updatedAt: now,
      })
    ) {
      await releasePlace(db, old, key);
      await clearReleasing(db, b._id, old);
      return { slotId: t.slotId };
    }
    // my booking changed meanwhile (another call of mine): look again, and give the new place
    // back only if my booking does not point to it
    b = await loadMine(db, input.campaignId, me.staffNo);
    if (b.slotId === t.slotId) return { slotId: b.slotId };
    await releasePlace(db, t.slotId, key);
    checkChangeable(b, now);
  }
  throw new VisibleError('conflict', '同时操作的人太多了，请再点一次。');
}

export async function cancel(input: { campaignId: string }, ctx: CallContext) {
  const me = ctx.me();
  const { db, now } = ctx;
  for (let round = 0; round < 4; round++) {
    const raw = await getBooking(db, bookingIdOf(input.campaignId, me.staffNo));
    if (!raw || raw.status === 'cancelled') {
      if (raw) await completePending(db, raw);
      return { cancelled: false };
    }
    const b = await completePending(db, raw);
    checkChangeable(b, now);
    if (await updateAt(db, b, { status: 'cancelled', releasing: b.slotId, updatedAt: now })) {
      await releasePlace(db, b.slotId, holdKeyOf(me.staffNo));
      await clearReleasing(db, b._id, b.slotId);
      return { cancelled: true };
    }
  }
  throw new VisibleError('conflict', '同时操作的人太多了，请再点一次。');
}

/** The first day this person may book (for showing their package before they book). */
function firstBookableDay(c: CampaignDoc, me: StaffDoc, now: Date): DayDoc | null {
  return c.days.find((d) => dayRefusal(d, me, now) === null) ?? c.days[0] ?? null;
}

export async function mine(input: { campaignId: string }, ctx: CallContext): Promise<Mine> {
  const me = ctx.me();
  const { db, now } = ctx;
  const [c, raw, elsewhere] = await Promise.all([
    loadCampaign(db, input.campaignId),
    getBooking(db, bookingIdOf(input.campaignId, me.staffNo)),
    getElsewhere(db, bookingIdOf(input.campaignId, me.staffNo)),
  ]);
  const b = raw ? await completePending(db, raw) : null;
  const booked = b?.status === 'booked' ? b : null;
  let blocked: string | null = null;
  let packageName = booked?.packageName ?? '';
  let packageId = booked?.packageId ?? null;
  if (!booked) {
    const day = firstBookableDay(c, me, now);
    const verdict = day ? packageFor(c.packages, me, day.date) : null;
    if (verdict?.ok) {
      packageName = verdict.pkg.name;
      packageId = verdict.pkg.id;
    } else if (verdict) blocked = verdict.reason;
    const phase = phaseOf(c, now);
    if (!blocked && phase === 'upcoming')
      blocked = `体检预约 ${beijingDateTime(c.bookOpenAt)} 开始，请到时再来。`;
    if (!blocked && phase === 'closed') blocked = '体检预约已经截止。如有疑问，请联系所在分工会。';
  }
  const pkg = c.packages.find((p) => p.id === packageId);
  const addonIds = booked?.addonIds ?? [];
  return {
    ...(booked ? { slotId: booked.slotId, date: booked.date, start: booked.start } : {}),
    packageName,
    packageItems: pkg?.items ?? [],
    addonIds,
    addonsFen: addonsTotal(c.addons, addonIds),
    checkedInAt: booked?.checkedInAt ? booked.checkedInAt.toISOString() : null,
    canChange: booked ? canChange(booked.date, now) && !booked.checkedInAt : false,
    blocked,
    elsewhere: elsewhere
      ? {
          hospital: elsewhere.hospital,
          examDate: elsewhere.examDate,
          amountFen: elsewhere.amountFen,
          status: elsewhere.status,
          approvedFen: elsewhere.approvedFen,
          note: elsewhere.note,
        }
      : null,
  };
}

export async function setAddons(
  input: { campaignId: string; addonIds: string[] },
  ctx: CallContext,
) {
  const me = ctx.me();
  const { db, now } = ctx;
  const [c, b] = await Promise.all([
    loadCampaign(db, input.campaignId),
    loadMine(db, input.campaignId, me.staffNo),
  ]);
  const known = new Set(c.addons.map((a) => a.id));
  const addonIds = [...new Set(input.addonIds)].filter((a) => known.has(a));
  if (addonIds.length !== new Set(input.addonIds).size)
    throw new VisibleError('checkups.no_addon', '有自费加项已不存在，请刷新后重新选择。');
  if (b.checkedInAt || beijingDay(now) > b.date)
    throw new VisibleError('checkups.too_late', '体检已经做过了，不能再改自费加项。');
  await writeAddons(db, b, addonIds, now);
  return { addonIds, addonsFen: addonsTotal(c.addons, addonIds) };
}
