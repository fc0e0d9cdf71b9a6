// The order an event's times must keep (报名开始 < 报名截止 ≤ 活动开始 ≤ 活动结束): written once,
// checked by the create contract and again on an edit, where only some of the times change.

export interface EventSchedule {
  startAt: Date;
  endAt: Date;
  signupOpenAt: Date;
  signupCloseAt: Date;
}

export interface ScheduleProblem {
  /** the field the person should change */
  path: 'endAt' | 'signupCloseAt';
  message: string;
}

const RULES: readonly (ScheduleProblem & { holds: (s: EventSchedule) => boolean })[] = [
  { path: 'endAt', message: '结束时间不能早于开始时间', holds: (s) => s.endAt >= s.startAt },
  {
    path: 'signupCloseAt',
    message: '报名截止要晚于报名开始',
    holds: (s) => s.signupCloseAt > s.signupOpenAt,
  },
  {
    path: 'signupCloseAt',
    message: '报名截止不能晚于活动开始',
    holds: (s) => s.signupCloseAt <= s.startAt,
  },
];

/** The order the times must keep, in words (for a message that names every rule at once). */
export const SCHEDULE_ORDER = '报名开始 < 报名截止 ≤ 活动开始 ≤ 活动结束';

/** Every rule the times break, in the order above (none: the times are in order). */
export function scheduleProblems(s: EventSchedule): ScheduleProblem[] {
  return RULES.filter((r) => !r.holds(s)).map(({ path, message }) => ({ path, message }));
}
