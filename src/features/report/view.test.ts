// The report page's lines and charts from a report.
import type { Report } from '../../../domain/report/contract';
import { sectionsOf, yearChoices } from './view';

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
const base = {
  year: 2026,
  from: '2026-01-01',
  to: '2026-12-31',
  branchId: null,
  branchName: '全校',
  computedAt: '2026-12-02T00:00:00.000Z',
  cached: false,
  events: {
    ...zero,
    held: 12,
    signups: 40,
    attended: 30,
    people: 20,
    attendanceRate: 0.75,
    byBranch: [{ key: 'b01', label: '机关', value: 3 }],
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
    visits: { count: 5, amountFen: 100_000 },
    suppressed: true,
  },
  trips: { groups: 10, placed: 400, travelled: 396 },
  checkups: { booked: 2000, done: 1900, byBranch: [] },
  quiz: {
    contests: 2,
    attempts: 900,
    people: 600,
    averageBest: 86.5,
    byBranch: [{ key: 'b01', label: '机关', value: 40 }],
  },
  honours: {
    rounds: 1,
    nominated: 60,
    accepted: 50,
    awarded: 30,
    byCategory: [{ key: '优秀工会积极分子', label: '优秀工会积极分子', value: 30 }],
    byBranch: [{ key: 'b01', label: '机关', value: 2 }],
  },
  contests: {
    contests: 1,
    entries: 25,
    people: 25,
    sheets: 125,
    byBranch: [{ key: 'b01', label: '机关', value: 3 }],
  },
  previous: null,
} as Report;

describe('sectionsOf', () => {
  it('shows every section, and the figures that open a list', () => {
    const s = sectionsOf(base);
    expect(s.map((x) => x.title)).toEqual([
      '活动',
      '福利发放',
      '健步走',
      '社团',
      '提案和建议',
      '关爱帮扶',
      '疗休养',
      '体检',
      '知识竞赛',
      '评优评先',
      '竞赛评分',
    ]);
    expect(s[0].lines[0]).toEqual({
      label: '举办活动（场）',
      value: '12',
      previous: null,
      figure: 'events.held',
    });
    expect(s[1].lines[2].value).toBe('203.6 万元');
    expect(s[2].lines[2].value).toBe('83.3%');
    expect(s[8].lines.map((l) => [l.value, l.figure])).toEqual([
      ['2', undefined],
      ['900', undefined],
      ['600', 'quiz.people'],
      ['86.5', undefined],
    ]);
    expect(s[9].lines[3]).toMatchObject({ value: '30', figure: 'honours.awarded' });
    expect(s[10].lines[1]).toMatchObject({ value: '25', figure: 'contests.entries' });
    expect(s[9].charts.map((c) => c.title)).toEqual(['各项荣誉（人）', '各分工会受表彰（人次）']);
  });
  it('shows a chair no by-branch chart of quiz, honours or contests', () => {
    const s = sectionsOf({ ...base, branchId: 'b01' });
    for (const key of ['quiz', 'honours', 'contests'])
      expect(s.find((x) => x.key === key)!.charts.some((c) => c.branches)).toBe(false);
  });
  it('never opens a care list, and shows small care cells as <3 with no amount', () => {
    const care = sectionsOf(base).find((x) => x.key === 'care')!;
    expect(care.lines.some((l) => l.figure)).toBe(false);
    expect(care.lines[0].value).toBe('<3');
    expect(care.lines[1].value).toBe('不显示');
  });
  it('puts last year beside when there is one; a branch has no by-branch chart', () => {
    const withPrev = sectionsOf({
      ...base,
      previous: { ...base, events: { ...base.events, held: 9 } },
    });
    expect(withPrev[0].lines[0].previous).toBe('9');
    expect(sectionsOf(base)[0].charts.some((c) => c.branches)).toBe(true);
    expect(sectionsOf({ ...base, branchId: 'b06' })[0].charts.some((c) => c.branches)).toBe(false);
    expect(sectionsOf(base)[1].charts.map((c) => c.title)).toEqual([
      '各次发放的礼包（份）',
      '各分工会领到的礼包（份）',
    ]);
  });
});

describe('yearChoices', () => {
  it('offers this year and the four before, not before 2020', () => {
    expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearChoices(2021)).toEqual([2021, 2020]);
  });
});
