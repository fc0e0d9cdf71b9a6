// Pure decisions of knowledge contests: reading bank rows, the seeded draw and option shuffle,
// scoring (multiple choice all-or-nothing), attempt limits, the too-fast flag and the rankings.
import {
  FINAL_ROUNDS,
  JUDGE_OPTIONS,
  OPTION_KEYS,
  type BankBadRow,
  type Difficulty,
  type FinalRound,
  type Phase,
  type QuestionType,
} from './contract';

export const BANK_COLUMNS = {
  type: '题型',
  text: '题干',
  answer: '答案',
  explanation: '解析',
  category: '分类',
  difficulty: '难度',
} as const;
export const OPTION_COLUMNS = OPTION_KEYS.map((k) => `选项${k}`);
export const REQUIRED_COLUMNS = [BANK_COLUMNS.type, BANK_COLUMNS.text, BANK_COLUMNS.answer];

/** Averaging under this many ms per answered question is faster than a person reads. */
export const TOO_FAST_MS_PER_QUESTION = 2000;

export interface BankQuestion {
  questionId: string;
  line: number;
  type: QuestionType;
  text: string;
  options: { key: string; text: string }[];
  answer: string[];
  explanation: string;
  category: string;
  difficulty: Difficulty;
}

const TYPE_WORDS: Record<string, QuestionType> = {
  单选: 'single',
  单选题: 'single',
  多选: 'multi',
  多选题: 'multi',
  判断: 'judge',
  判断题: 'judge',
};
const JUDGE_WORDS: Record<string, string> = {
  对: 'A',
  正确: 'A',
  '√': 'A',
  是: 'A',
  T: 'A',
  错: 'B',
  错误: 'B',
  '×': 'B',
  否: 'B',
  F: 'B',
};
const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  易: '易',
  简单: '易',
  '1': '易',
  中: '中',
  中等: '中',
  一般: '中',
  '2': '中',
  难: '难',
  困难: '难',
  '3': '难',
};

/** Whitespace collapsed: the same stem typed twice is the same question. */
export function normalizeText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a then a 53-bit mix: a short stable hash of a string (not for secrets). */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The question's id from its type and stem: a re-import finds the same question. */
export function questionIdOf(type: QuestionType, text: string): string {
  const h = hash53(`${type}|${normalizeText(text)}`);
  return `q-${h.toString(36).padStart(11, '0')}`;
}

/** Answers as typed ("ACD", "A,C,D", "a c d") → sorted distinct letters. */
export function parseAnswerLetters(raw: string): string[] {
  const letters = raw.toUpperCase().replace(/[\s,，、;；]/g, '');
  return [...new Set(letters.split(''))].sort();
}

export interface RawRow {
  line: number;
  cells: Record<string, string>;
}

/** Checks every row of a bank file: valid questions, and bad rows with every reason. */
export function validateBankRows(rows: RawRow[]): { valid: BankQuestion[]; bad: BankBadRow[] } {
  const valid: BankQuestion[] = [];
  const bad: BankBadRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const get = (h: string) => (Object.hasOwn(cells, h) ? (cells[h] ?? '').trim() : '');
    const reasons: string[] = [];
    const typeRaw = get(BANK_COLUMNS.type);
    const type = Object.hasOwn(TYPE_WORDS, typeRaw) ? TYPE_WORDS[typeRaw] : undefined;
    if (!type) reasons.push(`题型“${typeRaw || '空'}”不认识，只能是 单选、多选 或 判断`);
    const text = normalizeText(get(BANK_COLUMNS.text));
    if (!text) reasons.push('题干是空的');
    else if (text.length > 500) reasons.push('题干超过 500 字');

    let options: { key: string; text: string }[] = [];
    let answer: string[] = [];
    const answerRaw = get(BANK_COLUMNS.answer);
    if (type === 'judge') {
      options = JUDGE_OPTIONS.map((o) => ({ ...o }));
      const key = Object.hasOwn(JUDGE_WORDS, answerRaw.toUpperCase())
        ? JUDGE_WORDS[answerRaw.toUpperCase()]
        : undefined;
      if (!key) reasons.push(`判断题的答案“${answerRaw || '空'}”应为“对”或“错”`);
      else answer = [key];
    } else if (type) {
      const filled = OPTION_KEYS.map((k, i) => ({ key: k, text: get(OPTION_COLUMNS[i]) }));
      const lastFilled = filled.map((o) => o.text !== '').lastIndexOf(true);
      options = filled.slice(0, lastFilled + 1);
      if (options.some((o) => o.text === '')) {
        reasons.push('选项要从选项A起连续填写，中间不能空');
      }
      if (options.length < 2) reasons.push('至少要有两个选项');
      if (options.some((o) => o.text.length > 200)) reasons.push('选项超过 200 字');
      const texts = options.map((o) => normalizeText(o.text)).filter(Boolean);
      if (new Set(texts).size !== texts.length) reasons.push('有两个选项内容相同');
      answer = parseAnswerLetters(answerRaw);
      if (answer.length === 0) reasons.push('答案是空的');
      else {
        const outside = answer.filter((a) => !options.some((o) => o.key === a && o.text !== ''));
        if (outside.length > 0) reasons.push(`答案 ${outside.join('')} 不在选项里`);
        if (type === 'single' && answer.length !== 1) reasons.push('单选题的答案只能是一个选项');
        if (type === 'multi' && answer.length < 2) reasons.push('多选题的答案至少要有两个选项');
      }
    }
    const explanation = get(BANK_COLUMNS.explanation);
    if (explanation.length > 500) reasons.push('解析超过 500 字');
    const category = get(BANK_COLUMNS.category);
    if (category.length > 20) reasons.push('分类超过 20 字');
    const diffRaw = get(BANK_COLUMNS.difficulty);
    const difficulty: Difficulty | undefined =
      diffRaw === ''
        ? '中'
        : Object.hasOwn(DIFFICULTY_WORDS, diffRaw)
          ? DIFFICULTY_WORDS[diffRaw]
          : undefined;
    if (!difficulty) reasons.push(`难度“${diffRaw}”不认识，只能是 易、中 或 难`);
    const questionId = type && text ? questionIdOf(type, text) : '';
    if (questionId) {
      const first = seen.get(questionId);
      if (first !== undefined) reasons.push(`与第 ${first} 行是同一道题（重复）`);
      else seen.set(questionId, line);
    }
    if (reasons.length > 0 || !type || !difficulty) {
      bad.push({ line, text: text.slice(0, 40), reasons });
      continue;
    }
    valid.push({
      questionId,
      line,
      type,
      text,
      options,
      answer,
      explanation,
      category,
      difficulty,
    });
  }
  return { valid, bad };
}

/** Stored fields that differ (type and stem are the id, so never). */
export function questionChanged(
  stored: Pick<BankQuestion, 'options' | 'answer' | 'explanation' | 'category' | 'difficulty'>,
  next: Pick<BankQuestion, 'options' | 'answer' | 'explanation' | 'category' | 'difficulty'>,
): boolean {
  return (
    JSON.stringify(stored.options) !== JSON.stringify(next.options) ||
    stored.answer.join('') !== next.answer.join('') ||
    stored.explanation !== next.explanation ||
    stored.category !== next.category ||
    stored.difficulty !== next.difficulty
  );
}

/** A small seeded generator (mulberry32): the same seed gives the same draw and order. */
export function rngOf(seed: string): () => number {
  let a = hash53(seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator; the input is left as it was. */
export function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Draws `count` ids from each pool (no id twice), then shuffles the whole paper. */
export function drawQuestionIds(
  pools: { count: number; ids: string[] }[],
  rng: () => number,
): string[] {
  const taken = new Set<string>();
  const out: string[] = [];
  for (const pool of pools) {
    const picks = shuffled(
      pool.ids.filter((i) => !taken.has(i)),
      rng,
    ).slice(0, pool.count);
    for (const p of picks) taken.add(p);
    out.push(...picks);
  }
  return shuffled(out, rng);
}

export interface StoredQuestion {
  questionId: string;
  type: QuestionType;
  text: string;
  options: { key: string; text: string }[];
  answer: string[];
  explanation: string;
}

/** A question as drawn for one person: options re-lettered in a shuffled order, answer mapped. */
export interface DrawnItem {
  questionId: string;
  type: QuestionType;
  text: string;
  /** shown keys A, B, C… in this person's order */
  options: { key: string; text: string }[];
  /** the correct shown keys (server only) */
  answer: string[];
  explanation: string;
}

export function drawItem(q: StoredQuestion, rng: () => number): DrawnItem {
  if (q.type === 'judge') {
    return { ...q, options: q.options.map((o) => ({ ...o })), answer: [...q.answer] };
  }
  const order = shuffled(q.options, rng);
  const options = order.map((o, i) => ({ key: OPTION_KEYS[i], text: o.text }));
  const shownOf = new Map(order.map((o, i) => [o.key, OPTION_KEYS[i] as string]));
  const answer = q.answer.map((k) => shownOf.get(k) ?? '?').sort();
  return {
    questionId: q.questionId,
    type: q.type,
    text: q.text,
    options,
    answer,
    explanation: q.explanation,
  };
}

/** Single and true/false: the one right key; multiple: exactly the right set (all-or-nothing). */
export function isRight(answer: readonly string[], keys: readonly string[] | undefined): boolean {
  if (!keys || keys.length === 0) return false;
  const a = [...new Set(answer)].sort().join('');
  const k = [...new Set(keys)].sort().join('');
  return a === k;
}

/** Is this choice of keys a well-formed answer to this item (not whether it is right)? */
export function keysProblem(
  item: Pick<DrawnItem, 'type' | 'options'>,
  keys: string[],
): string | null {
  const known = new Set(item.options.map((o) => o.key));
  if (keys.some((k) => !known.has(k))) return '所选答案不在选项里';
  if (new Set(keys).size !== keys.length) return '所选答案有重复';
  if (item.type !== 'multi' && keys.length > 1) return '这道题只能选一个答案';
  return null;
}

export function scoreOf(
  items: readonly Pick<DrawnItem, 'answer'>[],
  answers: readonly (readonly string[] | undefined)[],
  pointsPerQuestion: number,
): { correct: number; score: number } {
  let correct = 0;
  items.forEach((item, i) => {
    if (isRight(item.answer, answers[i])) correct += 1;
  });
  return { correct, score: correct * pointsPerQuestion };
}

/** Faster than a person could read: on average under 2 s per answered question. */
export function tooFast(answered: number, startedAt: Date, lastAnswerAt: Date | null): boolean {
  if (answered === 0 || !lastAnswerAt) return false;
  return (lastAnswerAt.getTime() - startedAt.getTime()) / answered < TOO_FAST_MS_PER_QUESTION;
}

export function phaseOf(openAt: Date, closeAt: Date, now: Date): Phase {
  if (now < openAt) return 'upcoming';
  if (now >= closeAt) return 'closed';
  return 'open';
}

/** An attempt's deadline: its time limit, but never after the contest closes. */
export function deadlineOf(startedAt: Date, seconds: number, closeAt: Date): Date {
  return new Date(Math.min(startedAt.getTime() + seconds * 1000, closeAt.getTime()));
}

export interface CounterState {
  used: number;
  /** the Beijing day dayUsed counts */
  day: string;
  dayUsed: number;
}

export type StartDecision =
  { ok: true; next: CounterState } | { ok: false; code: 'day' | 'total'; message: string };

/** May one more attempt start today? The next counter state if so. */
export function decideStart(
  c: CounterState,
  limits: { attemptsPerDay: number; attemptsTotal: number | null },
  today: string,
): StartDecision {
  if (limits.attemptsTotal !== null && c.used >= limits.attemptsTotal) {
    return {
      ok: false,
      code: 'total',
      message: `这次竞赛每人最多答 ${limits.attemptsTotal} 次，你已经答完了。可以去看排行榜。`,
    };
  }
  const usedToday = c.day === today ? c.dayUsed : 0;
  if (usedToday >= limits.attemptsPerDay) {
    return {
      ok: false,
      code: 'day',
      message: `今天的 ${limits.attemptsPerDay} 次机会已经用完了，明天再来。`,
    };
  }
  return { ok: true, next: { used: c.used + 1, day: today, dayUsed: usedToday + 1 } };
}

/** Is (score, ms) better than the best so far? Higher score, then shorter time. */
export function isBetter(score: number, ms: number, best: number | null, bestMs: number | null) {
  if (best === null) return true;
  if (score !== best) return score > best;
  return bestMs === null || ms < bestMs;
}

/** Competition ranking (1, 1, 3): equal keys share a rank. Input already sorted. */
export function ranks<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): number[] {
  const out: number[] = [];
  sorted.forEach((row, i) => {
    out.push(i > 0 && same(sorted[i - 1], row) ? out[i - 1] : i + 1);
  });
  return out;
}

export interface PersonRow {
  staffNo: string;
  best: number;
  bestMs: number;
}

/** Time counts in whole seconds, as people read it: 40.2 s and 40.4 s tie. */
export const secondsOf = (ms: number) => Math.round(ms / 1000);

/** Individuals by best score, then shorter time (seconds), then 工号 (only for a stable order). */
export function rankPeople<T extends PersonRow>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) =>
      b.best - a.best ||
      secondsOf(a.bestMs) - secondsOf(b.bestMs) ||
      a.staffNo.localeCompare(b.staffNo),
  );
  const r = ranks(
    sorted,
    (a, b) => a.best === b.best && secondsOf(a.bestMs) === secondsOf(b.bestMs),
  );
  return sorted.map((row, i) => ({ ...row, rank: r[i] }));
}

export interface TeamRow {
  teamId: string;
  participants: number;
  members: number;
  /** sum of the participants' best scores */
  bestSum: number;
}

/** Teams by participation rate (people who took part ÷ eligible members), then average best. */
export function rankTeams<T extends TeamRow>(
  rows: readonly T[],
): (T & { rank: number; rate: number; avgBest: number })[] {
  const withRates = rows.map((t) => ({
    ...t,
    rate: t.members > 0 ? t.participants / t.members : 0,
    avgBest: t.participants > 0 ? Math.round((t.bestSum / t.participants) * 10) / 10 : 0,
  }));
  // compare the exact fractions, not rounded floats: 1/3 and 2/6 tie
  const rateCmp = (a: TeamRow, b: TeamRow) =>
    b.participants * Math.max(a.members, 1) - a.participants * Math.max(b.members, 1);
  const avgCmp = (a: TeamRow, b: TeamRow) =>
    b.bestSum * Math.max(a.participants, 1) - a.bestSum * Math.max(b.participants, 1);
  const sorted = withRates.sort(
    (a, b) => rateCmp(a, b) || avgCmp(a, b) || a.teamId.localeCompare(b.teamId),
  );
  const r = ranks(sorted, (a, b) => rateCmp(a, b) === 0 && avgCmp(a, b) === 0);
  return sorted.map((row, i) => ({ ...row, rank: r[i] }));
}

export interface FinalEntry {
  teamId: string;
  round: FinalRound;
  points: number;
}

/** The final's totals per team and round, ranked by total (ties share a rank). */
export function finalTotals(teamIds: readonly string[], entries: readonly FinalEntry[]) {
  const per = new Map(
    teamIds.map((id) => [id, { teamId: id, total: 0, rounds: { must: 0, buzz: 0, risk: 0 } }]),
  );
  for (const e of entries) {
    const row = per.get(e.teamId);
    if (!row || !FINAL_ROUNDS.includes(e.round)) continue;
    row.total += e.points;
    row.rounds[e.round] += e.points;
  }
  const sorted = [...per.values()].sort(
    (a, b) => b.total - a.total || teamIds.indexOf(a.teamId) - teamIds.indexOf(b.teamId),
  );
  const r = ranks(sorted, (a, b) => a.total === b.total);
  return sorted.map((row, i) => ({ ...row, rank: r[i] }));
}
