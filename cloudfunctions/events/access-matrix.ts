// Who may call each events action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'events.create',
    allow: ADMIN,
    input: () => ({
      title: '矩阵测试活动',
      type: '健康',
      location: '报告厅',
      startAt: iso(48 * HOUR),
      endAt: iso(50 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(24 * HOUR),
      capacity: 5,
      allocation: 'first_come',
    }),
  },
  {
    action: 'events.update',
    allow: ADMIN,
    input: (fx) => ({ eventId: fx.eventId, title: '改名' }),
  },
  // the event's organizers and admins; an organizer of another event is refused
  {
    action: 'events.setCover',
    allow: ADMIN,
    input: (fx) => ({ eventId: fx.eventId, imageBase64: null }),
  },
  { action: 'events.list', allow: BOUND, input: () => ({}) },
  { action: 'events.get', allow: BOUND, input: (fx) => ({ eventId: fx.eventId }) },
  { action: 'events.signup', allow: BOUND, input: (fx) => ({ eventId: fx.eventId }) },
  { action: 'events.cancel', allow: BOUND, input: (fx) => ({ eventId: fx.eventId }) },
  { action: 'events.pass', allow: BOUND, input: (fx) => ({ eventId: fx.eventId }) },
  {
    action: 'events.checkin',
    allow: ADMIN,
    input: (fx) => ({ eventId: fx.eventId, staffNo: fx.staffNo }),
  },
  { action: 'events.attendance', allow: ADMIN, input: (fx) => ({ eventId: fx.eventId }) },
  { action: 'events.export', allow: ADMIN, input: (fx) => ({ eventId: fx.eventId }) },
  { action: 'events.draw', allow: ADMIN, input: (fx) => ({ eventId: fx.eventId }) },
  {
    action: 'events.decide',
    allow: ADMIN,
    input: (fx) => ({ eventId: fx.eventId, staffNo: fx.staffNo, approve: true }),
  },
  {
    action: 'events.team',
    allow: ['otherChair', 'admin'],
    input: (fx) => ({ eventId: fx.eventId, name: '一队', captain: '100010', members: ['100011'] }),
  },
  // last: it calls the fixture event off
  {
    action: 'events.callOff',
    allow: ADMIN,
    input: (fx) => ({ eventId: fx.eventId, reason: '矩阵测试' }),
  },
];
