// D11: one date format on the proposal pages — due days read like every other date (12月1日).
import { dayText } from './board';

it('writes a due day as 月日', () => {
  expect(dayText('2026-12-01')).toBe('12月1日');
  expect(dayText('2027-01-31')).toBe('1月31日');
  expect(dayText(undefined)).toBe('');
  expect(dayText('不是日期')).toBe('不是日期');
});
