// The check-ups timer (every 10 minutes): reminders the evening before ("明早空腹，带身份证") and
// the morning of the exam, the nudge a week before booking closes, and the repair path (finish
// pending releases; give back places taken by a call that died before writing its booking).
import { pages } from '../../domain/pages';
import type { NoticeInput } from '../../domain/notify/notice';
import { holdKeyOf, nudgeDue, remindersDue } from '../../domain/checkups/rules';
import { addDays, beijingDateTime, beijingDay } from '../../domain/time';
import type { Db, TimerContext } from '../_kit';
import { enqueueMany } from '../notify/enqueue';
import { completePending } from './booking';
import { listBookings } from './booking-repo';
import { listCampaigns, markSent, type CampaignDoc } from './campaign-repo';
import { listSlots, releasePlace } from './slot-repo';
import { activeStaff } from '../_kit/roster-repo';

/** A place held this long without a booking pointing at it was left by a call that died. */
export const ORPHAN_GRACE_MS = 2 * 60_000;

const PAGE = pages.checkups.index();

export async function repair(db: Db, c: CampaignDoc, now: Date) {
  const [bookings, slots] = await Promise.all([
    listBookings(db, c._id),
    listSlots(db, c._id, true),
  ]);
  let fixed = 0;
  for (const b of bookings) {
    if (b.releasing) {
      await completePending(db, b);
      fixed++;
    }
  }
  const holder = new Map(
    bookings.filter((b) => b.status === 'booked').map((b) => [holdKeyOf(b.staffNo), b.slotId]),
  );
  for (const s of slots) {
    for (const [key, at] of Object.entries(s.holds)) {
      if (holder.get(key) === s._id) continue;
      if (now.getTime() - at.getTime() < ORPHAN_GRACE_MS) continue; // maybe a call in flight
      if (await releasePlace(db, s._id, key)) fixed++;
    }
  }
  return fixed;
}

function placeLine(c: CampaignDoc): string {
  const p = c.places[0];
  return p ? `${p.name}（${p.address}）` : '见体检页面';
}

export async function remind(db: Db, c: CampaignDoc, now: Date): Promise<number> {
  let sent = 0;
  for (const due of remindersDue(
    c.days.map((d) => d.date),
    now,
  )) {
    const key = `${due.date}:${due.slot}`;
    if (c.sent[key]) continue;
    const list = await listBookings(db, c._id, { status: 'booked', date: due.date });
    const notices: NoticeInput[] = list.map((b) => {
      const tip = due.slot === 'eve' ? '明早空腹，带身份证' : '今天体检，空腹，带身份证';
      return {
        kind: 'checkup_reminder',
        subject: c._id,
        slot: key,
        staffNo: b.staffNo,
        title: due.slot === 'eve' ? `明天体检：${b.start}` : `今天体检：${b.start}`,
        body: `${tip}。${b.date} ${b.start} 在${placeLine(c)}，到了出示体检签到码。${c.places[0]?.shuttle ? `班车：${c.places[0].shuttle}` : ''}`,
        page: PAGE,
        fields: {
          title: c.name,
          time: `${b.date} ${b.start}`,
          place: c.places[0]?.name ?? '',
          tip,
        },
        expiresAt: new Date(`${b.date}T${b.start}:00+08:00`),
      };
    });
    const r = await enqueueMany(db, notices, now);
    sent += r.created;
    await markSent(db, c._id, key);
  }
  if (nudgeDue(c.bookCloseAt, now) && !c.sent.nudge) {
    const [staff, booked] = await Promise.all([
      activeStaff(db),
      listBookings(db, c._id, { status: 'booked' }),
    ]);
    const has = new Set(booked.map((b) => b.staffNo));
    const notices: NoticeInput[] = staff
      .filter((s) => s.openid && !has.has(s.staffNo))
      .map((s) => ({
        kind: 'checkup_nudge',
        subject: c._id,
        slot: 'nudge',
        staffNo: s.staffNo,
        title: `还没预约体检：${c.name}`,
        body: `体检预约 ${beijingDateTime(c.bookCloseAt)} 截止，还没约的请尽快在小程序里选一个时段。`,
        page: PAGE,
        fields: {
          title: c.name,
          deadline: beijingDateTime(c.bookCloseAt),
          tip: '还没预约体检，请尽快预约',
        },
        expiresAt: c.bookCloseAt,
      }));
    const r = await enqueueMany(db, notices, now);
    sent += r.created;
    await markSent(db, c._id, 'nudge');
  }
  return sent;
}

export async function tick(ctx: TimerContext) {
  const { db, now } = ctx;
  const yesterday = addDays(beijingDay(now), -1);
  const campaigns = (await listCampaigns(db)).filter(
    (c) => (c.days[c.days.length - 1]?.date ?? '') >= yesterday,
  );
  let reminded = 0;
  let fixed = 0;
  for (const c of campaigns) {
    fixed += await repair(db, c, now);
    reminded += await remind(db, c, now);
  }
  return { campaigns: campaigns.length, reminded, fixed };
}
