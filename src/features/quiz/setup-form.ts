// The admin's "new contest" form as plain values, and its check into the createContest input
// (Beijing days to instants; minutes to seconds), with a plain message per field.
import type { In } from './api';

export interface SetupForm {
  name: string;
  /** YYYY-MM-DD, Beijing */
  openDay: string;
  closeDay: string;
  questions: string;
  minutes: string;
  perDay: string;
  /** empty: no limit besides the daily one */
  total: string;
  points: string;
  /** empty: the whole bank */
  category: string;
  reveal: 'after_attempt' | 'after_contest';
}

export const EMPTY_SETUP: SetupForm = {
  name: '',
  openDay: '',
  closeDay: '',
  questions: '10',
  minutes: '10',
  perDay: '3',
  total: '',
  points: '10',
  category: '',
  reveal: 'after_attempt',
};

type Key = keyof SetupForm;

/** The form's two Beijing days, in the order the form shows them. */
export const SETUP_DAYS: readonly { key: Key & ('openDay' | 'closeDay'); label: string }[] = [
  { key: 'openDay', label: '开始日期' },
  { key: 'closeDay', label: '结束日期' },
];

/** The form's whole-number fields, in the order the form shows them. */
export const SETUP_NUMBERS: readonly {
  key: Key & ('questions' | 'minutes' | 'perDay' | 'total' | 'points');
  label: string;
}[] = [
  { key: 'questions', label: '每次题数' },
  { key: 'minutes', label: '每次限时（分钟）' },
  { key: 'perDay', label: '每天可答次数' },
  { key: 'total', label: '总共可答次数（不限就留空）' },
  { key: 'points', label: '每题分值' },
];

type Errors = Partial<Record<keyof SetupForm, string>>;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function whole(v: string, min: number, max: number): number | null {
  const n = Number(v.trim());
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function checkSetup(
  f: SetupForm,
): { ok: true; input: In<'quiz.createContest'> } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  if (!f.name.trim()) errors.name = '请填写竞赛名称';
  if (!DAY.test(f.openDay)) errors.openDay = '开始日期应为 YYYY-MM-DD，例如 2026-12-01';
  if (!DAY.test(f.closeDay)) errors.closeDay = '结束日期应为 YYYY-MM-DD，例如 2026-12-31';
  else if (DAY.test(f.openDay) && f.closeDay < f.openDay)
    errors.closeDay = '结束日期不能早于开始日期';
  const questions = whole(f.questions, 1, 100);
  if (questions === null) errors.questions = '每次题数应为 1 到 100 之间的整数';
  const minutes = whole(f.minutes, 1, 120);
  if (minutes === null) errors.minutes = '每次限时应为 1 到 120 分钟之间的整数';
  const perDay = whole(f.perDay, 1, 20);
  if (perDay === null) errors.perDay = '每天次数应为 1 到 20 之间的整数';
  const total = f.total.trim() === '' ? undefined : whole(f.total, 1, 1000);
  if (total === null) errors.total = '总次数应为 1 到 1000 之间的整数，不限就留空';
  else if (total !== undefined && perDay !== null && total < perDay)
    errors.total = '总次数不能少于每天次数';
  const points = whole(f.points, 1, 100);
  if (points === null) errors.points = '每题分值应为 1 到 100 之间的整数';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: f.name.trim(),
      openAt: `${f.openDay}T00:00:00+08:00`,
      closeAt: `${f.closeDay}T23:59:59+08:00`,
      questionsPerAttempt: questions!,
      secondsPerAttempt: minutes! * 60,
      attemptsPerDay: perDay!,
      ...(typeof total === 'number' ? { attemptsTotal: total } : {}),
      pointsPerQuestion: points!,
      ...(f.category ? { draw: [{ category: f.category, count: questions! }] } : {}),
      reveal: f.reveal,
    },
  };
}
