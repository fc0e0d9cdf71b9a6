// Who may call each clubs action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const club = (fx: { clubId: string }) => ({ clubId: fx.clubId });

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'clubs.list', allow: BOUND, input: () => ({}) },
  { action: 'clubs.mine', allow: BOUND, input: () => ({}) },
  { action: 'clubs.get', allow: BOUND, input: club },
  { action: 'clubs.create', allow: ADMIN, input: () => ({ name: '矩阵测试社团' }) },
  {
    action: 'clubs.grantLeader',
    allow: ADMIN,
    input: (fx) => ({ clubId: fx.clubId, staffNo: fx.staffNo }),
  },
  // a club nobody can find: joining is open to all, and the matrix callers stay non-members
  { action: 'clubs.join', allow: BOUND, input: () => ({ clubId: 'club-none' }) },
  { action: 'clubs.leave', allow: BOUND, input: () => ({ clubId: 'club-none' }) },
  {
    action: 'clubs.approve',
    allow: ADMIN,
    input: (fx) => ({ clubId: fx.clubId, staffNo: fx.staffNo }),
  },
  {
    action: 'clubs.decline',
    allow: ADMIN,
    input: (fx) => ({ clubId: fx.clubId, staffNo: fx.staffNo, reason: '名额已满' }),
  },
  {
    action: 'clubs.remove',
    allow: ADMIN,
    input: (fx) => ({ clubId: fx.clubId, staffNo: fx.staffNo, reason: '长期未参加' }),
  },
  { action: 'clubs.requests', allow: ADMIN, input: club },
  // that club's leaders and admins; another club's leader is refused
  { action: 'clubs.setCover', allow: ADMIN, input: (fx) => ({ ...club(fx), imageBase64: null }) },
  { action: 'clubs.members', allow: ADMIN, input: club },
  {
    action: 'clubs.uploadPhoto',
    allow: ADMIN,
    input: (fx) => ({ clubId: fx.clubId, type: 'image/jpeg', base64: '/9j/4AAQSkZJRg==' }),
  },
  { action: 'clubs.post', allow: ADMIN, input: (fx) => ({ clubId: fx.clubId, text: '你好' }) },
  { action: 'clubs.posts', allow: BOUND, input: club },
  { action: 'clubs.like', allow: BOUND, input: () => ({ postId: 'post-none', like: true }) },
  { action: 'clubs.hidePost', allow: ADMIN, input: () => ({ postId: 'post-none' }) },
  {
    action: 'clubs.mixerDeclare',
    allow: BOUND,
    input: (fx) => ({ eventId: fx.eventId, single: true, consent: true }),
  },
  // tier 3: the organizer of this event only
  { action: 'clubs.mixerDeclarations', allow: ADMIN, input: (fx) => ({ eventId: fx.eventId }) },
  { action: 'clubs.mixerPeople', allow: BOUND, input: (fx) => ({ eventId: fx.eventId }) },
  {
    action: 'clubs.mixerMark',
    allow: BOUND,
    input: (fx) => ({ eventId: fx.eventId, staffNo: fx.staffNo, like: true }),
  },
  { action: 'clubs.mixerMatches', allow: BOUND, input: (fx) => ({ eventId: fx.eventId }) },
];
