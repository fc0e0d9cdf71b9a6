import {
  acceptedTemplates,
  giftReminderDue,
  isQuiet,
  nextSendableAt,
  outcomeOf,
  parseQuietHours,
  reminderSlot,
  retryAt,
  stepsNudgeDue,
} from './rules';

/** An instant at Beijing wall-clock time on 2026-11-23. */
const bj = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 23, h - 8, m));
const HOUR = 3600_000;

describe('quiet hours', () => {
  const q = parseQuietHours('22:00-07:30');
  it('holds from 22:00 to 07:30 Beijing time, across midnight', () => {
    expect(isQuiet(bj(21, 59), q)).toBe(false);
    expect(isQuiet(bj(22, 0), q)).toBe(true);
    expect(isQuiet(bj(23, 30), q)).toBe(true);
    expect(isQuiet(bj(3), q)).toBe(true);
    expect(isQuiet(bj(7, 29), q)).toBe(true);
    expect(isQuiet(bj(7, 30), q)).toBe(false);
    expect(isQuiet(bj(12), q)).toBe(false);
  });
  it('defaults to 22:00-07:30, can be switched off, and a daytime window works too', () => {
    expect(parseQuietHours(undefined)).toEqual({ start: 22 * 60, end: 7 * 60 + 30 });
    expect(parseQuietHours('nonsense')).toEqual({ start: 22 * 60, end: 7 * 60 + 30 });
    expect(parseQuietHours('off')).toBeNull();
    expect(isQuiet(bj(23), parseQuietHours('off'))).toBe(false);
    const noon = parseQuietHours('12:00-13:00');
    expect(isQuiet(bj(12, 30), noon)).toBe(true);
    expect(isQuiet(bj(13), noon)).toBe(false);
  });
  it('says when due messages may go out', () => {
    expect(nextSendableAt(bj(23, 10), q)).toEqual(new Date(Date.UTC(2026, 10, 23, 23, 30)));
    expect(nextSendableAt(bj(6, 0), q)).toEqual(bj(7, 30));
    expect(nextSendableAt(bj(9, 0), q)).toEqual(bj(9, 0));
  });
});

describe('when reminders are due', () => {
  const now = bj(10);
  it('sends the 24 h reminder for any start within 24 hours, the 1 h one in the last hour', () => {
    expect(reminderSlot(new Date(now.getTime() + 25 * HOUR), now)).toBeNull();
    expect(reminderSlot(new Date(now.getTime() + 24 * HOUR), now)).toBe('24h');
    expect(reminderSlot(new Date(now.getTime() + 3 * HOUR), now)).toBe('24h');
    expect(reminderSlot(new Date(now.getTime() + HOUR), now)).toBe('1h');
    expect(reminderSlot(new Date(now.getTime() + 60_000), now)).toBe('1h');
    expect(reminderSlot(now, now)).toBeNull();
  });
  it('reminds about a gift choice in its last 24 hours while open', () => {
    expect(giftReminderDue(new Date(now.getTime() + 5 * HOUR), 'open', now)).toBe(true);
    expect(giftReminderDue(new Date(now.getTime() + 5 * HOUR), 'closed', now)).toBe(false);
    expect(giftReminderDue(new Date(now.getTime() + 30 * HOUR), 'open', now)).toBe(false);
    expect(giftReminderDue(new Date(now.getTime() - HOUR), 'open', now)).toBe(false);
  });
  it('nudges walkers in the evening of a campaign day they have not synced', () => {
    const c = { startDate: '2026-11-01', endDate: '2026-11-30' };
    expect(stepsNudgeDue(c, [], '2026-11-23', bj(19, 5))).toBe(true);
    expect(stepsNudgeDue(c, ['2026-11-23'], '2026-11-23', bj(19, 5))).toBe(false);
    expect(stepsNudgeDue(c, [], '2026-11-23', bj(12))).toBe(false);
    expect(stepsNudgeDue({ ...c, endDate: '2026-11-22' }, [], '2026-11-23', bj(20))).toBe(false);
  });
});

describe('send outcomes', () => {
  it('maps WeChat errcodes', () => {
    expect(outcomeOf(0)).toBe('sent');
    expect(outcomeOf(43101)).toBe('no_subscription');
    expect(outcomeOf(47003)).toBe('permanent');
    expect(outcomeOf(40037)).toBe('permanent');
    expect(outcomeOf(-1)).toBe('transient');
    expect(outcomeOf(45009)).toBe('transient');
  });
  it('backs off 1, 2, 4 … minutes, at most an hour', () => {
    const now = bj(10);
    expect(retryAt(1, now).getTime() - now.getTime()).toBe(60_000);
    expect(retryAt(3, now).getTime() - now.getTime()).toBe(4 * 60_000);
    expect(retryAt(20, now).getTime() - now.getTime()).toBe(60 * 60_000);
  });
  it('counts one accept per template id, ignoring rejects and unconfigured kinds', () => {
    const ids: Record<string, string | null> = {
      event_reminder: 'T1',
      signup_result: 'T1',
      gift_reminder: 'T2',
      steps_nudge: null,
    };
    const got = acceptedTemplates(
      [
        { kind: 'event_reminder', result: 'accept' },
        { kind: 'signup_result', result: 'accept' },
        { kind: 'gift_reminder', result: 'reject' },
        { kind: 'steps_nudge', result: 'accept' },
      ],
      (k) => ids[k] ?? null,
    );
    expect(got).toEqual([{ templateId: 'T1', kinds: ['event_reminder', 'signup_result'] }]);
  });
});
