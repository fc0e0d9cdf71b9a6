// The roster function, typed: import, people and roles, unbinding, branches, export.
import type { z } from 'zod';
import { rosterContract, type exportInput, type listInput } from '../../../domain/roster/contract';
import type { RoleGrant } from '../../../domain/account/roles';
import { call } from '../../services/cloud';

export const rosterApi = {
  preview: (fileBase64: string, fileName: string) =>
    call(rosterContract, 'roster.preview', { fileBase64, fileName }),
  importChunk: (input: {
    fileBase64: string;
    fileName: string;
    fingerprint: string;
    skipBadRows: boolean;
    deactivateMissing: boolean;
    offset: number;
    limit: number;
  }) => call(rosterContract, 'roster.import', input),
  template: () => call(rosterContract, 'roster.template', {}),
  list: (input: z.input<typeof listInput>) => call(rosterContract, 'roster.list', input),
  person: (staffNo: string) => call(rosterContract, 'roster.person', { staffNo }),
  mine: () => call(rosterContract, 'roster.mine', {}),
  grantRole: (staffNo: string, grant: RoleGrant) =>
    call(rosterContract, 'roster.grantRole', { staffNo, grant }),
  revokeRole: (staffNo: string, grant: RoleGrant) =>
    call(rosterContract, 'roster.revokeRole', { staffNo, grant }),
  unbind: (staffNo: string) => call(rosterContract, 'roster.unbind', { staffNo }),
  branches: (includeInactive = false) =>
    call(rosterContract, 'roster.branches', { includeInactive }),
  saveBranch: (input: { id?: string; name: string; order: number; active: boolean }) =>
    call(rosterContract, 'roster.saveBranch', input),
  exportRoster: (input: z.input<typeof exportInput>) =>
    call(rosterContract, 'roster.export', input),
};
