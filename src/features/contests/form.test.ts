// The contest forms: criteria lines, the setup input, a judge's typed scores and the preview.
import { parseCriteria, previewTotal, toCreateInput, toScores, TEACHING_CRITERIA } from './form';

const TEACHING = parseCriteria(TEACHING_CRITERIA);

describe('the setup form', () => {
  it('reads criteria however they are typed', () => {
    expect(parseCriteria('教学设计 20\n课堂教学：75%\n 教学反思,５分 \n\n')).toEqual([
      { name: '教学设计', weight: 20 },
      { name: '课堂教学', weight: 75 },
      { name: '教学反思', weight: 5 },
    ]);
    expect(parseCriteria('没有权重')[0].weight).toBeNaN();
  });
  it('builds two rounds for a college contest and an age rule', () => {
    const input = toCreateInput({
      name: ' 青年教师教学竞赛 ',
      criteria: TEACHING_CRITERIA,
      judges: '100010，100011、 100012',
      rounds: 'college',
      advance: '2',
      maxAge: '40',
      onDay: '2026-09-01',
    });
    expect(input).toEqual({
      name: '青年教师教学竞赛',
      criteria: TEACHING,
      judges: ['100010', '100011', '100012'],
      rounds: [
        { name: '学院初赛', groupBy: 'branch', advance: 2 },
        { name: '校级决赛', groupBy: 'all' },
      ],
      eligibility: { onDay: '2026-09-01', maxAge: 40 },
    });
  });
});

describe('a judge sheet', () => {
  it('takes full-width digits and a trailing 分', () => {
    expect(toScores(TEACHING, { 教学设计: '９０', 课堂教学: '88.5分', 教学反思: '80' })).toEqual({
      ok: true,
      scores: { 教学设计: 90, 课堂教学: 88.5, 教学反思: 80 },
    });
  });
  it('names the first missing or bad score', () => {
    expect(toScores(TEACHING, { 教学设计: '90' })).toEqual({
      ok: false,
      message: '请给「课堂教学」打分',
    });
    const bad = toScores(TEACHING, { 教学设计: '90', 课堂教学: '101', 教学反思: '1' });
    expect(bad.ok).toBe(false);
    expect(toScores(TEACHING, { 教学设计: '90', 课堂教学: '88.555', 教学反思: '1' }).ok).toBe(
      false,
    );
    expect(toScores(TEACHING, { 教学设计: '-1', 课堂教学: '88', 教学反思: '1' }).ok).toBe(false);
  });
  it('previews the weighted total as the server computes it: 89.025 → 89.03', () => {
    expect(previewTotal(TEACHING, { 教学设计: 92, 课堂教学: 88.5, 教学反思: 85 })).toBe('89.03');
  });
});
