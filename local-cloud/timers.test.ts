import { parseCron } from './timers';

// 2026-11-23 02:00:00 Beijing = 2026-11-22 18:00:00 UTC
const at = (iso: string) => new Date(iso);

describe('timer cron (7 fields, Beijing time)', () => {
  it('matches 02:00:00 Beijing time every day', () => {
    const cron = parseCron('0 0 2 * * * *');
    expect(cron.matches(at('2026-11-22T18:00:00Z'))).toBe(true);
    expect(cron.matches(at('2026-11-22T18:00:01Z'))).toBe(false);
    expect(cron.matches(at('2026-11-23T02:00:00Z'))).toBe(false);
  });

  it('understands steps, ranges and lists', () => {
    const every5min = parseCron('0 */5 * * * * *');
    expect(every5min.matches(at('2026-11-22T18:05:00Z'))).toBe(true);
    expect(every5min.matches(at('2026-11-22T18:06:00Z'))).toBe(false);
    const workHours = parseCron('0 0 8-18 * * 1-5 *');
    // Monday 2026-11-23 09:00 Beijing
    expect(workHours.matches(at('2026-11-23T01:00:00Z'))).toBe(true);
    // Sunday 2026-11-22 09:00 Beijing
    expect(workHours.matches(at('2026-11-22T01:00:00Z'))).toBe(false);
    const list = parseCron('0 30 7,19 * * * *');
    expect(list.matches(at('2026-11-22T23:30:00Z'))).toBe(true);
  });

  it('rejects expressions without 7 fields', () => {
    expect(() => parseCron('0 0 2 * * *')).toThrow('7 个字段');
  });
});
