// Home: every area opens a declared page; greetings by the Beijing hour.
import { resolvePage } from '../../../domain/pages';
import { AREAS, greetingFor } from './areas';

it('opens a declared page from every area, each area once', () => {
  for (const a of AREAS) expect([a.key, resolvePage(a.url) !== null]).toEqual([a.key, true]);
  expect(new Set(AREAS.map((a) => a.key)).size).toBe(AREAS.length);
});

it('greets by the Beijing hour', () => {
  expect(greetingFor(7 * 60)).toBe('早上好');
  expect(greetingFor(10 * 60 + 30)).toBe('上午好');
  expect(greetingFor(12 * 60)).toBe('中午好');
  expect(greetingFor(15 * 60)).toBe('下午好');
  expect(greetingFor(20 * 60)).toBe('晚上好');
  expect(greetingFor(2 * 60)).toBe('夜深了');
});
