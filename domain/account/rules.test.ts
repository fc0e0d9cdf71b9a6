import { attemptsLeft, blockedUntil, detailsMatch } from './rules';

const at = (min: number) => new Date(Date.UTC(2026, 10, 23, 8, 0) + min * 60_000);

describe('binding rules', () => {
  it('matches name ignoring spaces and phone by its last 4 digits', () => {
    const staff = { name: '张 三', phone: '13812341234' };
    expect(detailsMatch(staff, '张三', '1234')).toBe(true);
    expect(detailsMatch(staff, '张三', '4321')).toBe(false);
    expect(detailsMatch(staff, '李四', '1234')).toBe(false);
  });

  it('blocks after 5 failures within an hour, for the hour after the first of them', () => {
    const failures = [0, 10, 20, 30, 40].map(at);
    expect(blockedUntil(failures.slice(0, 4), at(41))).toBeNull();
    expect(blockedUntil(failures, at(41))).toEqual(at(60));
    expect(blockedUntil(failures, at(61))).toBeNull();
  });

  it('does not block failures spread over more than an hour', () => {
    const failures = [0, 20, 40, 60, 80].map(at);
    expect(blockedUntil(failures, at(81))).toBeNull();
  });

  it('counts attempts left in the last hour', () => {
    expect(attemptsLeft([at(0), at(10)], at(20))).toBe(3);
    expect(attemptsLeft([at(0), at(10)], at(65))).toBe(4);
  });
});
