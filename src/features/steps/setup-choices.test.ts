// The walkathon setup form's pure choices: the number table, the rule and age chips, the
// confirmations' words, and the function's issues placed by field.
import {
  ageHint,
  issueErrors,
  NAME_FIELDS,
  publishAsk,
  ruleValueLabel,
  saveAsk,
  STEP_NUMBERS,
  withAgeGroups,
  withRule,
} from './setup-choices';
import { defaultSetup } from './view';

const form = { ...defaultSetup('2026-03-01'), name: '春季健步走' };

it('asks the name, then the three daily numbers in order, each with its example', () => {
  expect(NAME_FIELDS.map((n) => [n.key, n.maxlength])).toEqual([
    ['name', 40],
    ['description', 500],
  ]);
  expect(STEP_NUMBERS.map((n) => [n.key, n.label, n.placeholder])).toEqual([
    ['dailyTarget', '每日目标（步）', '例如 6000'],
    ['dailyCap', '每日上限（步）', '例如 15000'],
    ['flagAbove', '异常提醒线（步）', '例如 40000'],
  ]);
  expect(STEP_NUMBERS.every((n) => n.type === 'number')).toBe(true);
});

it('starts a chosen rule at its usual value and names the number', () => {
  const ratio = withRule({ ...form, ruleValue: '55' }, 'ratio');
  expect([ratio.ruleType, ratio.ruleValue]).toEqual(['ratio', '80']);
  expect(withRule(ratio, 'min_days').ruleValue).toBe('40');
  expect(ruleValueLabel('min_days')).toBe('需要达标的天数');
  expect(ruleValueLabel('ratio')).toBe('需要达标的天数占比（%）');
});

it('keeps a typed age when age groups stay on, 50 when turned on from none', () => {
  expect(withAgeGroups({ ...form, ageSplit: '55' }, true).ageSplit).toBe('55');
  expect(withAgeGroups({ ...form, ageSplit: '' }, true).ageSplit).toBe('50');
  expect(withAgeGroups(form, false).ageSplit).toBe('');
  expect(ageHint(' ')).toBe('50 岁及以上单独排名，其余为另一组（按活动第一天的年龄）');
  expect(ageHint('45')).toMatch(/^45 岁及以上/);
});

it('says what will be published: dates, target, teams', () => {
  const branch = publishAsk(form);
  expect(branch.title).toBe('发布这次健步走？');
  expect(branch.content).toBe(
    '春季健步走：2026-03-02 至 2026-04-30，每天 6000 步达标，每个分工会一支队伍。发布后教职工就能报名。',
  );
  expect(publishAsk({ ...form, teamMode: 'custom' }).content).toContain('2 支自定义队伍');
  expect(branch.confirmText).toBe('发布');
});

it('warns of a recount only when a running campaign changes what counts', () => {
  expect(saveAsk(true, true).content).toMatch(/^活动已经开始/);
  expect(saveAsk(true, false).content).toBe('保存后参加者看到的就是新的内容。');
  expect(saveAsk(false, true).content).toBe('保存后参加者看到的就是新的内容。');
});

it('puts the function issues by their fields, the first per field, none on prototype keys', () => {
  const errors = issueErrors(
    [
      { path: 'endDate', message: '结束日期不能早于今天' },
      { path: 'endDate', message: '第二条' },
      { path: 'rule.days', message: '天数应为 1 到 366 之间的整数' },
      { path: 'constructor', message: 'x' },
      { path: 'campaignId', message: 'y' },
    ],
    form,
  );
  expect(errors).toEqual({
    endDate: '结束日期不能早于今天',
    ruleValue: '天数应为 1 到 366 之间的整数',
  });
});
