// Branches (分工会) as data: the list (with head counts for admins) and an admin's edits.
import type { z } from 'zod';
import type { BranchView, saveBranchInput } from '../../domain/roster/contract';
import { nextBranchId } from '../../domain/roster/rules';
import type { BranchDoc } from '../../domain/roster/staff';
import { VisibleError } from '../../domain/errors';
import type { CallContext } from '../_kit';
import { listBranches as readBranches } from '../_kit/roster-repo';
import { peopleByBranch, saveBranch as writeBranch } from './branch-repo';

const view = (b: BranchDoc, people?: number): BranchView => ({
  id: b._id,
  name: b.name,
  order: b.order,
  active: b.active,
  ...(people === undefined ? {} : { people }),
});

export async function branches(input: { includeInactive: boolean }, ctx: CallContext) {
  const admin = ctx.can('admin');
  const [all, people] = await Promise.all([
    readBranches(ctx.db),
    admin ? peopleByBranch(ctx.db) : null,
  ]);
  const shown = admin && input.includeInactive ? all : all.filter((b) => b.active);
  return { branches: shown.map((b) => view(b, people ? (people.get(b._id) ?? 0) : undefined)) };
}

const squash = (s: string) => s.replace(/\s+/g, '');

export async function saveBranch(
  input: z.output<typeof saveBranchInput>,
  ctx: CallContext,
): Promise<BranchView> {
  const all = await readBranches(ctx.db);
  if (input.id && !all.some((b) => b._id === input.id)) {
    throw new VisibleError('roster.unknown_branch', '没有这个分工会，请刷新后再试。');
  }
  const name = squash(input.name);
  const clash = all.find((b) => b._id !== input.id && squash(b.name) === name);
  if (clash)
    throw new VisibleError(
      'roster.branch_name_taken',
      `已经有名为“${clash.name}”的分工会了，请换一个名称。`,
    );
  const branch: BranchDoc = {
    _id: input.id ?? nextBranchId(all.map((b) => b._id)),
    name,
    order: input.order,
    active: input.active,
  };
  await writeBranch(ctx.db, branch);
  ctx.log.info('roster.saveBranch', { created: !input.id, active: branch.active });
  return view(branch);
}
