// What the quiz pages show, as pure functions: time left, durations, dates, rates, phase words,
// which questions are still unanswered, and a question's line in the admin's bank.
import { TYPE_LABELS, type Phase, type QuestionAdminView } from '../../../domain/quiz/contract';
import { beijingDateTime } from '../../../domain/time';

/** ms left until the deadline by the server's clock (the phone's clock may be wrong). */
export function msLeft(deadline: string, serverNow: string, receivedAt: number, now: number) {
  const skew = Date.parse(serverNow) - receivedAt;
  return Math.max(0, Date.parse(deadline) - (now + skew));
}

/** 125_000 → "2:05" */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 40_400 → "40 秒", 125_000 → "2 分 5 秒" */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} 秒`;
  return `${Math.floor(s / 60)} 分${s % 60 ? ` ${s % 60} 秒` : ''}`;
}

/** 0.3333 → "33.3%" */
export function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

export const PHASE_WORDS: Record<Phase, string> = {
  upcoming: '未开始',
  open: '进行中',
  closed: '已结束',
};

export function windowLine(openAt: string, closeAt: string): string {
  return `${beijingDateTime(openAt)} 至 ${beijingDateTime(closeAt)}`;
}

export function rulesLine(c: {
  questionsPerAttempt: number;
  secondsPerAttempt: number;
  attemptsPerDay: number;
  attemptsTotal: number | null;
  pointsPerQuestion: number;
}): string {
  const total = c.attemptsTotal === null ? '' : `，总共最多 ${c.attemptsTotal} 次`;
  return `每次 ${c.questionsPerAttempt} 道题，限时 ${duration(c.secondsPerAttempt * 1000)}，每题 ${c.pointsPerQuestion} 分；每天可以答 ${c.attemptsPerDay} 次${total}，取最好成绩。`;
}

/** Indexes (1-based) of the questions without an answer yet. */
export function unanswered(questionIds: string[], answers: Map<string, string[]>): number[] {
  return questionIds.flatMap((id, i) => ((answers.get(id)?.length ?? 0) > 0 ? [] : [i + 1]));
}

/** Toggles a key: one key for single / true-false, a set for multiple choice. */
export function choose(current: string[], key: string, multiple: boolean): string[] {
  if (!multiple) return [key];
  return current.includes(key) ? current.filter((k) => k !== key) : [...current, key].sort();
}

/** "qc-2026:100010:2" → "qc-2026" (an attempt's id starts with its contest's). */
export function contestOfAttempt(attemptId: string): string {
  return attemptId.split(':')[0];
}

/** The admin's bank row under a question: "判断 · 答案 对 · 工会法 · 易". */
export function questionHint(
  q: Pick<QuestionAdminView, 'type' | 'answer' | 'category' | 'difficulty'>,
): string {
  const answer = q.type === 'judge' ? (q.answer[0] === 'A' ? '对' : '错') : q.answer.join('');
  return `${TYPE_LABELS[q.type]} · 答案 ${answer} · ${q.category || '未分类'} · ${q.difficulty}`;
}
