// The audit trail's actions (served by the account function), typed.
import type { AuditFilter } from '../../../domain/audit/contract';
import { accountContract } from '../../../domain/account/contract';
import { call } from '../../services/cloud';

export const auditApi = {
  list: (filter: AuditFilter, page: number) =>
    call(accountContract, 'account.audit', { ...filter, page }),
  exportXlsx: (filter: AuditFilter) => call(accountContract, 'account.auditExport', filter),
};
