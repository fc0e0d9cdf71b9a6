// The year report's pure rules, with hand-computed numbers.
import type { Report } from './contract';
import {
  averageOf,
  cacheKeyOf,
  careCell,
  careText,
  instantsOf,
  monthsOf,
  percent,
  previousSpan,
  rate,
  scopeFor,
  summaryParagraphs,
  versus,
  yearSpan,
  yuanWords,
} from './rules';

describe('spans', () => {
  it('a Beijing calendar year starts at 16:00 UTC the day before', () => {
    const { start, end } = instantsOf(yearSpan(2026));
    expect(start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
  it('last year is the same days; 29 February becomes 28 February', () => {
    expect(previousSpan(yearSpan(2026))).toEqual(yearSpan(2025));
    expect(previousSpan({ from: '2028-02-29', to: '2028-06-30' })).toEqual({
      from: '2027-02-28',
      to: '2027-06-30',
    });
  });
  it('lists the months a span touches, across a new year', () => {
    expect(monthsOf(yearSpan(2026))).toHaveLength(12);
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
  it('caches per span, branch and day', () => {
    expect(cacheKeyOf(yearSpan(2026), null, '2026-12-02')).toBe(
      '2026-01-01_2026-12-31:all:2026-12-02',
    );
    expect(cacheKeyOf(yearSpan(2026), 'b06', '2026-12-02')).toBe(
      '2026-01-01_2026-12-31:b06:2026-12-02',
    );
  });
});

describe('numbers in words', () => {
  it('rates to four places and percentages to one', () => {
    expect(rate(13, 16)).toBe(0.8125);
    expect(rate(1, 0)).toBe(0);
    expect(percent(0.8125)).toBe('81.3%');
  });
  it('says 万元 from ten thousand yuan up', () => {
    expect(yuanWords(203_560_000)).toBe('203.6 万元');
    expect(yuanWords(14_600_000)).toBe('14.6 万元');
    expect(yuanWords(123_450)).toBe('1234.5 元');
  });
  it('compares with last year', () => {
    expect(versus(12, 9, '场')).toBe('（上年 9 场，增加 3 场）');
    expect(versus(5, 5, '人')).toBe('（上年 5 人，持平）');
    expect(versus(2, 4, '件')).toBe('（上年 4 件，减少 2 件）');
    expect(versus(2, undefined, '件')).toBe('');
  });
});

describe("care's small cells", () => {
  it('hides 1 and 2 and their amount, shows 0 and 3', () => {
    expect(careCell(0, 0)).toEqual({ count: 0, amountFen: 0 });
    expect(careCell(1, 500_000)).toEqual({ count: null, amountFen: null });
    expect(careCell(2, 900_000)).toEqual({ count: null, amountFen: null });
    expect(careCell(3, 1_200_000)).toEqual({ count: 3, amountFen: 1_200_000 });
    expect(careText({ count: null, amountFen: null })).toBe('<3');
  });
});

describe('who sees which branch', () => {
  const admin = { admin: true, chairs: [] };
  const chair = { admin: false, chairs: ['b06'] };
  it('admins: any branch or the whole union', () => {
    expect(scopeFor(admin, undefined)).toBeNull();
    expect(scopeFor(admin, 'b01')).toBe('b01');
  });
  it('a chair: their own by default, never another', () => {
    expect(scopeFor(chair, undefined)).toBe('b06');
    expect(scopeFor(chair, 'b06')).toBe('b06');
    expect(() => scopeFor(chair, 'b01')).toThrow('只能查看自己分工会');
  });
  it('anyone else: nothing', () => {
    expect(() => scopeFor({ admin: false, chairs: [] }, undefined)).toThrow('只给校工会');
  });
});

describe('the Word draft', () => {
  it('carries the numbers in the union’s sentences', () => {
    const zero = {
      held: 0,
      signups: 0,
      attended: 0,
      people: 0,
      attendanceRate: 0,
      byType: [],
      byMonth: [],
      byBranch: [],
    };
    const r = {
      from: '2026-01-01',
      to: '2026-12-31',
      events: {
        ...zero,
        held: 12,
        signups: 400,
        attended: 350,
        people: 210,
        attendanceRate: 0.875,
        byType: [{ key: '讲座', label: '讲座', value: 5 }],
      },
      welfare: { batches: 6, handedOver: 2800, valueFen: 203_560_000, byBatch: [], byBranch: [] },
      walkathon: { campaigns: 1, participants: 480, compliant: 400, rate: 0.8333, topTeams: [] },
      clubs: { clubs: 4, members: 120, joined: 30, posts: 55 },
      proposals: {
        filed: 30,
        proposals: 8,
        suggestions: 22,
        accepted: 30,
        answered: 22,
        inHandling: 8,
        rated: 0,
        satisfied: 0,
        satisfaction: 0,
      },
      care: {
        cases: { count: null, amountFen: null },
        byProgramme: [],
        visits: { count: 200, amountFen: 10_000_000 },
        suppressed: true,
      },
      trips: { groups: 10, placed: 400, travelled: 396 },
      checkups: { booked: 2000, done: 1900, byBranch: [] },
      quiz: { contests: 2, attempts: 900, people: 600, averageBest: 86.5, byBranch: [] },
      honours: {
        rounds: 1,
        nominated: 60,
        accepted: 50,
        awarded: 30,
        byCategory: [
          { key: '优秀工会积极分子', label: '优秀工会积极分子', value: 20 },
          { key: '优秀工会干部', label: '优秀工会干部', value: 10 },
        ],
        byBranch: [],
      },
      contests: { contests: 1, entries: 25, people: 24, sheets: 125, byBranch: [] },
      previous: null,
    } as unknown as Report;
    r.previous = {
      ...r,
      events: { ...r.events, held: 10 },
      quiz: { ...r.quiz, contests: 1 },
      honours: { ...r.honours, awarded: 28 },
      contests: { ...r.contests, entries: 30 },
    };
    const text = summaryParagraphs(r)
      .flatMap((p) => p.sentences)
      .join('');
    expect(text).toContain(
      '全年举办活动 12 场（上年 10 场，增加 2 场），报名 400 人次，参与教职工 350 人次（210 人），到场率 87.5%。其中讲座 5 场。',
    );
    expect(text).toContain('全年组织 6 次福利发放');
    expect(text).toContain('总计约 203.6 万元');
    expect(text).toContain('480 名教职工参与');
    expect(text).toContain('达标率 83.3%');
    expect(text).toContain('收到提案 8 件、建议 22 件');
    expect(text).toContain('已答复 22 件，8 件正在办理');
    expect(text).toContain('帮扶不足 3 人次');
    expect(text).toContain('慰问教职工 200 人次');
    expect(text).toContain('实际出行 396 人');
    expect(text).toContain(
      '全年举办知识竞赛 2 场（上年 1 场，增加 1 场），900 人次参加（600 人），平均最好成绩 86.5 分。',
    );
    expect(text).toContain(
      '全年组织竞赛 1 项，参赛 25 人次（24 人）（上年 30 人次，减少 5 人次），评委提交评分表 125 份。',
    );
    expect(text).toContain(
      '评选表彰先进 30 人（上年 28 人，增加 2 人）。其中优秀工会积极分子 20 人、优秀工会干部 10 人。',
    );
  });

  it('says plainly when there was no quiz, contest or honours round', () => {
    const none = summaryParagraphs({
      from: '2026-01-01',
      to: '2026-12-31',
      events: { held: 0, signups: 0, attended: 0, people: 0, attendanceRate: 0, byType: [] },
      welfare: { batches: 0, handedOver: 0, valueFen: 0 },
      walkathon: { campaigns: 0 },
      clubs: { clubs: 0, members: 0, joined: 0, posts: 0 },
      proposals: { rated: 0 },
      care: { cases: { count: 0, amountFen: 0 }, byProgramme: [], visits: { count: 0 } },
      trips: { groups: 0, placed: 0, travelled: 0 },
      checkups: { booked: 0, done: 0 },
      quiz: { contests: 0 },
      honours: { rounds: 0, awarded: 0, byCategory: [] },
      contests: { contests: 0 },
      previous: null,
    } as unknown as Report);
    expect(none.at(-1)).toEqual({
      heading: '八、竞赛与评优',
      sentences: ['全年未举办知识竞赛。', '全年未组织竞赛评分。', '全年未开展评优评先。'],
    });
  });
});

describe('averageOf', () => {
  it('rounds a mean to one decimal and is 0 with nothing to divide', () => {
    expect(averageOf(345, 4)).toBe(86.3); // 86.25
    expect(averageOf(100, 3)).toBe(33.3);
    expect(averageOf(0, 0)).toBe(0);
  });
});
