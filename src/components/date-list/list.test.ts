// A date list stays sorted with no repeats; removing and marking touch only their own day.
import { addDay, dayText, removeDay, toggleMark } from './list';

it('adds days in calendar order and ignores a repeat or a malformed day', () => {
  let l = addDay([], '2026-12-11');
  l = addDay(l, '2026-12-09');
  l = addDay(l, '2027-01-02');
  l = addDay(l, '2026-12-11');
  l = addDay(l, '');
  l = addDay(l, '12月10日');
  expect(l.map((x) => x.date)).toEqual(['2026-12-09', '2026-12-11', '2027-01-02']);
  expect(l.every((x) => !x.marked)).toBe(true);
});

it('removes and marks one day only', () => {
  const l = addDay(addDay([], '2026-12-10'), '2026-12-11');
  expect(toggleMark(l, '2026-12-10')).toEqual([
    { date: '2026-12-10', marked: true },
    { date: '2026-12-11', marked: false },
  ]);
  expect(toggleMark(toggleMark(l, '2026-12-10'), '2026-12-10')).toEqual(l);
  expect(removeDay(l, '2026-12-10')).toEqual([{ date: '2026-12-11', marked: false }]);
  expect(removeDay(l, '2030-01-01')).toEqual(l);
});

it('writes a day with its weekday', () => {
  expect(dayText('2026-12-10')).toBe('2026年12月10日 周四');
  expect(dayText('2027-01-03')).toBe('2027年1月3日 周日');
});
