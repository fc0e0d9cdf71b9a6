// 首页 "我的近期" rules: the next event, the gift that needs me, today's steps.
import { giftNeedingMe, nextEvent, stepsOn, type BatchLite, type EventLite } from './rules';

const now = new Date('2026-12-01T02:00:00Z');
const ev = (id: string, start: string, end: string, status = 'published'): EventLite => ({
  _id: id,
  title: `活动${id}`,
  location: '体育馆',
  startAt: new Date(start),
  endAt: new Date(end),
  status,
});

describe('nextEvent', () => {
  const events = [
    ev('past', '2026-11-20T02:00:00Z', '2026-11-20T04:00:00Z'),
    ev('later', '2026-12-10T02:00:00Z', '2026-12-10T04:00:00Z'),
    ev('soon', '2026-12-03T02:00:00Z', '2026-12-03T04:00:00Z'),
    ev('now', '2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z'),
    ev('gone', '2026-12-02T02:00:00Z', '2026-12-02T04:00:00Z', 'cancelled'),
  ];

  it('picks the soonest live sign-up, counting an event under way', () => {
    const signups = ['past', 'later', 'soon', 'now', 'gone'].map((eventId) => ({
      eventId,
      status: 'confirmed',
    }));
    expect(nextEvent(signups, events, now)?.eventId).toBe('now');
    expect(nextEvent(signups, events, new Date('2026-12-01T03:00:00Z'))?.eventId).toBe('soon');
  });

  it('skips cancelled and rejected sign-ups and cancelled events, keeps a queue place', () => {
    const signups = [
      { eventId: 'now', status: 'cancelled' },
      { eventId: 'soon', status: 'rejected' },
      { eventId: 'gone', status: 'confirmed' },
      { eventId: 'later', status: 'waitlisted' },
    ];
    expect(nextEvent(signups, events, now)).toMatchObject({
      eventId: 'later',
      status: 'waitlisted',
      startAt: '2026-12-10T02:00:00.000Z',
    });
    expect(nextEvent([], events, now)).toBeNull();
  });

  it('is safe with ids like __proto__', () => {
    const signups = [{ eventId: '__proto__', status: 'confirmed' }];
    expect(nextEvent(signups, [ev('__proto__', '2026-12-05', '2026-12-06')], now)?.eventId).toBe(
      '__proto__',
    );
    expect(nextEvent([{ eventId: 'constructor', status: 'x' }], events, now)).toBeNull();
  });
});

describe('giftNeedingMe', () => {
  const batch = (over: Partial<BatchLite>): BatchLite => ({
    _id: 'b1',
    name: '元旦福利',
    claimOpenAt: new Date('2026-11-25T00:00:00Z'),
    claimCloseAt: new Date('2026-12-20T00:00:00Z'),
    status: 'open',
    mine: null,
    optionName: (o) => (o === 'o1' ? '大米' : null),
    eligible: true,
    ...over,
  });

  it('asks me to choose, soonest deadline first, before showing a code', () => {
    const chosen = batch({ _id: 'chosen', mine: { optionId: 'o1', handedAt: null } });
    const late = batch({ _id: 'late', claimCloseAt: new Date('2026-12-30T00:00:00Z') });
    const early = batch({ _id: 'early', claimCloseAt: new Date('2026-12-05T00:00:00Z') });
    expect(giftNeedingMe([chosen, late, early], now)).toMatchObject({
      batchId: 'early',
      state: 'choose',
      claimCloseAt: '2026-12-05T00:00:00.000Z',
      optionName: null,
    });
    expect(giftNeedingMe([chosen], now)).toMatchObject({ state: 'chosen', optionName: '大米' });
  });

  it('leaves out batches not open, closed, or not for me', () => {
    expect(giftNeedingMe([batch({ eligible: false })], now)).toBeNull();
    expect(giftNeedingMe([batch({ status: 'closed' })], now)).toBeNull();
    expect(giftNeedingMe([batch({ claimOpenAt: new Date('2026-12-02T00:00:00Z') })], now)).toBe(
      null,
    );
    expect(giftNeedingMe([batch({ claimCloseAt: now })], now)).toBeNull();
  });

  it('shows a handed-over gift only when nothing else waits', () => {
    const handed = batch({ _id: 'h', mine: { optionId: 'o1', handedAt: now } });
    expect(giftNeedingMe([handed], now)?.state).toBe('handed');
    expect(giftNeedingMe([handed, batch({ _id: 'c' })], now)?.batchId).toBe('c');
  });
});

it('reads steps for a day, null when not synced', () => {
  expect(stepsOn({ '2026-12-01': 8356 }, '2026-12-01')).toBe(8356);
  expect(stepsOn({ '2026-11-30': 100 }, '2026-12-01')).toBeNull();
  expect(stepsOn(undefined, '2026-12-01')).toBeNull();
  expect(stepsOn({}, 'constructor')).toBeNull();
});
