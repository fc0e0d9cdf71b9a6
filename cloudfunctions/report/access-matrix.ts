// Who may call each report action (the authorization matrix, cloudfunctions/_security): admins
// any branch; a chair only their own, so the matrix's chair (b06) asking for b01 is refused.
import { beijing } from '../../domain/time';
import { ADMIN, type AccessRow } from '../_security/matrix';

const scope = () => ({ year: beijing(new Date()).year(), branchId: 'b01' });

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'report.year', allow: ADMIN, input: scope },
  {
    action: 'report.range',
    allow: ADMIN,
    input: () => ({ from: `${scope().year}-01-01`, to: `${scope().year}-06-30`, branchId: 'b01' }),
  },
  { action: 'report.detail', allow: ADMIN, input: () => ({ ...scope(), figure: 'events.held' }) },
  { action: 'report.exportXlsx', allow: ADMIN, input: scope },
  { action: 'report.exportDocx', allow: ADMIN, input: scope },
];
