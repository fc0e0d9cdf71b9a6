// How the inbox shows a notice: its kind in words and when it came, in Beijing time.
import type { NoticeKind } from '../../../domain/notify/notice';
import { beijing, beijingDay } from '../../../domain/time';

export const KIND_LABELS: Record<NoticeKind, string> = {
  event_reminder: '活动提醒',
  signup_result: '报名结果',
  event_cancelled: '活动取消',
  lottery_result: '抽签结果',
  gift_reminder: '福利提醒',
  pickup_ready: '礼包领取',
  steps_nudge: '健步走',
  proposal_answered: '提案答复',
  trip_result: '疗休养',
  care_update: '申请进度',
  broadcast: '工会通知',
  checkup_reminder: '体检提醒',
  checkup_nudge: '体检预约',
  award_review: '评优审核',
  judge_assigned: '评委邀请',
};

/** "14:03" today, "昨天 14:03", else "11月20日 14:03". */
export function whenLabel(iso: string, now: Date = new Date()): string {
  const at = beijing(iso);
  const day = beijingDay(iso);
  const today = beijingDay(now);
  if (day === today) return at.format('HH:mm');
  if (day === beijingDay(now.getTime() - 86_400_000)) return `昨天 ${at.format('HH:mm')}`;
  return at.format(day.slice(0, 4) === today.slice(0, 4) ? 'M月D日 HH:mm' : 'YYYY年M月D日');
}

/** The 我的 tab badge: nothing at 0, "99+" past 99. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}

/**
 * What the inbox really receives (D13: it once promised a message after every sign-up and gift
 * change, which never came). Each phrase is a notice the functions do enqueue: event_reminder
 * (before an event), signup_result (approval, rejection, a waitlist place turning into a seat),
 * lottery_result, gift_reminder (deadline, not chosen yet), pickup_ready, broadcast.
 */
export const INBOX_PROMISE =
  '活动开始前的提醒、审核和候补结果、抽签结果、礼包截止前的提醒和工会通知，会出现在这里。';
