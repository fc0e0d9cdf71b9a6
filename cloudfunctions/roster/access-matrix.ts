// Who may call each roster action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'roster.preview',
    allow: ADMIN,
    input: () => ({ fileBase64: 'UEsDBA==', fileName: 'a.xlsx' }),
  },
  {
    action: 'roster.import',
    allow: ADMIN,
    input: () => ({ fileBase64: 'UEsDBA==', fileName: 'a.xlsx', fingerprint: '0'.repeat(64) }),
  },
  { action: 'roster.template', allow: ADMIN, input: () => ({}) },
  // a chair lists their own branch (not a refusal), but not one person of another branch
  { action: 'roster.list', allow: ['otherChair', 'admin'], input: () => ({}) },
  { action: 'roster.person', allow: ADMIN, input: (fx) => ({ staffNo: fx.staffNo }) },
  { action: 'roster.mine', allow: BOUND, input: () => ({}) },
  {
    action: 'roster.grantRole',
    allow: ADMIN,
    input: (fx) => ({ staffNo: fx.staffNo, grant: { role: 'judge', contestId: 'c-none' } }),
  },
  {
    action: 'roster.revokeRole',
    allow: ADMIN,
    input: (fx) => ({ staffNo: fx.staffNo, grant: { role: 'judge', contestId: 'c-none' } }),
  },
  { action: 'roster.unbind', allow: ADMIN, input: () => ({ staffNo: '100289' }) },
  { action: 'roster.branches', allow: BOUND, input: () => ({}) },
  { action: 'roster.saveBranch', allow: ADMIN, input: () => ({ name: '矩阵分工会', order: 99 }) },
  { action: 'roster.export', allow: ADMIN, input: () => ({ branchId: 'b01' }) },
];
