// The quiz pages' pure helpers: the countdown by the server's clock, durations, choices.
import {
  choose,
  clock,
  duration,
  msLeft,
  percent,
  questionHint,
  rulesLine,
  unanswered,
} from './view';

describe('quiz view helpers', () => {
  it('counts down by the server clock, whatever the phone says', () => {
    // the phone is 5 minutes fast: received at phone time 10:05:00 while the server said 10:00:00
    const phoneAt = Date.parse('2026-12-01T02:05:00Z');
    const left = msLeft('2026-12-01T02:10:00Z', '2026-12-01T02:00:00Z', phoneAt, phoneAt + 60_000);
    expect(left).toBe(9 * 60_000);
    expect(
      msLeft('2026-12-01T02:10:00Z', '2026-12-01T02:00:00Z', phoneAt, phoneAt + 3_600_000),
    ).toBe(0);
    expect(clock(125_000)).toBe('2:05');
    expect(clock(400)).toBe('0:01');
  });

  it('says durations and rates plainly', () => {
    expect(duration(40_400)).toBe('40 秒');
    expect(duration(125_000)).toBe('2 分 5 秒');
    expect(duration(600_000)).toBe('10 分');
    expect(percent(1 / 3)).toBe('33.3%');
    expect(
      rulesLine({
        questionsPerAttempt: 10,
        secondsPerAttempt: 600,
        attemptsPerDay: 3,
        attemptsTotal: null,
        pointsPerQuestion: 10,
      }),
    ).toBe('每次 10 道题，限时 10 分，每题 10 分；每天可以答 3 次，取最好成绩。');
  });

  it('chooses one key or toggles a set, and lists the unanswered', () => {
    expect(choose(['A'], 'B', false)).toEqual(['B']);
    expect(choose(['C'], 'A', true)).toEqual(['A', 'C']);
    expect(choose(['A', 'C'], 'A', true)).toEqual(['C']);
    expect(
      unanswered(
        ['q1', 'q2', 'q3'],
        new Map([
          ['q2', ['A']],
          ['q3', []],
        ]),
      ),
    ).toEqual([1, 3]);
  });
});

it("says a bank question's type, answer, category and difficulty in one line", () => {
  expect(questionHint({ type: 'judge', answer: ['A'], category: '工会法', difficulty: '易' })).toBe(
    '判断 · 答案 对 · 工会法 · 易',
  );
  expect(questionHint({ type: 'judge', answer: ['B'], category: '', difficulty: '中' })).toBe(
    '判断 · 答案 错 · 未分类 · 中',
  );
  expect(
    questionHint({ type: 'multi', answer: ['A', 'C', 'D'], category: '', difficulty: '难' }),
  ).toBe('多选 · 答案 ACD · 未分类 · 难');
});
