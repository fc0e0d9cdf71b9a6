// The contest forms as plain text, turned into actions' inputs: the admin's setup (criteria one
// per line "课堂教学 75", judges' 工号, rounds) and a judge's sheet (each score typed as text).
// Pure, so the odd ways people type are tested without a renderer.
import type { In } from './api';

export interface SetupForm {
  name: string;
  /** one per line: "教学设计 20" */
  criteria: string;
  /** 工号, separated by spaces, commas or 、 */
  judges: string;
  /** 'one': one round (决赛); 'college': 学院初赛 (by branch) → 校级决赛 */
  rounds: 'one' | 'college';
  /** how many of each college go on to the final */
  advance: string;
  /** 青年教师: age limit (empty: none) and the day it is counted on */
  maxAge: string;
  onDay: string;
}

export const TEACHING_CRITERIA = '教学设计 20\n课堂教学 75\n教学反思 5';

const splitList = (s: string) =>
  s
    .split(/[\s,，、;；]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** "课堂教学 75" / "课堂教学：75" / "课堂教学,75%" → { name, weight }; bad lines keep weight NaN. */
export function parseCriteria(text: string): { name: string; weight: number }[] {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)[\s:：,，]*([0-9０-９]+)\s*[%％分]?$/.exec(line);
      if (!m) return { name: line, weight: Number.NaN };
      const digits = m[2].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
      return { name: m[1].trim(), weight: Number(digits) };
    });
}

export function toCreateInput(f: SetupForm): In<'contests.create'> {
  const judges = splitList(f.judges);
  const advance = Number(f.advance);
  const input: In<'contests.create'> = {
    name: f.name.trim(),
    criteria: parseCriteria(f.criteria),
    judges,
    rounds:
      f.rounds === 'college'
        ? [
            { name: '学院初赛', groupBy: 'branch', advance },
            { name: '校级决赛', groupBy: 'all' },
          ]
        : [{ name: '决赛', groupBy: 'all' }],
  };
  if (f.maxAge.trim())
    input.eligibility = { onDay: f.onDay.trim(), maxAge: Number(f.maxAge.trim()) };
  return input;
}

/**
 * A judge's typed scores → the sheet, or the first problem in plain words (the server checks
 * again). Accepts full-width digits and a trailing 分.
 */
export function toScores(
  criteria: readonly { name: string }[],
  typed: Record<string, string>,
): { ok: true; scores: Record<string, number> } | { ok: false; message: string } {
  const scores: Record<string, number> = {};
  for (const c of criteria) {
    const raw = (Object.hasOwn(typed, c.name) ? typed[c.name] : '')
      .trim()
      .replace(/[０-９．]/g, (d) => (d === '．' ? '.' : String(d.charCodeAt(0) - 0xff10)))
      .replace(/分$/, '');
    if (!raw) return { ok: false, message: `请给「${c.name}」打分` };
    const v = Number(raw);
    if (!/^\d+(\.\d{1,2})?$/.test(raw) || v > 100)
      return { ok: false, message: `「${c.name}」的分数应为 0 到 100 之间的数，最多两位小数` };
    scores[c.name] = v;
  }
  return { ok: true, scores };
}

/** The weighted total a judge is about to submit, for the confirm dialog (2 decimals). */
export function previewTotal(
  criteria: readonly { name: string; weight: number }[],
  scores: Record<string, number>,
): string {
  const w = criteria.reduce((s, c) => s + c.weight, 0);
  const sum = criteria.reduce((s, c) => s + c.weight * Math.round((scores[c.name] ?? 0) * 100), 0);
  return (Math.floor((2 * sum + w) / (2 * w)) / 100).toFixed(2);
}

/** "88.5" → "88.50"; no score yet → "—". */
export const scoreText = (s: number | null) => (s === null ? '—' : s.toFixed(2));
