// Who may call each account action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, EVERYONE, type AccessRow } from '../_security/matrix';

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'account.me', allow: EVERYONE, input: () => ({}) },
  // 我的近期: anyone may ask; an unbound caller gets the bind prompt, never someone else's items
  { action: 'account.home', allow: EVERYONE, input: () => ({}) },
  {
    action: 'account.bind',
    allow: EVERYONE,
    input: () => ({ staffNo: '100099', name: '某某', phoneLast4: '0000' }),
  },
  { action: 'account.audit', allow: ADMIN, input: () => ({}) },
  { action: 'account.auditExport', allow: ADMIN, input: () => ({ outcome: 'none' }) },
];
