// The schedules the timer runs: event reminders (24 h and 1 h before), gift-choice deadline
// reminders, pickup-ready notices and the evening walkathon sync nudge. Each creates inbox notices
// with deterministic ids, so running it again (or twice at once) creates nothing new.
import type { NoticeInput } from '../../domain/notify/notice';
import { pages } from '../../domain/pages';
import { notice } from '../../domain/notify/builders';
import { giftReminderDue, reminderSlot, stepsNudgeDue } from '../../domain/notify/rules';
import { addDays, beijingDateTime, beijingDay, startOfBeijingDay } from '../../domain/time';
import { eligibility } from '../../domain/welfare/rules';
import type { StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../_kit';
import { enqueueMany } from './enqueue';
import { activePeople } from './staff-repo';
import {
  batchesClosedSince,
  batchesClosing,
  campaignsOn,
  claimsOf,
  confirmedSignups,
  eventsStarting,
  participantsOf,
} from './sources-repo';

const HOUR = 60 * 60 * 1000;

export interface ScheduleResult {
  eventReminders: number;
  giftReminders: number;
  pickupReady: number;
  stepsNudges: number;
}

export async function eventReminders(db: Db, now: Date): Promise<NoticeInput[]> {
  const events = await eventsStarting(db, now, new Date(now.getTime() + 24 * HOUR));
  const signups = await confirmedSignups(
    db,
    events.map((e) => e._id),
  );
  const byId = new Map(events.map((e) => [e._id, e]));
  return signups.flatMap((s) => {
    const e = byId.get(s.eventId);
    const slot = e && reminderSlot(e.startAt, now);
    if (!e || !slot) return [];
    const hours = Math.round((e.startAt.getTime() - now.getTime()) / HOUR);
    const soon = slot === '1h' || hours < 1 ? '不到一小时后' : `约 ${hours} 小时后`;
    return [
      notice('event_reminder', {
        subject: e._id,
        slot,
        staffNo: s.staffNo,
        title: `活动提醒：${e.title}`,
        body: `「${e.title}」将于 ${beijingDateTime(e.startAt)} 开始（${soon}），地点：${e.location || '见活动详情'}。请准时到场，出示签到码。`,
        page: pages.events.detail({ id: e._id }),
        fields: { title: e.title, time: e.startAt.toISOString(), location: e.location },
        expiresAt: e.startAt,
      }),
    ];
  });
}

export async function giftReminders(db: Db, now: Date): Promise<NoticeInput[]> {
  const batches = (await batchesClosing(db, now, new Date(now.getTime() + 24 * HOUR))).filter((b) =>
    giftReminderDue(b.claimCloseAt, b.status, now),
  );
  if (batches.length === 0) return [];
  const people = await activePeople(db);
  const out: NoticeInput[] = [];
  for (const b of batches) {
    const chosen = new Set((await claimsOf(db, b._id)).map((c) => c.staffNo));
    for (const p of people) {
      if (chosen.has(p.staffNo)) continue;
      if (
        !eligibility(
          p as Pick<StaffDoc, 'staffNo' | 'branchId' | 'member' | 'status' | 'active'>,
          b.eligibility,
        ).ok
      )
        continue;
      out.push(
        notice('gift_reminder', {
          subject: b._id,
          slot: 'deadline',
          staffNo: p.staffNo,
          title: `还没选礼包：${b.name}`,
          body: `「${b.name}」将于 ${beijingDateTime(b.claimCloseAt)} 截止选择，你还没有选礼包。截止后没选的会发默认礼包。`,
          page: pages.tabs.welfare(),
          fields: { title: b.name, deadline: b.claimCloseAt.toISOString() },
          expiresAt: b.claimCloseAt,
        }),
      );
    }
  }
  return out;
}

export async function pickupReady(db: Db, now: Date): Promise<NoticeInput[]> {
  const batches = (await batchesClosedSince(db, new Date(now.getTime() - 3 * 24 * HOUR))).filter(
    (b) => b.fulfilment !== 'delivery',
  );
  const out: NoticeInput[] = [];
  for (const b of batches) {
    for (const c of await claimsOf(db, b._id)) {
      if (c.delivery || c.handedOverAt) continue;
      const point = b.points.find((p) => p.id === c.pointId);
      out.push(
        notice('pickup_ready', {
          subject: b._id,
          slot: 'ready',
          staffNo: c.staffNo,
          title: `礼包可以领取了：${b.name}`,
          body: point
            ? `你的「${b.name}」礼包可以领取了：${point.place}（${point.hours}）。领取时出示领取码。`
            : `你的「${b.name}」礼包可以领取了，请到所在分工会领取，领取时出示领取码。`,
          page: pages.welfare.code({ batchId: b._id }),
          fields: {
            title: b.name,
            place: point?.place ?? '所在分工会',
            hours: point?.hours ?? '见领取码页面',
          },
        }),
      );
    }
  }
  return out;
}

export async function stepsNudges(db: Db, now: Date): Promise<NoticeInput[]> {
  const today = beijingDay(now);
  const out: NoticeInput[] = [];
  for (const c of await campaignsOn(db, today)) {
    if (!stepsNudgeDue(c, [], today, now)) continue;
    for (const p of await participantsOf(db, c._id, today)) {
      const synced = [...Object.keys(p.days), ...(p.syncedAt ? [beijingDay(p.syncedAt)] : [])];
      if (!stepsNudgeDue(c, synced, today, now)) continue;
      out.push(
        notice('steps_nudge', {
          subject: c._id,
          slot: today,
          staffNo: p.staffNo,
          title: `今天还没同步步数：${c.name}`,
          body: `今天的步数还没有同步到「${c.name}」。打开健步走页面点「同步微信步数」，今天的成绩才会算进去。`,
          page: pages.walkathon.index(),
          fields: { title: c.name, tip: '今天还没同步步数，点这里同步' },
          // a nudge for today means nothing tomorrow
          expiresAt: startOfBeijingDay(addDays(today, 1)),
        }),
      );
    }
  }
  return out;
}

/** Runs every schedule; a failing one does not stop the others (each is retried next run). */
export async function runSchedules(
  db: Db,
  now: Date,
  onError: (which: string, e: unknown) => void,
): Promise<ScheduleResult> {
  const result: ScheduleResult = {
    eventReminders: 0,
    giftReminders: 0,
    pickupReady: 0,
    stepsNudges: 0,
  };
  const jobs: [keyof ScheduleResult, (db: Db, now: Date) => Promise<NoticeInput[]>][] = [
    ['eventReminders', eventReminders],
    ['giftReminders', giftReminders],
    ['pickupReady', pickupReady],
    ['stepsNudges', stepsNudges],
  ];
  for (const [name, job] of jobs) {
    try {
      result[name] = (await enqueueMany(db, await job(db, now), now)).created;
    } catch (e) {
      onError(name, e);
    }
  }
  return result;
}
