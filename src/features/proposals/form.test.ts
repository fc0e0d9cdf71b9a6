// The filing form's live checks use the same rules as the function.
import { EMPTY_FORM, checkForm, counter } from './form';

const filled = {
  ...EMPTY_FORM,
  title: '关于增设教工食堂晚餐窗口的提案',
  category: '后勤' as const,
  background:
    '目前教工食堂晚餐只开一个窗口，晚上六点以后经常要排队二十分钟以上，加班的老师吃饭很不方便，大家意见比较集中。',
  suggestion:
    '建议后勤保障处在教工食堂增设一个晚餐窗口，晚餐供应时间延长到晚上八点，并提供打包服务。',
};

it('does not scold empty fields while typing, but does on submit', () => {
  expect(checkForm(EMPTY_FORM).errors).toEqual({});
  expect(Object.keys(checkForm(EMPTY_FORM, true).errors).sort()).toEqual([
    'background',
    'category',
    'suggestion',
    'title',
  ]);
  expect(checkForm(EMPTY_FORM).ready).toBe(false);
});

it('is ready when the rules are met, and warns about 一事一案', () => {
  expect(checkForm(filled)).toMatchObject({ errors: {}, ready: true, warnings: [] });
  const mixed = {
    ...filled,
    suggestion: '1. 食堂增设晚餐窗口，延长供应时间；2. 职称评聘向教学岗位倾斜；3. 体检增加项目。',
  };
  expect(checkForm(mixed).warnings[0].message).toContain('一事一案');
});

it('counts characters against the limits of the kind', () => {
  expect(counter({ ...filled, background: '一二三' }, 'background')).toBe('3 字（要求 50–300 字）');
  expect(counter({ ...filled, kind: 'suggestion', background: '' }, 'background')).toBe(
    '0 字（最多 300 字）',
  );
});
