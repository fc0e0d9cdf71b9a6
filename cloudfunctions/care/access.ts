// Who the caller is to a case: the viewer record the pure read rule decides on, and the one place
// that turns "may not read" into the same answer as "does not exist".
import type { CaseDoc } from '../../domain/care/model';
import { readRole, type CaseViewer, type ReadRole } from '../../domain/care/rules';
import type { CallContext } from '../_kit';
import { CASE_NOT_FOUND, getCase } from './case-repo';

export function viewerOf(ctx: CallContext): CaseViewer {
  const me = ctx.me();
  return {
    staffNo: me.staffNo,
    admin: ctx.can('admin'),
    // an unscoped branch_chair grant would cover every branch: only scoped grants count here
    chairs: (branchId) =>
      me.roles.some((g) => g.role === 'branch_chair' && g.branchId === branchId),
    committee: me.roles.some((g) => g.role === 'care_committee'),
  };
}

/** The branches the caller chairs (scoped grants only). */
export function chairedBranches(ctx: CallContext): string[] {
  return ctx
    .me()
    .roles.filter((g) => g.role === 'branch_chair' && g.branchId)
    .map((g) => g.branchId as string);
}

/** The case and the caller's part in it; anyone else gets care.not_found, as for a missing case. */
export async function caseFor(
  ctx: CallContext,
  caseId: string,
): Promise<{ doc: CaseDoc; role: ReadRole }> {
  const doc = await getCase(ctx.db, caseId);
  if (!doc) throw CASE_NOT_FOUND();
  const role = readRole(doc, viewerOf(ctx));
  if (!role) throw CASE_NOT_FOUND();
  return { doc, role };
}

/** The applicant or the one who filed it: they edit, add documents, submit and withdraw. */
export function isOwner(role: ReadRole): boolean {
  return role === 'applicant' || role === 'filer';
}
