// Home: every area either opens a page or says it is not open yet; greetings by the hour.
import { isTabUrl, URLS } from '../../routes';
import { AREAS, greetingFor } from './areas';

it('lists the areas, built ones linking to their tabs', () => {
  expect(AREAS.map((a) => a.title)).toEqual([
    '活动报名',
    '福利领取',
    '健步走',
    '社团',
    '提案',
    '消息',
    '体检预约',
  ]);
  expect(AREAS.find((a) => a.key === 'events')?.url).toBe(URLS.events);
  // built areas open a tab or a subpackage's home page, always a declared URL
  for (const a of AREAS) if (a.url) expect(Object.values(URLS)).toContain(a.url);
});

it('greets by the Beijing hour', () => {
  expect(greetingFor(7 * 60)).toBe('早上好');
  expect(greetingFor(10 * 60 + 30)).toBe('上午好');
  expect(greetingFor(12 * 60)).toBe('中午好');
  expect(greetingFor(15 * 60)).toBe('下午好');
  expect(greetingFor(20 * 60)).toBe('晚上好');
  expect(greetingFor(2 * 60)).toBe('夜深了');
});

it('tells tab urls from others', () => {
  expect(isTabUrl('/pages/me/index')).toBe(true);
  expect(isTabUrl('/pages/me/index?x=1')).toBe(true);
  expect(isTabUrl(URLS.bind)).toBe(false);
  expect(isTabUrl(URLS.admin)).toBe(false);
  expect(URLS.admin).toBe('/packages/admin/pages/index/index');
});
