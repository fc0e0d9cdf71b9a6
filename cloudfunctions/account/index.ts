// The account function: who am I, binding my WeChat to my roster entry, the audit trail, and
// the union office's contact.
import { accountContract } from '../../domain/account/contract';
import { createHandler } from '../_kit';
import { bind } from './bind';
import { expireAudit, exportAudit, listAudit } from './audit-log';
import { home } from './home';
import { describe } from './me';
import { readOffice, writeOffice } from './office';

export const main = createHandler(
  accountContract,
  {
    'account.me': { access: 'public', run: (_input, ctx) => describe(ctx.db, ctx.staff) },
    'account.bind': { access: 'public', run: bind },
    'account.home': { access: 'public', run: home },
    'account.audit': { access: ['admin'], run: listAudit },
    'account.auditExport': { access: ['admin'], run: exportAudit },
    // shown on the bind page and error screens: unbound callers read it too
    'account.office': { access: 'public', run: readOffice },
    'account.setOffice': { access: ['admin'], run: writeOffice },
  },
  { timers: { expireAudit } },
);
