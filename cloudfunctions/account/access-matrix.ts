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
  // the office's contact is on the bind page: read by anyone, even unbound; set by admins only
  { action: 'account.office', allow: EVERYONE, input: () => ({}) },
  {
    action: 'account.setOffice',
    allow: ADMIN,
    input: () => ({
      name: '校工会办公室',
      phone: '0571-88206000',
      place: '行政楼 2 楼 203 室',
      hours: '工作日 8:30–17:00',
    }),
  },
];
