// The create form's audience: a club activity is fixed to its club; otherwise the picked choice.
import { createInput } from '../../../domain/events/contract';
import { AUDIENCES, audienceOf } from './audience-choice';

it('fixes a club activity to the club, open to all only when ticked', () => {
  expect(audienceOf({ audience: 2, openToAll: false }, 'club-seagull')).toEqual([
    { kind: 'club', clubId: 'club-seagull', openToAll: false },
  ]);
  expect(audienceOf({ audience: 0, openToAll: true }, 'club-seagull')).toEqual([
    { kind: 'club', clubId: 'club-seagull', openToAll: true },
  ]);
});

it('uses the picked choice without a club, and every choice passes the contract', () => {
  expect(audienceOf({ audience: 1, openToAll: true })).toEqual([{ kind: 'members' }]);
  for (let i = 0; i < AUDIENCES.length; i++) {
    const parsed = createInput.safeParse({
      title: '讲座',
      type: '讲座',
      location: '报告厅',
      startAt: '2026-03-08T06:00:00.000Z',
      endAt: '2026-03-08T08:00:00.000Z',
      signupOpenAt: '2026-03-01T01:00:00.000Z',
      signupCloseAt: '2026-03-06T04:00:00.000Z',
      capacity: 10,
      audience: audienceOf({ audience: i, openToAll: false }),
    });
    expect(parsed.success).toBe(true);
  }
});
