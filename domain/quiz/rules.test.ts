// Rules of knowledge contests with hand-computed numbers: bank rows, seeded draws and shuffles,
// scoring, attempt limits, the too-fast flag and rankings with ties.
import {
  decideStart,
  deadlineOf,
  drawItem,
  drawQuestionIds,
  finalTotals,
  isBetter,
  isRight,
  keysProblem,
  parseAnswerLetters,
  questionIdOf,
  rankPeople,
  rankTeams,
  rngOf,
  scoreOf,
  tooFast,
  validateBankRows,
} from './rules';

const row = (line: number, cells: Record<string, string>) => ({ line, cells });

describe('bank rows', () => {
  it('reads single, multiple and true/false questions', () => {
    const { valid, bad } = validateBankRows([
      row(2, {
        题型: '单选',
        题干: '一加一等于几？',
        选项A: '1',
        选项B: '2',
        答案: 'b',
        难度: '易',
      }),
      row(3, {
        题型: '多选题',
        题干: '哪些是偶数？',
        选项A: '2',
        选项B: '3',
        选项C: '4',
        答案: 'A,C',
      }),
      row(4, { 题型: '判断', 题干: '工会经费可以用于文体活动。', 答案: '√', 分类: '工会法' }),
    ]);
    expect(bad).toEqual([]);
    expect(valid.map((q) => [q.type, q.answer.join(''), q.options.length, q.difficulty])).toEqual([
      ['single', 'B', 2, '易'],
      ['multi', 'AC', 3, '中'],
      ['judge', 'A', 2, '中'],
    ]);
    expect(valid[2].options).toEqual([
      { key: 'A', text: '对' },
      { key: 'B', text: '错' },
    ]);
  });

  it('names every problem of a row, and a duplicate by its first line', () => {
    const { valid, bad } = validateBankRows([
      row(2, { 题型: '单选', 题干: '重复的题', 选项A: '甲', 选项B: '乙', 答案: 'A' }),
      row(3, { 题型: '单选', 题干: '重复的题 ', 选项A: '甲', 选项B: '乙', 答案: 'B' }),
      row(4, { 题型: '单选', 题干: '同样的选项', 选项A: '甲', 选项B: '甲', 答案: 'C' }),
      row(5, { 题型: '多选', 题干: '只有一个答案', 选项A: '甲', 选项B: '乙', 答案: 'A' }),
      row(6, { 题型: '问答', 题干: '题型不对', 答案: 'A' }),
    ]);
    expect(valid).toHaveLength(1);
    expect(bad.map((b) => [b.line, b.reasons])).toEqual([
      [3, ['与第 2 行是同一道题（重复）']],
      [4, ['有两个选项内容相同', '答案 C 不在选项里']],
      [5, ['多选题的答案至少要有两个选项']],
      [6, ['题型“问答”不认识，只能是 单选、多选 或 判断']],
    ]);
  });

  it('keeps a question id stable across spacing, different across type', () => {
    expect(questionIdOf('single', '一加一  等于几？')).toBe(
      questionIdOf('single', ' 一加一 等于几？'),
    );
    expect(questionIdOf('single', 'x')).not.toBe(questionIdOf('multi', 'x'));
    expect(parseAnswerLetters('c a、d')).toEqual(['A', 'C', 'D']);
  });

  it('reads keys like constructor or __proto__ safely', () => {
    const { bad } = validateBankRows([
      row(2, { 题型: 'constructor', 题干: '__proto__', 答案: 'toString' }),
    ]);
    expect(bad[0].reasons[0]).toMatch(/题型“constructor”不认识/);
  });
});

describe('seeded draw and shuffle', () => {
  const ids = Array.from({ length: 40 }, (_v, i) => `q${i}`);

  it('draws the same paper for the same seed and a different one for another', () => {
    const a = drawQuestionIds([{ count: 10, ids }], rngOf('salt:qc-1:100010:1'));
    const b = drawQuestionIds([{ count: 10, ids }], rngOf('salt:qc-1:100010:1'));
    const c = drawQuestionIds([{ count: 10, ids }], rngOf('salt:qc-1:100011:1'));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(10);
    expect(a).not.toEqual(c);
  });

  it("takes each pool's count and never one question twice", () => {
    const pools = [
      { count: 3, ids: ['a', 'b', 'c', 'd'] },
      { count: 2, ids: ['a', 'b', 'c', 'd', 'e'] },
    ];
    for (let s = 0; s < 50; s++) {
      const out = drawQuestionIds(pools, rngOf(`s${s}`));
      expect(out).toHaveLength(5);
      expect(new Set(out).size).toBe(5);
    }
  });

  it('re-letters shuffled options and maps the answer to the shown keys', () => {
    const q = {
      questionId: 'q1',
      type: 'multi' as const,
      text: '哪些是偶数？',
      options: [
        { key: 'A', text: '2' },
        { key: 'B', text: '3' },
        { key: 'C', text: '4' },
        { key: 'D', text: '5' },
      ],
      answer: ['A', 'C'],
      explanation: '',
    };
    let moved = 0;
    for (let s = 0; s < 20; s++) {
      const d = drawItem(q, rngOf(`p${s}`));
      expect(d.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
      const shownRight = d.options
        .filter((o) => o.text === '2' || o.text === '4')
        .map((o) => o.key);
      expect(d.answer).toEqual(shownRight.sort());
      if (d.options.map((o) => o.text).join() !== '2,3,4,5') moved += 1;
    }
    expect(moved).toBeGreaterThan(10);
  });
});

describe('scoring', () => {
  it('single and true/false: the one key; multiple: all or nothing', () => {
    expect(isRight(['B'], ['B'])).toBe(true);
    expect(isRight(['B'], ['A'])).toBe(false);
    expect(isRight(['A', 'C'], ['C', 'A'])).toBe(true);
    expect(isRight(['A', 'C'], ['A'])).toBe(false);
    expect(isRight(['A', 'C'], ['A', 'C', 'D'])).toBe(false);
    expect(isRight(['A'], undefined)).toBe(false);
    // 3 items × 10 points: right, partial multi, unanswered → 10
    expect(
      scoreOf(
        [{ answer: ['A'] }, { answer: ['A', 'B'] }, { answer: ['B'] }],
        [['A'], ['A'], undefined],
        10,
      ),
    ).toEqual({
      correct: 1,
      score: 10,
    });
  });

  it('refuses keys outside the options, repeats, and two keys for a single', () => {
    const item = {
      type: 'single' as const,
      options: [
        { key: 'A', text: '' },
        { key: 'B', text: '' },
      ],
    };
    expect(keysProblem(item, ['C'])).toMatch(/不在选项里/);
    expect(keysProblem(item, ['A', 'B'])).toMatch(/只能选一个/);
    expect(keysProblem({ ...item, type: 'multi' }, ['A', 'A'])).toMatch(/重复/);
    expect(keysProblem({ ...item, type: 'multi' }, ['A', 'B'])).toBeNull();
  });

  it('flags under 2 s per answered question', () => {
    const t0 = new Date('2026-12-01T02:00:00Z');
    expect(tooFast(10, t0, new Date(t0.getTime() + 19_999))).toBe(true);
    expect(tooFast(10, t0, new Date(t0.getTime() + 20_000))).toBe(false);
    expect(tooFast(0, t0, null)).toBe(false);
  });

  it('ends an attempt at its limit or at the close, whichever is first', () => {
    const s = new Date('2026-12-01T02:00:00Z');
    expect(deadlineOf(s, 600, new Date('2026-12-31T00:00:00Z')).toISOString()).toBe(
      '2026-12-01T02:10:00.000Z',
    );
    expect(deadlineOf(s, 600, new Date('2026-12-01T02:05:00Z')).toISOString()).toBe(
      '2026-12-01T02:05:00.000Z',
    );
  });
});

describe('attempt limits', () => {
  const limits = { attemptsPerDay: 3, attemptsTotal: 5 };
  it("counts today's and the total; a new day starts again at 1", () => {
    expect(decideStart({ used: 2, day: '2026-12-01', dayUsed: 2 }, limits, '2026-12-01')).toEqual({
      ok: true,
      next: { used: 3, day: '2026-12-01', dayUsed: 3 },
    });
    expect(
      decideStart({ used: 3, day: '2026-12-01', dayUsed: 3 }, limits, '2026-12-01'),
    ).toMatchObject({ ok: false, code: 'day' });
    expect(decideStart({ used: 3, day: '2026-12-01', dayUsed: 3 }, limits, '2026-12-02')).toEqual({
      ok: true,
      next: { used: 4, day: '2026-12-02', dayUsed: 1 },
    });
    expect(
      decideStart({ used: 5, day: '2026-11-30', dayUsed: 1 }, limits, '2026-12-02'),
    ).toMatchObject({ ok: false, code: 'total' });
    expect(
      decideStart(
        { used: 99, day: '', dayUsed: 0 },
        { attemptsPerDay: 1, attemptsTotal: null },
        '2026-12-02',
      ).ok,
    ).toBe(true);
  });

  it('keeps the best: higher score, then shorter time', () => {
    expect(isBetter(80, 60_000, null, null)).toBe(true);
    expect(isBetter(80, 60_000, 90, 10_000)).toBe(false);
    expect(isBetter(90, 50_000, 90, 60_000)).toBe(true);
    expect(isBetter(90, 60_000, 90, 60_000)).toBe(false);
  });
});

describe('rankings with ties', () => {
  it('people: best, then time in seconds; equal ones share a rank (1, 2, 2, 4)', () => {
    const out = rankPeople([
      { staffNo: '3', best: 90, bestMs: 40_400 },
      { staffNo: '1', best: 100, bestMs: 90_000 },
      { staffNo: '2', best: 90, bestMs: 40_200 },
      { staffNo: '4', best: 90, bestMs: 41_000 },
    ]);
    expect(out.map((p) => [p.staffNo, p.rank])).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 2],
      ['4', 4],
    ]);
  });

  it('teams: participation rate as exact fractions (1/3 = 2/6), then average best', () => {
    const out = rankTeams([
      { teamId: 'a', participants: 1, members: 3, bestSum: 90 }, // 33.3 %, avg 90
      { teamId: 'b', participants: 2, members: 6, bestSum: 180 }, // 33.3 %, avg 90: ties a
      { teamId: 'c', participants: 2, members: 4, bestSum: 100 }, // 50 %, avg 50
      { teamId: 'd', participants: 2, members: 6, bestSum: 190 }, // 33.3 %, avg 95
      { teamId: 'e', participants: 0, members: 0, bestSum: 0 },
    ]);
    expect(out.map((t) => [t.teamId, t.rank, t.avgBest])).toEqual([
      ['c', 1, 50],
      ['d', 2, 95],
      ['a', 3, 90],
      ['b', 3, 90],
      ['e', 5, 0],
    ]);
    expect(out[0].rate).toBe(0.5);
  });

  it('the final: totals per round, deductions, ties share a rank', () => {
    const out = finalTotals(
      ['t1', 't2', 't3'],
      [
        { teamId: 't1', round: 'must', points: 10 },
        { teamId: 't2', round: 'buzz', points: 20 },
        { teamId: 't2', round: 'risk', points: -10 },
        { teamId: 't3', round: 'risk', points: 5 },
        { teamId: 'tx', round: 'must', points: 50 },
      ],
    );
    expect(out.map((t) => [t.teamId, t.total, t.rank, t.rounds.risk])).toEqual([
      ['t1', 10, 1, 0],
      ['t2', 10, 1, -10],
      ['t3', 5, 3, 5],
    ]);
  });
});
