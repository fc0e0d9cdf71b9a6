// Who may call each awards action (the authorization matrix, cloudfunctions/_security).
import { nominationIdOf } from '../../domain/awards/rules';
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

// The first row's admin call creates this round; the rows after it act on it, in order
// (nominate, review, vote, 公示, objections, final), so the allowed callers really get through.
const ROUND = 'ar-matrix';
const ref = () => ({ roundId: ROUND });
const nomination = (staffNo: string) => ({ nominationId: nominationIdOf(ROUND, 'c1', staffNo) });

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'awards.createRound',
    allow: ADMIN,
    input: () => ({
      roundId: ROUND,
      name: '矩阵评优',
      nominateOpenAt: iso(-HOUR),
      nominateCloseAt: iso(48 * HOUR),
      categories: [{ name: '矩阵先进', quota: { perBranch: 50 } }],
    }),
  },
  { action: 'awards.rounds', allow: BOUND, input: () => ({}) },
  { action: 'awards.round', allow: BOUND, input: ref },
  // the fixture person is in b01: the b06 chair gets past authorization but is answered exactly
  // as for an unknown 工号 (awards.unknown_staff, no existence leak); plain staff are refused
  {
    action: 'awards.nominate',
    allow: ['otherChair', 'admin'],
    input: (fx) => ({ ...ref(), categoryId: 'c1', staffNo: fx.staffNo, reason: '矩阵推荐理由' }),
  },
  { action: 'awards.mine', allow: BOUND, input: ref },
  { action: 'awards.nominations', allow: ADMIN, input: ref },
  {
    action: 'awards.review',
    allow: ADMIN,
    input: (fx) => ({ ...nomination(fx.staffNo), decision: 'accept' }),
  },
  { action: 'awards.startVoting', allow: ADMIN, input: ref },
  // judges of this round only (admins hold every role; none of the other callers is a judge)
  { action: 'awards.ballot', allow: ADMIN, input: ref },
  { action: 'awards.vote', allow: ADMIN, input: (fx) => nomination(fx.staffNo) },
  { action: 'awards.results', allow: ADMIN, input: ref },
  { action: 'awards.startPublicity', allow: ADMIN, input: ref },
  { action: 'awards.publicity', allow: BOUND, input: ref },
  {
    action: 'awards.object',
    allow: BOUND,
    input: (fx) => ({ ...nomination(fx.staffNo), text: '矩阵意见' }),
  },
  { action: 'awards.objections', allow: ADMIN, input: ref },
  // during the 公示 the admin is answered awards.publicity_running (past authorization)
  { action: 'awards.finalize', allow: ADMIN, input: ref },
  { action: 'awards.exportResults', allow: ADMIN, input: ref },
  { action: 'awards.exportCertificates', allow: ADMIN, input: ref },
  // the b06 chair may not withdraw a b01 nomination; the admin is past authorization (stage over)
  { action: 'awards.withdraw', allow: ADMIN, input: (fx) => nomination(fx.staffNo) },
  { action: 'awards.myHonours', allow: BOUND, input: () => ({}) },
];
