// A notice one feature asks to deliver to one person: it always lands in the in-app inbox, and
// also goes out as a WeChat subscription message when the person has quota for its template.

export const NOTICE_KINDS = [
  'event_reminder',
  'signup_result',
  'event_cancelled',
  'lottery_result',
  'gift_reminder',
  'pickup_ready',
  'steps_nudge',
  'proposal_answered',
  'trip_result',
  // care: only ever "你的申请有新进展" — never the programme, amount or reason (tier 3)
  'care_update',
  'broadcast',
  'checkup_reminder',
  'checkup_nudge',
  // awards: to whoever filed a nomination, when the admin accepts, returns or rejects it
  'award_review',
  // contests: to a judge, when a contest names them
  'judge_assigned',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeInput {
  kind: NoticeKind;
  /** what it is about, e.g. an event id or batch id */
  subject: string;
  /** which occurrence, e.g. "24h", "1h", "promoted", a date — with kind, subject and recipient it makes the id */
  slot: string;
  staffNo: string;
  title: string;
  body: string;
  /** the app page tapping it opens: a URL from the page registry, e.g. `pages.events.detail({ id })` */
  page?: string;
  /** raw values for the subscription template's fields (truncated to WeChat's limits when sent) */
  fields?: Record<string, string>;
  /** after this instant the subscription message is pointless (e.g. the event has started): the
   * notice stays in the inbox, the message is not sent */
  expiresAt?: Date;
}

/** kind + subject + recipient + slot: a job that runs twice creates the notice once. */
export function noticeId(n: Pick<NoticeInput, 'kind' | 'subject' | 'slot' | 'staffNo'>): string {
  return `${n.kind}:${n.subject}:${n.staffNo}:${n.slot}`;
}
