import { fromNative, joinValue, partLabel, splitValue, toNative } from './value';

describe('date field values', () => {
  it('splits and joins a Beijing date and time', () => {
    expect(splitValue('2026-03-08 14:00')).toEqual(['2026-03-08', '14:00']);
    expect(splitValue('2026-03-08T14:00')).toEqual(['2026-03-08', '14:00']);
    expect(splitValue('2026-3-8 9:00')).toEqual(['', '']);
    expect(splitValue('')).toEqual(['', '']);
    expect(joinValue('datetime', '2026-03-08', '14:00')).toBe('2026-03-08 14:00');
    expect(joinValue('datetime', '2026-03-08', '')).toBe('2026-03-08');
    expect(joinValue('datetime', '', '')).toBe('');
    expect(joinValue('date', '2026-03-08', '14:00')).toBe('2026-03-08');
  });

  it('speaks the native input’s spelling both ways', () => {
    expect(toNative('datetime', '2026-03-08 14:00')).toBe('2026-03-08T14:00');
    expect(toNative('datetime', '2026-03-08')).toBe('');
    expect(toNative('date', '2026-03-08 14:00')).toBe('2026-03-08');
    expect(fromNative('datetime', '2026-03-08T14:00')).toBe('2026-03-08 14:00');
    expect(fromNative('date', '2026-03-08')).toBe('2026-03-08');
    expect(fromNative('datetime', '')).toBe('');
  });

  it('shows what was chosen in words, or what to do', () => {
    expect(partLabel('date', '2026-03-08')).toBe('2026年3月8日');
    expect(partLabel('time', '09:30')).toBe('09:30');
    expect(partLabel('date', '')).toBe('选择日期');
    expect(partLabel('time', '')).toBe('选择时间');
  });
});
