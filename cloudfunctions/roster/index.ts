// The roster function: import (preview, confirm), people and roles, unbinding, branches, export.
import { rosterContract } from '../../domain/roster/contract';
import { audited, createHandler } from '../_kit';
import { branches, saveBranch } from './branches';
import { exportRoster, template } from './export';
import { importRoster, preview } from './import';
import { grantRole, list, mine, person, revokeRole, unbind } from './people';

export const main = createHandler(rosterContract, {
  'roster.preview': { access: ['admin'], run: preview },
  'roster.import': { access: ['admin'], run: audited(importRoster, () => 'roster') },
  'roster.template': { access: ['admin'], run: template },
  // a branch chair sees only their own branch (checked inside)
  'roster.list': { access: ['admin', 'branch_chair'], run: list },
  'roster.person': { access: ['admin', 'branch_chair'], run: person },
  'roster.mine': { access: ['staff'], run: mine },
  'roster.grantRole': {
    access: ['admin'],
    run: audited(grantRole, (i) => `${i.staffNo}:${i.grant.role}`),
  },
  'roster.revokeRole': {
    access: ['admin'],
    run: audited(revokeRole, (i) => `${i.staffNo}:${i.grant.role}`),
  },
  'roster.unbind': { access: ['admin'], run: audited(unbind, (i) => i.staffNo) },
  'roster.branches': { access: ['staff'], run: branches },
  'roster.saveBranch': { access: ['admin'], run: saveBranch },
  'roster.export': {
    access: ['admin', 'branch_chair'],
    run: audited(exportRoster, (i) => i.branchId ?? 'all'),
  },
});
