// Text similarity of proposals (character bigrams, cosine), to show similar ones before filing.

/** Letters, digits and CJK characters only, lower-cased: punctuation and spaces do not count. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words so common in proposals that sharing them says nothing about the subject. */
const STOP_BIGRAMS = new Set([
  '建议',
  '学校',
  '提案',
  '关于',
  '问题',
  '教职',
  '职工',
  '希望',
  '进一步',
  '加强',
  '完善',
]);

/** Character bigrams with their counts (a single character counts as its own gram). */
export function bigrams(text: string): Map<string, number> {
  const s = normalize(text);
  const grams = new Map<string, number>();
  if (s.length === 1) grams.set(s, 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    if (STOP_BIGRAMS.has(g)) continue;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Cosine similarity of two bigram count vectors, 0 (nothing shared) … 1 (same text). */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  for (const [g, n] of a) dot += n * (b.get(g) ?? 0);
  const norm = (m: Map<string, number>) =>
    Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
  return dot / (norm(a) * norm(b));
}

/** Jaccard overlap of the two bigram sets, 0 … 1. */
export function jaccard(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const g of a.keys()) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Comparable {
  title: string;
  suggestion: string;
}

/** The title weighs twice: it names the subject; the suggestion adds how. */
export function textOf(p: Comparable): string {
  return `${p.title} ${p.title} ${p.suggestion}`;
}

export function similarity(a: Comparable, b: Comparable): number {
  return cosine(bigrams(textOf(a)), bigrams(textOf(b)));
}

export const SIMILAR_THRESHOLD = 0.25;

/** Candidates at or above the threshold, most similar first, at most `limit`. */
export function mostSimilar<T extends Comparable>(
  query: Comparable,
  candidates: readonly T[],
  { threshold = SIMILAR_THRESHOLD, limit = 5 }: { threshold?: number; limit?: number } = {},
): { item: T; score: number }[] {
  const q = bigrams(textOf(query));
  return candidates
    .map((item) => ({ item, score: Math.round(cosine(q, bigrams(textOf(item))) * 100) / 100 }))
    .filter((s) => s.score >= threshold)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
}
