// Who may call each contests action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow, type Fixture } from '../_security/matrix';

// The first row's admin call creates this contest with the admin (100001) as its one judge, so
// the judge's rows get through for the admin; the rows after it act on it, in order (register,
// score, results, exports, unlock, then withdraw).
const CONTEST = 'jc-matrix';
const ref = () => ({ contestId: CONTEST });
const entryOf = (fx: Fixture) => `${CONTEST}:${fx.staffNo}`;

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'contests.create',
    allow: ADMIN,
    input: () => ({
      contestId: CONTEST,
      name: '矩阵竞赛',
      criteria: [{ name: '总分', weight: 1 }],
      judges: ['100001'],
    }),
  },
  { action: 'contests.list', allow: BOUND, input: () => ({}) },
  { action: 'contests.get', allow: BOUND, input: ref },
  // the fixture person is in b01: the matrix's chair (b06) answers as for an unknown 工号
  {
    action: 'contests.register',
    allow: ADMIN,
    input: (fx) => ({ ...ref(), staffNo: fx.staffNo }),
  },
  // a chair sees their own branch's entries
  { action: 'contests.entries', allow: ['otherChair', 'admin'], input: ref },
  // judges of this contest only (admins hold every role, and the admin is on the panel)
  { action: 'contests.assignments', allow: ADMIN, input: ref },
  {
    action: 'contests.score',
    allow: ADMIN,
    input: (fx) => ({ ...ref(), entryId: entryOf(fx), scores: { 总分: 90 } }),
  },
  { action: 'contests.results', allow: BOUND, input: ref },
  { action: 'contests.exportResults', allow: ADMIN, input: ref },
  { action: 'contests.exportSheets', allow: ADMIN, input: ref },
  {
    action: 'contests.unlock',
    allow: ADMIN,
    input: (fx) => ({ ...ref(), entryId: entryOf(fx), judge: '100001', reason: '矩阵解锁' }),
  },
  { action: 'contests.advance', allow: ADMIN, input: ref },
  {
    action: 'contests.withdraw',
    allow: ADMIN,
    input: (fx) => ({ ...ref(), staffNo: fx.staffNo }),
  },
];
