// One typed builder for every notice a feature composes: `notice(kind, …)` accepts exactly the
// fields that kind's subscription template reads (templates.ts; builders.test.ts keeps them equal).
import type { NoticeInput, NoticeKind } from './notice';

/** The `fields` keys each kind's template reads, besides the notice's own title and body. */
export const NOTICE_FIELDS = {
  event_reminder: ['title', 'time', 'location', 'tip'],
  signup_result: ['title', 'result', 'time'],
  event_cancelled: ['title', 'time', 'reason'],
  lottery_result: ['title', 'result'],
  gift_reminder: ['title', 'deadline', 'tip'],
  pickup_ready: ['title', 'place', 'hours'],
  steps_nudge: ['title', 'tip'],
  proposal_answered: ['title', 'department', 'status'],
  trip_result: ['title', 'result', 'tip'],
  // tier 3: a care notice carries nothing about the case, only "你的申请有新进展"
  care_update: [],
  checkup_reminder: ['title', 'time', 'place', 'tip'],
  checkup_nudge: ['title', 'deadline', 'tip'],
  award_review: ['title', 'result', 'tip'],
  judge_assigned: ['title', 'tip'],
  broadcast: [],
} as const satisfies Record<NoticeKind, readonly string[]>;

/** The fields a notice of kind K may carry (each optional: templates fall back when one is empty). */
export type NoticeFields<K extends NoticeKind> = Partial<
  Record<(typeof NOTICE_FIELDS)[K][number], string>
>;

export type NoticeOf<K extends NoticeKind> = Omit<NoticeInput, 'kind' | 'fields'> & {
  fields?: NoticeFields<K>;
};

/** A notice of `kind`; a field name its template does not read is a type error. */
export function notice<K extends NoticeKind>(kind: K, n: NoticeOf<K>): NoticeInput {
  const { fields, ...rest } = n;
  if (!fields) return { kind, ...rest };
  const set: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields) as [string, string | undefined][])
    if (v !== undefined) set[k] = v;
  return { kind, ...rest, fields: set };
}
