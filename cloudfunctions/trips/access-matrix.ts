// Who may call each trips action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'trips.createPlan',
    allow: ADMIN,
    input: () => ({
      name: '矩阵测试疗休养',
      applyOpenAt: iso(-DAY),
      applyCloseAt: iso(10 * DAY),
      serviceYears: 0,
      cycleYears: 0,
      routes: [
        {
          name: '莫干山',
          groups: [{ departAt: iso(30 * DAY), returnAt: iso(33 * DAY), capacity: 20 }],
        },
      ],
    }),
  },
  {
    action: 'trips.updatePlan',
    allow: ADMIN,
    input: () => ({ planId: 'plan-none', exportIdNumbers: false }),
  },
  { action: 'trips.plans', allow: BOUND, input: () => ({}) },
  { action: 'trips.plan', allow: BOUND, input: () => ({ planId: 'plan-none' }) },
  { action: 'trips.progress', allow: ADMIN, input: () => ({ planId: 'plan-none' }) },
  { action: 'trips.eligibility', allow: BOUND, input: () => ({ planId: 'plan-none' }) },
  {
    action: 'trips.apply',
    allow: BOUND,
    input: () => ({ planId: 'plan-none', choices: ['group-none'] }),
  },
  { action: 'trips.withdraw', allow: BOUND, input: () => ({ planId: 'plan-none' }) },
  { action: 'trips.mine', allow: BOUND, input: () => ({ planId: 'plan-none' }) },
  {
    action: 'trips.respond',
    allow: BOUND,
    input: () => ({ planId: 'plan-none', accept: false }),
  },
  { action: 'trips.allocate', allow: ADMIN, input: () => ({ planId: 'plan-none' }) },
  { action: 'trips.pass', allow: BOUND, input: () => ({ planId: 'plan-none' }) },
  // a group's leader too (none of the matrix's callers leads a group); admins hold every role
  {
    action: 'trips.checkin',
    allow: ADMIN,
    input: (fx) => ({ groupId: 'group-none', staffNo: fx.staffNo }),
  },
  { action: 'trips.roster', allow: ADMIN, input: () => ({ groupId: 'group-none' }) },
  { action: 'trips.export', allow: ADMIN, input: () => ({ groupId: 'group-none' }) },
  { action: 'trips.myGroups', allow: ['otherTripLeader', 'admin'], input: () => ({}) },
  {
    action: 'trips.previewHistory',
    allow: ADMIN,
    input: () => ({ fileBase64: 'UEsDBA==', fileName: '历年疗休养.xlsx' }),
  },
  {
    action: 'trips.importHistory',
    allow: ADMIN,
    input: (fx) => ({ rows: [{ staffNo: fx.staffNo, year: 2019 }] }),
  },
  { action: 'trips.myTrips', allow: BOUND, input: () => ({}) },
];
