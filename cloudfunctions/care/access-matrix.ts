// Who may call each care action (the authorization matrix, cloudfunctions/_security). The case
// rows aim at the fixture's case (a b01 person's own, at the branch step): anyone who may not read
// it gets care.not_found, the same answer as for a missing case.
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const DAY = 86_400_000;
const year = () => new Date().getUTCFullYear();
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
/** the first bytes of a PNG: what the server sniffs */
const PNG = 'iVBORw0KGgoAAAANSUhEUg==';

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'care.createProgramme',
    allow: ADMIN,
    input: () => ({ kind: 'hardship', name: '矩阵测试帮扶', year: year(), budget: 100_000 }),
  },
  { action: 'care.programmes', allow: BOUND, input: () => ({}) },
  {
    action: 'care.apply',
    allow: BOUND,
    input: (fx) => ({ programmeId: fx.careProgrammeId, story: '家中突遭变故，生活困难。' }),
  },
  { action: 'care.case', allow: ADMIN, input: (fx) => ({ caseId: fx.careCaseId }) },
  { action: 'care.mine', allow: BOUND, input: () => ({}) },
  // the applicant or the one who filed it only: no matrix caller is either (the admin neither)
  { action: 'care.update', allow: [], input: (fx) => ({ caseId: fx.careCaseId, selfPaid: 100 }) },
  { action: 'care.submit', allow: [], input: (fx) => ({ caseId: fx.careCaseId }) },
  {
    action: 'care.removeAttachment',
    allow: [],
    input: (fx) => ({ caseId: fx.careCaseId, fileId: 'file-none' }),
  },
  {
    action: 'care.upload',
    allow: ADMIN,
    input: (fx) => ({ caseId: fx.careCaseId, base64: PNG }),
  },
  // the union and the committee, and each chair for their own branch's cases
  { action: 'care.queue', allow: ['otherChair', 'careCommittee', 'admin'], input: () => ({}) },
  {
    action: 'care.review',
    allow: ADMIN,
    input: (fx) => ({ caseId: fx.careCaseId, decision: 'return', reason: '请补充病历' }),
  },
  {
    action: 'care.pay',
    allow: ADMIN,
    input: (fx) => ({ caseId: fx.careCaseId, on: daysAgo(1), method: 'salary_card' }),
  },
  {
    action: 'care.claim',
    allow: ADMIN,
    input: (fx) => ({ caseId: fx.careCaseId, claimStatus: 'complete' }),
  },
  { action: 'care.ledger', allow: ADMIN, input: (fx) => ({ programmeId: fx.careProgrammeId }) },
  { action: 'care.totals', allow: ADMIN, input: () => ({ year: year() }) },
  { action: 'care.export', allow: ADMIN, input: () => ({ year: year() }) },
  { action: 'care.publicity', allow: BOUND, input: (fx) => ({ programmeId: fx.careProgrammeId }) },
  // a chair for their own branch's people (the fixture person is in b01, the chair's is b06)
  {
    action: 'care.recordVisit',
    allow: ADMIN,
    input: (fx) => ({ staffNo: fx.staffNo, on: daysAgo(2), reason: 'illness' }),
  },
  { action: 'care.visits', allow: ['otherChair', 'admin'], input: () => ({ year: year() }) },
  // last: the admin withdraws the fixture's case
  { action: 'care.withdraw', allow: ADMIN, input: (fx) => ({ caseId: fx.careCaseId }) },
];
