// The honours pages' words and the setup form's parsing.
import { quotaText, stageHint, toCreateInput, type SetupForm } from './view';

const form: SetupForm = {
  name: '2026年度评优',
  openDay: '2026-12-01',
  closeDay: '2026-12-15',
  categories: '先进工会工作者 5% 评选20\n最美家庭 2 自荐',
  votesPerJudge: '',
  publicityDays: '7',
  judges: '100020, 100021 100022',
};

describe('toCreateInput', () => {
  it('turns one line per category into the round to create', () => {
    const r = toCreateInput(form);
    if (!r.ok) throw new Error(r.message);
    expect(r.input).toEqual({
      name: '2026年度评优',
      nominateOpenAt: '2026-11-30T16:00:00.000Z',
      nominateCloseAt: '2026-12-15T16:00:00.000Z',
      categories: [
        {
          name: '先进工会工作者',
          quota: { share: 0.05 },
          places: 20,
          selfNomination: false,
          material: '',
        },
        {
          name: '最美家庭',
          quota: { perBranch: 2 },
          places: undefined,
          selfNomination: true,
          material: '',
        },
      ],
      votesPerJudge: undefined,
      publicityDays: 7,
      judges: ['100020', '100021', '100022'],
    });
  });
  it('says which line is wrong', () => {
    const r = toCreateInput({ ...form, categories: '先进工会工作者 5%\n三八红旗手 很多' });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('第 2 行') });
    expect(toCreateInput({ ...form, categories: ' ' }).ok).toBe(false);
    expect(toCreateInput({ ...form, closeDay: '12月15日' }).ok).toBe(false);
  });
});

it('says quotas and stages in words', () => {
  expect(quotaText({ perBranch: 3 })).toBe('每个分工会 3 名');
  expect(quotaText({ share: 0.07 })).toBe('会员人数的 7%（不足 1 名的不计）');
  expect(stageHint('nominating', true)).toMatch('正在提名');
  expect(stageHint('publicity', false)).toMatch('私下向校工会反映');
});
