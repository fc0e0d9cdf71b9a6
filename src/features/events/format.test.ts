// Event wording on screen: times, tags, seats and the organizer's typed times.
import {
  mineTag,
  mixerAgesOf,
  parseBeijingInput,
  seatsText,
  suggestTimes,
  toBeijingInput,
  whenText,
} from './format';

it('says when in Beijing time', () => {
  expect(whenText('2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z')).toBe(
    '3月8日 周日 14:00–16:00',
  );
});

it('tags my status and seats', () => {
  expect(mineTag({ status: 'waitlisted', waitPosition: 3 })).toBe('候补第 3 位');
  expect(mineTag({ status: 'confirmed', checkedInAt: '2026-03-08T06:03:00.000Z' })).toBe('已签到');
  expect(
    seatsText({ capacity: 40, seatsLeft: 0, allocation: 'first_come', phase: 'open' }),
  ).toContain('已满');
});

it('reads and writes the form times as Beijing time', () => {
  expect(parseBeijingInput('2026-03-08 14:00')).toBe('2026-03-08T06:00:00.000Z');
  expect(parseBeijingInput('2026-02-30 14:00')).toBeNull();
  expect(toBeijingInput('2026-03-08T06:00:00.000Z')).toBe('2026-03-08 14:00');
});

it('reads the mixer age range: integers 18–80, the smaller first', () => {
  expect(mixerAgesOf('25', ' 35 ')).toEqual({ ok: true, min: 25, max: 35 });
  expect(mixerAgesOf('30', '30')).toEqual({ ok: true, min: 30, max: 30 });
  expect(mixerAgesOf('17', '30')).toMatchObject({ ok: false, field: 'mixerMin' });
  expect(mixerAgesOf('', '30')).toMatchObject({ ok: false, field: 'mixerMin' });
  expect(mixerAgesOf('25.5', '30')).toMatchObject({ ok: false, field: 'mixerMin' });
  expect(mixerAgesOf('25', '81')).toMatchObject({ ok: false, field: 'mixerMax' });
  expect(mixerAgesOf('40', '30')).toMatchObject({
    ok: false,
    field: 'mixerMax',
    why: '最大年龄不能小于最小年龄',
  });
});

describe('suggestTimes', () => {
  it('opens the pickers a week ahead at 14:00 and follows a chosen start', () => {
    // 2026-12-01 10:20 Beijing
    const now = '2026-12-01T02:20:00.000Z';
    expect(suggestTimes(now, '')).toEqual({
      startAt: '2026-12-08 14:00',
      endAt: '2026-12-08 16:00',
      signupOpenAt: '2026-12-01 11:00',
      signupCloseAt: '2026-12-07 18:00',
    });
    expect(suggestTimes(now, '2026-12-20 09:30')).toMatchObject({
      endAt: '2026-12-20 11:30',
      signupCloseAt: '2026-12-19 18:00',
    });
  });
});
