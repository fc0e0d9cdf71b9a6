// 活动's search box: words in any order, against title, place and type; empty shows everything.
import { matchEvents } from './search';

const items = [
  { title: '中医养生讲座', location: '图书馆报告厅', type: '健康' },
  { title: '名师有约·品茶论道', location: '教工之家茶室', type: '讲座' },
  { title: '工会知识竞赛', location: '大学生活动中心', type: '竞赛' },
];

it('finds by title, place or type, every word counting', () => {
  expect(matchEvents(items, '讲座').map((e) => e.title)).toEqual([
    '中医养生讲座',
    '名师有约·品茶论道',
  ]);
  expect(matchEvents(items, '图书馆').map((e) => e.title)).toEqual(['中医养生讲座']);
  expect(matchEvents(items, ' 茶室  讲座 ').map((e) => e.title)).toEqual(['名师有约·品茶论道']);
  expect(matchEvents(items, '讲座 竞赛')).toEqual([]);
});

it('shows everything for an empty box', () => {
  expect(matchEvents(items, '   ')).toHaveLength(3);
});
