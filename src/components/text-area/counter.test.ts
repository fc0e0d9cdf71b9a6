// The text box's counter counts characters as people do and shows only with a limit.
import { charCount, counterText } from './counter';

it('counts Chinese characters and emoji as one each', () => {
  expect(charCount('工会活动')).toBe(4);
  expect(charCount('好👍')).toBe(2);
  expect(charCount('')).toBe(0);
});

it('shows "n / max 字" only when there is a limit', () => {
  expect(counterText('你好', 500)).toBe('2 / 500 字');
  expect(counterText('你好')).toBe('');
  expect(counterText('你好', -1)).toBe('');
});
