// The chip row's logic: on-ness for one or several choices, toggling in the options' order, ✓ text.
import { chipText, isOn, toggled, type ChipOption } from './chips';

const OPTIONS: ChipOption<'a' | 'b' | 'c'>[] = [
  { value: 'a', label: '全部' },
  { value: 'b', label: '已报名' },
  { value: 'c', label: '已结束' },
];

it('says which chips are on, for one choice or several', () => {
  expect(isOn<'a' | 'b'>('a', 'a')).toBe(true);
  expect(isOn<'a' | 'b'>('a', 'b')).toBe(false);
  expect(isOn<'a' | 'b' | 'c'>(['a', 'c'], 'c')).toBe(true);
  expect(isOn<'a' | 'b' | 'c'>([], 'a')).toBe(false);
});

it('toggles a choice in and out, keeping the options order', () => {
  expect(toggled(OPTIONS, ['c'], 'a')).toEqual(['a', 'c']);
  expect(toggled(OPTIONS, ['a', 'c'], 'a')).toEqual(['c']);
  expect(toggled(OPTIONS, [], 'b')).toEqual(['b']);
});

it('marks the chosen chip in words, not colour alone', () => {
  expect(chipText('已报名', true)).toBe('✓ 已报名');
  expect(chipText('已报名', false)).toBe('已报名');
});
