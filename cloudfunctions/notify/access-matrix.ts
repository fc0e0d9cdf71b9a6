// Who may call each notify action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const SENDERS = ['otherChair', 'scopedOrganizer', 'admin'] as const;

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'notify.inbox', allow: BOUND, input: () => ({}) },
  { action: 'notify.read', allow: BOUND, input: () => ({ all: true }) },
  {
    action: 'notify.subscribe',
    allow: BOUND,
    input: () => ({ templates: [{ kind: 'event_reminder', result: 'accept' }] }),
  },
  { action: 'notify.templates', allow: BOUND, input: () => ({}) },
  // a chair sends to their own branch, an organizer to their own event: b01 is neither's
  {
    action: 'notify.broadcast',
    allow: ADMIN,
    input: () => ({ audience: { type: 'branch', branchId: 'b01' }, title: '通知', body: '内容' }),
  },
  // counting an audience checks exactly what sending to it would
  {
    action: 'notify.audienceSize',
    allow: ADMIN,
    input: () => ({ audience: { type: 'branch', branchId: 'b01' } }),
  },
  { action: 'notify.broadcastStatus', allow: SENDERS, input: () => ({ broadcastId: 'bc-none' }) },
  { action: 'notify.broadcasts', allow: SENDERS, input: () => ({}) },
];
