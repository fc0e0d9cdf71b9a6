// Proposals rules, content rules (lengths, 一事一案, categories) and the filing window.
import { VisibleError } from '../errors';
import { beijingDay } from '../time';
import type { Category, ProposalKind, SessionDoc } from './model';

// ── content ─────────────────────────────────────────────────────────────────────────────────────

export interface Limits {
  title: [number, number];
  background: [number, number];
  suggestion: [number, number];
}

/** A proposal is held to the congress's rules; a suggestion (建议) to lighter ones. */
export const LIMITS: Record<ProposalKind, Limits> = {
  proposal: { title: [5, 40], background: [50, 300], suggestion: [30, 1000] },
  suggestion: { title: [4, 40], background: [0, 300], suggestion: [10, 1000] },
};

export const COSIGNERS_REQUIRED = 2;
export const SECOND_ROUND_DAYS = 15;

export interface Content {
  kind: ProposalKind;
  title: string;
  category: Category;
  background: string;
  suggestion: string;
}

export interface Check {
  path: 'title' | 'background' | 'suggestion' | 'category';
  message: string;
}

/** Characters as a person counts them: spaces and line breaks do not count. */
export function charCount(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

const FIELD_NAMES = { title: '标题', background: '背景与问题', suggestion: '具体建议' } as const;

/** Hard rules: a proposal that breaks one cannot be submitted (a draft may). */
export function contentErrors(c: Content): Check[] {
  const errors: Check[] = [];
  const limits = LIMITS[c.kind];
  for (const path of ['title', 'background', 'suggestion'] as const) {
    const n = charCount(c[path]);
    const [min, max] = limits[path];
    const name = FIELD_NAMES[path];
    if (n < min) {
      errors.push({ path, message: `${name}至少要 ${min} 个字，现在 ${n} 个字，请再写具体些。` });
    } else if (n > max) {
      errors.push({ path, message: `${name}最多 ${max} 个字，现在 ${n} 个字，请精简一下。` });
    }
  }
  return errors;
}

/** Keywords that tell which area a numbered item is about (for the 一事一案 check). */
const AREA_WORDS: Record<Exclude<Category, '其他'>, string[]> = {
  教学科研: [
    '教学',
    '课程',
    '科研',
    '学生',
    '实验',
    '课题',
    '教材',
    '学科',
    '考试',
    '课堂',
    '论文',
    '授课',
    '课时',
  ],
  人事: ['职称', '评聘', '招聘', '编制', '岗位', '人才', '考核', '晋升', '聘任', '人事', '引进'],
  后勤: [
    '食堂',
    '停车',
    '宿舍',
    '维修',
    '校车',
    '班车',
    '绿化',
    '道路',
    '水电',
    '物业',
    '餐厅',
    '快递',
    '电梯',
    '空调',
  ],
  福利: [
    '体检',
    '福利',
    '慰问',
    '疗休养',
    '节日',
    '补贴',
    '补助',
    '子女',
    '托管',
    '健身',
    '医疗',
    '工会会员',
  ],
};

/** Splits a text at numbered items: "1." "2、" "（3）" "④" "五、". One item when there are none. */
export function numberedItems(text: string): string[] {
  const marker =
    /(?:^|[\s。；;：:])(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]{1,2}、)/gu;
  const starts: number[] = [];
  for (const m of text.matchAll(marker)) starts.push(m.index ?? 0);
  if (starts.length < 2) return [text];
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim()).filter(Boolean);
}

/** The areas a piece of text touches, by keyword. */
export function areasOf(text: string): Category[] {
  return (Object.keys(AREA_WORDS) as (keyof typeof AREA_WORDS)[]).filter((area) =>
    AREA_WORDS[area].some((w) => text.includes(w)),
  );
}

/**
 * 一事一案, as a heuristic: warn when the suggestion lists several numbered items and they are
 * about different areas (e.g. one on 食堂, one on 职称). It warns and explains; it does not block,
 * because items about one subject often mention other words too.
 */
export function oneSubjectWarning(c: Pick<Content, 'kind' | 'suggestion'>): Check | null {
  if (c.kind !== 'proposal') return null;
  const items = numberedItems(c.suggestion);
  if (items.length < 2) return null;
  // an item counts for an area only when that is the only area it names
  const areas = new Set<Category>();
  for (const item of items) {
    const a = areasOf(item);
    if (a.length === 1) areas.add(a[0]);
  }
  if (areas.size < 2) return null;
  return {
    path: 'suggestion',
    message:
      `具体建议列了 ${items.length} 条，分别涉及${[...areas].join('、')}。教代会提案要求“一事一案”：` +
      '一份提案只提一件事，才能交给一个部门办理、答复得清楚。请考虑把不同的事分成几份提案。',
  };
}

/** Soft checks: shown while typing and before filing, not blocking. */
export function contentWarnings(c: Content): Check[] {
  const w = oneSubjectWarning(c);
  return w ? [w] : [];
}

// ── the filing window ──────────────────────────────────────────────────────────────────────────

export type WindowState = 'not_yet' | 'open' | 'closed';

export function windowState(
  session: Pick<SessionDoc, 'filingOpensAt' | 'filingClosesAt'>,
  now: Date,
): WindowState {
  if (now < session.filingOpensAt) return 'not_yet';
  if (now > session.filingClosesAt) return 'closed';
  return 'open';
}

export function requireWindowOpen(session: SessionDoc, now: Date): void {
  const state = windowState(session, now);
  if (state === 'not_yet') {
    throw new VisibleError(
      'proposals.window_not_open',
      `${session.name}的提案征集还没开始，${beijingDay(session.filingOpensAt)} 起可以提交。`,
    );
  }
  if (state === 'closed') {
    throw new VisibleError(
      'proposals.window_closed',
      `${session.name}的提案征集已于 ${beijingDay(session.filingClosesAt)} 截止，不能再提交或修改。`,
    );
  }
}
