// Typing amounts in 元 and reading statuses.
import { parseYuan, statusTone, todayYmd, yuan } from './money';

it('reads 元 as fen', () => {
  expect(parseYuan('3000')).toBe(300000);
  expect(parseYuan('3,000.5')).toBe(300050);
  expect(parseYuan(' 12.34 元')).toBe(1234);
  expect(parseYuan('0.05')).toBe(5);
  expect(parseYuan('1.234')).toBeNull();
  expect(parseYuan('-5')).toBeNull();
  expect(parseYuan('abc')).toBeNull();
  expect(parseYuan('')).toBeNull();
});

it('writes fen as 元', () => expect(yuan(300050)).toBe('3,000.50'));

it('tones', () => {
  expect(statusTone('returned')).toBe('work');
  expect(statusTone('paid')).toBe('done');
  expect(statusTone('union_review')).toBe('wait');
});

it('today in Beijing', () => expect(todayYmd(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02'));
