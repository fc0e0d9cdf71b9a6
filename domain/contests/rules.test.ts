// Contest rules with hand-computed numbers: weighted totals, the trimmed mean, rounding half up
// on the decimal value, shared places, advancing with ties at the cut-off, eligibility edges.
import {
  advancing,
  checkEligibility,
  finalScore,
  judgeTotal,
  rankOf,
  weightTotal,
  weightedSum,
  type Criterion,
} from './rules';

const TEACHING: Criterion[] = [
  { name: '教学设计', weight: 20 },
  { name: '课堂教学', weight: 75 },
  { name: '教学反思', weight: 5 },
];
const W = weightTotal(TEACHING); // 100
const sheet = (a: number, b: number, c: number) => ({ 教学设计: a, 课堂教学: b, 教学反思: c });
const same = (x: number) => weightedSum(TEACHING, sheet(x, x, x));

describe('a judge total', () => {
  it('is Σ(weight × score) ÷ Σ weights', () => {
    // (20·90 + 75·88 + 5·80) / 100 = (1800 + 6600 + 400) / 100 = 88
    expect(judgeTotal(TEACHING, sheet(90, 88, 80))).toBe(88);
    // (20·92 + 75·88.5 + 5·85) / 100 = (1840 + 6637.5 + 425) / 100 = 89.025 → 89.03
    expect(judgeTotal(TEACHING, sheet(92, 88.5, 85))).toBe(89.03);
  });
  it('reads only own keys: a criterion named "constructor" without a score counts 0', () => {
    const c = [
      { name: 'constructor', weight: 1 },
      { name: 'a', weight: 1 },
    ];
    expect(judgeTotal(c, { a: 90 })).toBe(45);
  });
  it('works with weights that do not sum to 100', () => {
    const c = [
      { name: 'a', weight: 1 },
      { name: 'b', weight: 2 },
    ];
    // (1·80 + 2·91) / 3 = 262 / 3 = 87.333… → 87.33
    expect(judgeTotal(c, { a: 80, b: 91 })).toBe(87.33);
    // (1·80 + 2·90.5) / 3 = 261 / 3 = 87
    expect(judgeTotal(c, { a: 80, b: 90.5 })).toBe(87);
  });
});

describe('the final score', () => {
  it('averages two judges exactly, then rounds once: 88 and 89.025 → 88.5125 → 88.51', () => {
    const sums = [
      weightedSum(TEACHING, sheet(90, 88, 80)),
      weightedSum(TEACHING, sheet(92, 88.5, 85)),
    ];
    expect(finalScore(sums, W)).toBe(88.51);
  });
  it('rounds half up on the decimal value: 88.125 → 88.13', () => {
    // judges at 88.25 and 88.00: mean 88.125
    expect(finalScore([same(88.25), same(88)], W)).toBe(88.13);
  });
  it('is not fooled by binary floats: 10.005 → 10.01 where float rounding gives 10', () => {
    expect(Math.round(((10.01 + 10) / 2) * 100) / 100).toBe(10);
    expect(finalScore([same(10.01), same(10)], W)).toBe(10.01);
    // and 80.004999… never appears: 80.01, 80.00, 80.00 → 80.00333… → 80.00
    expect(finalScore([same(80.01), same(80), same(80)], W)).toBe(80);
  });
  it('keeps every judge below 5 judges: 90, 80, 70, 60 → 75', () => {
    expect(finalScore([same(90), same(80), same(70), same(60)], W)).toBe(75);
  });
  it('drops one highest and one lowest from 5 judges: 80, 81, 83, 90, 60 → 244 / 3 = 81.33', () => {
    expect(finalScore([same(80), same(81), same(83), same(90), same(60)], W)).toBe(81.33);
  });
  it('drops only ONE of equal highest and lowest: 90, 90, 80, 70, 70, 85 → 325 / 4 = 81.25', () => {
    const s = [90, 90, 80, 70, 70, 85].map(same);
    expect(finalScore(s, W)).toBe(81.25);
  });
  it('trims 5 judges with weighted sheets: 88, 89.025, 86.5, 95, 70.2', () => {
    const sums = [
      weightedSum(TEACHING, sheet(90, 88, 80)), // 88
      weightedSum(TEACHING, sheet(92, 88.5, 85)), // 89.025
      weightedSum(TEACHING, sheet(86.5, 86.5, 86.5)), // 86.5
      weightedSum(TEACHING, sheet(95, 95, 95)), // 95 (dropped)
      weightedSum(TEACHING, sheet(70.2, 70.2, 70.2)), // 70.2 (dropped)
    ];
    // (88 + 89.025 + 86.5) / 3 = 263.525 / 3 = 87.841666… → 87.84
    expect(finalScore(sums, W)).toBe(87.84);
  });
  it('is null with no sheets', () => {
    expect(finalScore([], W)).toBeNull();
  });
});

describe('ranking', () => {
  it('ties share a place and the next skips: 1, 2, 2, 4; unscored last without a place', () => {
    const ranked = rankOf([
      { id: 'd', score: 80 },
      { id: 'x', score: null },
      { id: 'b', score: 85.5 },
      { id: 'a', score: 90 },
      { id: 'c', score: 85.5 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['x', null],
    ]);
  });
  it('ties at the top: 1, 1, 3', () => {
    const ranked = rankOf([
      { id: 'a', score: 70 },
      { id: 'b', score: 90 },
      { id: 'c', score: 90 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe('advancing', () => {
  it('takes the top K of each group; ties at the cut-off advance together; unscored never', () => {
    const out = advancing(
      [
        { id: 'a1', group: 'A', score: 90 },
        { id: 'a2', group: 'A', score: 85 },
        { id: 'a3', group: 'A', score: 85 },
        { id: 'a4', group: 'A', score: 80 },
        { id: 'b1', group: 'B', score: 70 },
        { id: 'b2', group: 'B', score: null },
        { id: 'constructor', group: '__proto__', score: 60 },
      ],
      2,
    );
    expect([...out].sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'constructor']);
  });
});

describe('eligibility', () => {
  const young = { onDay: '2026-09-01', maxAge: 40 };
  it('counts age on the day: 40 on the day is in, 41 is out', () => {
    expect(checkEligibility(young, { birth: '1986-09-01' }).ok).toBe(true);
    expect(checkEligibility(young, { birth: '1986-09-02' }).ok).toBe(true); // 39
    const old = checkEligibility(young, { birth: '1985-09-01' });
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.reason).toContain('已满 41 周岁');
    // a month-only birth counts from the 1st
    expect(checkEligibility(young, { birth: '1985-10' }).ok).toBe(true);
    expect(checkEligibility(young, { birth: '1985-09' }).ok).toBe(false);
  });
  it('counts full years since 入职日期', () => {
    const rule = { onDay: '2026-09-01', minServiceYears: 3 };
    expect(checkEligibility(rule, { joinedOn: '2023-09-01' }).ok).toBe(true);
    const r = checkEligibility(rule, { joinedOn: '2023-09-02' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('入职满 2 年');
  });
  it('skips a rule whose field the roster lacks, with a note', () => {
    const r = checkEligibility({ ...young, minServiceYears: 1 }, {});
    expect(r).toEqual({
      ok: true,
      notes: [
        '名册里没有出生日期，未核对年龄，请分工会核实',
        '名册里没有入职日期，未核对工作年限，请分工会核实',
      ],
    });
  });
  it('no rule: everyone', () => {
    expect(checkEligibility(null, {})).toEqual({ ok: true, notes: [] });
  });
});
