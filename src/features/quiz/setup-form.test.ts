// The new-contest form's check: Beijing days to instants, minutes to seconds, plain messages.
import { EMPTY_SETUP, SETUP_DAYS, SETUP_NUMBERS, checkSetup } from './setup-form';

describe('the new-contest form', () => {
  it('turns days and minutes into the contract input', () => {
    const out = checkSetup({
      ...EMPTY_SETUP,
      name: ' 工会知识竞赛 ',
      openDay: '2026-12-01',
      closeDay: '2026-12-31',
      total: '20',
      category: '工会法',
    });
    expect(out).toEqual({
      ok: true,
      input: {
        name: '工会知识竞赛',
        openAt: '2026-12-01T00:00:00+08:00',
        closeAt: '2026-12-31T23:59:59+08:00',
        questionsPerAttempt: 10,
        secondsPerAttempt: 600,
        attemptsPerDay: 3,
        attemptsTotal: 20,
        pointsPerQuestion: 10,
        draw: [{ category: '工会法', count: 10 }],
        reveal: 'after_attempt',
      },
    });
  });

  it('names each bad field in plain words', () => {
    const out = checkSetup({
      ...EMPTY_SETUP,
      openDay: '2026-12-10',
      closeDay: '2026-12-01',
      questions: '0',
      total: '2',
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toEqual({
      name: '请填写竞赛名称',
      closeDay: '结束日期不能早于开始日期',
      questions: '每次题数应为 1 到 100 之间的整数',
      total: '总次数不能少于每天次数',
    });
  });
});

it('shows a problem under each field the form lists, named by its label', () => {
  const base = { ...EMPTY_SETUP, name: '竞赛', openDay: '2026-12-01', closeDay: '2026-12-31' };
  for (const f of SETUP_NUMBERS) {
    const out = checkSetup({ ...base, [f.key]: '-1' });
    expect([f.key, out.ok]).toEqual([f.key, false]);
    if (!out.ok) expect(Object.keys(out.errors)).toEqual([f.key]);
  }
  for (const f of SETUP_DAYS) {
    const out = checkSetup({ ...base, [f.key]: '' });
    expect(out.ok ? [] : Object.keys(out.errors)).toContain(f.key);
  }
});
