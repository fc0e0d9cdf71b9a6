// Pure decisions of the year report: spans (Beijing calendar), who sees which branch, care's
// small-cell rule, rates, the cache key and the sentences of the Word draft.
import { VisibleError } from '../errors';
import { addDays, startOfBeijingDay } from '../time';
import type { Bar, CareCell, FigureSet, Report } from './contract';

/** A span of Beijing calendar days, both ends included. */
export interface Span {
  from: string;
  to: string;
}

export const yearSpan = (year: number): Span => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The same days one year earlier (29 Feb becomes 28 Feb). */
export function previousSpan(s: Span): Span {
  const back = (d: string) => {
    const y = Number(d.slice(0, 4)) - 1;
    const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(s.from), to: back(s.to) };
}

/** The instants [start, end) of a span. */
export function instantsOf(s: Span): { start: Date; end: Date } {
  return { start: startOfBeijingDay(s.from), end: startOfBeijingDay(addDays(s.to, 1)) };
}

/** The months a span touches, "YYYY-MM", in order. */
export function monthsOf(s: Span): string[] {
  const out: string[] = [];
  let y = Number(s.from.slice(0, 4));
  let m = Number(s.from.slice(5, 7));
  const last = s.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

export const monthLabel = (key: string) => `${Number(key.slice(5, 7))}月`;

/** A share rounded to 4 places (0.8125), 0 when there is nothing to divide. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/** A mean to one decimal (86.25 → 86.3), 0 when there is nothing to divide. */
export function averageOf(sum: number, n: number): number {
  return n === 0 ? 0 : Math.round((sum / n) * 10) / 10;
}

/** "81.3%" */
export const percent = (r: number) => `${(Math.round(r * 1000) / 10).toFixed(1)}%`;

/** Fen as 元 with at most two decimals: 1234500 → "12345", 1234550 → "12345.5". */
export function yuan(fen: number): string {
  return String(Math.round(fen) / 100);
}

/** 元 for a sentence: 万元 from ten thousand up ("约 203.6 万元"). */
export function yuanWords(fen: number): string {
  const y = fen / 100;
  if (y >= 10_000) return `${Math.round(y / 1000) / 10} 万元`;
  return `${yuan(fen)} 元`;
}

/** Care cells of fewer than this many cases are never shown (nor their amount). */
export const CARE_MIN_CELL = 3;

/**
 * Care's small-cell rule: a count of 1 or 2 could point at a person, so it and its amount are
 * hidden (shown as "<3"); 0 stays 0.
 */
export function careCell(count: number, amountFen: number): CareCell {
  if (count > 0 && count < CARE_MIN_CELL) return { count: null, amountFen: null };
  return { count, amountFen };
}

export const careText = (c: CareCell) => (c.count === null ? `<${CARE_MIN_CELL}` : String(c.count));

export interface Viewer {
  admin: boolean;
  /** branches this caller chairs */
  chairs: string[];
}

/**
 * Which branch a report is for: admins any branch or the whole union (null); a chair their own
 * branch (the default when they name none), never another's; anyone else nothing.
 */
export function scopeFor(v: Viewer, asked: string | undefined): string | null {
  if (v.admin) return asked ?? null;
  if (v.chairs.length === 0)
    throw new VisibleError('auth.forbidden', '年度工作数据只给校工会和分工会主席查看。');
  const branchId = asked ?? v.chairs[0];
  if (!v.chairs.includes(branchId))
    throw new VisibleError('auth.forbidden', '你只能查看自己分工会的年度数据。');
  return branchId;
}

/** One cached report per span, branch and Beijing day: "2026-01-01_2026-12-31:b06:2026-12-02". */
export const cacheKeyOf = (s: Span, branchId: string | null, day: string) =>
  `${s.from}_${s.to}:${branchId ?? 'all'}:${day}`;

/** Does a figure set hold any record at all (for "year over year where the earlier year has data")? */
export function hasData(f: FigureSet): boolean {
  return (
    f.events.held +
      f.events.signups +
      f.welfare.batches +
      f.welfare.handedOver +
      f.walkathon.participants +
      f.clubs.joined +
      f.clubs.posts +
      f.proposals.filed +
      (f.care.cases.count ?? 1) +
      (f.care.visits.count ?? 1) +
      f.trips.placed +
      f.checkups.booked +
      f.quiz.attempts +
      f.honours.nominated +
      f.honours.awarded +
      f.contests.entries >
    0
  );
}

/** Bars in a fixed order of keys, filling missing keys with 0. */
export function barsOf(
  keys: readonly string[],
  values: Map<string, number>,
  label: (k: string) => string,
): Bar[] {
  return keys.map((k) => ({ key: k, label: label(k), value: values.get(k) ?? 0 }));
}

/** Change against last year in words: "（上年 12 场，增加 3 场）". */
export function versus(now: number, before: number | undefined, unit: string): string {
  if (before === undefined) return '';
  const d = now - before;
  const change = d === 0 ? '持平' : d > 0 ? `增加 ${d} ${unit}` : `减少 ${-d} ${unit}`;
  return `（上年 ${before} ${unit}，${change}）`;
}

/**
 * The Word draft's paragraphs: one heading per section and sentences carrying the numbers, in the
 * union's own way of writing its year-end report ("全年举办活动 N 场，参与教职工 M 人次……").
 */
export function summaryParagraphs(r: Report): { heading: string; sentences: string[] }[] {
  const p = r.previous ?? undefined;
  const whole = r.from.slice(5) === '01-01' && r.to.slice(5) === '12-31' ? '全年' : '期间';
  const e = r.events;
  const w = r.welfare;
  const s = r.walkathon;
  const c = r.clubs;
  const pr = r.proposals;
  const care = r.care;
  const types = e.byType
    .filter((b) => b.value > 0)
    .map((b) => `${b.label} ${b.value} 场`)
    .join('、');
  const out: { heading: string; sentences: string[] }[] = [
    {
      heading: '一、活动组织',
      sentences: [
        `${whole}举办活动 ${e.held} 场${versus(e.held, p?.events.held, '场')}，` +
          `报名 ${e.signups} 人次，参与教职工 ${e.attended} 人次（${e.people} 人），` +
          `到场率 ${percent(e.attendanceRate)}。` +
          (types ? `其中${types}。` : ''),
      ],
    },
    {
      heading: '二、普惠福利',
      sentences: [
        `${whole}组织 ${w.batches} 次福利发放${versus(w.batches, p?.welfare.batches, '次')}，` +
          `发放礼包 ${w.handedOver} 份，总计约 ${yuanWords(w.valueFen)}。`,
      ],
    },
    {
      heading: '三、健步走',
      sentences: [
        s.campaigns === 0
          ? `${whole}未开展健步走活动。`
          : `${whole}开展健步走活动 ${s.campaigns} 期，${s.participants} 名教职工参与` +
            `${versus(s.participants, p?.walkathon.participants, '人')}，达标 ${s.compliant} 人，` +
            `达标率 ${percent(s.rate)}` +
            (p && p.walkathon.participants > 0 ? `（上年 ${percent(p.walkathon.rate)}）` : '') +
            '。' +
            (s.topTeams[0] ? `达标率最高的队伍是${s.topTeams[0].label}。` : ''),
      ],
    },
    {
      heading: '四、社团活动',
      sentences: [
        `现有社团 ${c.clubs} 个，成员 ${c.members} 人；${whole}新加入 ${c.joined} 人，` +
          `发布社团动态 ${c.posts} 条。`,
      ],
    },
    {
      heading: '五、民主管理',
      sentences: [
        `${whole}收到提案 ${pr.proposals} 件、建议 ${pr.suggestions} 件` +
          `${versus(pr.filed, p?.proposals.filed, '件')}，立案 ${pr.accepted} 件，` +
          `已答复 ${pr.answered} 件，${pr.inHandling} 件正在办理。` +
          (pr.rated > 0 ? `提案人满意率 ${percent(pr.satisfaction)}。` : ''),
      ],
    },
    {
      heading: '六、关爱帮扶',
      sentences: [
        (care.cases.count === null
          ? `${whole}帮扶不足 ${CARE_MIN_CELL} 人次（为保护隐私不列金额）。`
          : `${whole}帮扶 ${care.cases.count} 人次，金额 ${yuanWords(care.cases.amountFen ?? 0)}。`) +
          care.byProgramme
            .filter((b) => b.count !== null && b.count > 0)
            .map((b) => `${b.label} ${b.count} 人次，${yuanWords(b.amountFen ?? 0)}。`)
            .join('') +
          (care.visits.count === null
            ? ''
            : `慰问教职工 ${care.visits.count} 人次，慰问品价值 ${yuanWords(care.visits.amountFen ?? 0)}。`),
      ],
    },
    {
      heading: '七、疗休养与体检',
      sentences: [
        `${whole}组织疗休养 ${r.trips.groups} 批，安排 ${r.trips.placed} 人，实际出行 ${r.trips.travelled} 人` +
          `${versus(r.trips.travelled, p?.trips.travelled, '人')}。`,
        `体检预约 ${r.checkups.booked} 人，已完成体检 ${r.checkups.done} 人。`,
      ],
    },
    {
      heading: '八、竞赛与评优',
      sentences: [
        r.quiz.contests === 0
          ? `${whole}未举办知识竞赛。`
          : `${whole}举办知识竞赛 ${r.quiz.contests} 场${versus(r.quiz.contests, p?.quiz.contests, '场')}，` +
            `${r.quiz.attempts} 人次参加（${r.quiz.people} 人），平均最好成绩 ${r.quiz.averageBest} 分。`,
        r.contests.contests === 0
          ? `${whole}未组织竞赛评分。`
          : `${whole}组织竞赛 ${r.contests.contests} 项，参赛 ${r.contests.entries} 人次` +
            `（${r.contests.people} 人）${versus(r.contests.entries, p?.contests.entries, '人次')}，` +
            `评委提交评分表 ${r.contests.sheets} 份。`,
        r.honours.rounds === 0 && r.honours.awarded === 0
          ? `${whole}未开展评优评先。`
          : `${whole}开展评优评先 ${r.honours.rounds} 次，推荐 ${r.honours.nominated} 人次，` +
            `通过审核 ${r.honours.accepted} 人次，评选表彰先进 ${r.honours.awarded} 人` +
            `${versus(r.honours.awarded, p?.honours.awarded, '人')}。` +
            (r.honours.byCategory.length
              ? `其中${r.honours.byCategory.map((b) => `${b.label} ${b.value} 人`).join('、')}。`
              : ''),
      ],
    },
  ];
  return out;
}
