// People and roles: the scoped list, one person's details, my own details, granting and revoking
// roles, and unbinding a WeChat (a person changed phones).
import type { z } from 'zod';
import type { RoleGrant } from '../../domain/account/roles';
import type {
  PersonDetail,
  PersonSummary,
  grantInput,
  listInput,
  listOutput,
} from '../../domain/roster/contract';
import { LIST_PAGE_SIZE } from '../../domain/roster/contract';
import { normalizeGrant, sameGrant, visibleBranches } from '../../domain/roster/rules';
import { maskPhone, type StaffDoc } from '../../domain/roster/staff';
import { VisibleError } from '../../domain/errors';
import type { CallContext } from '../_kit';
import { getStaff, listBranches } from '../_kit/roster-repo';
import { scopeNames } from './scope-names-repo';
import { changeGrants } from '../_kit/roster-repo';
import { listStaff, unbindStaff, type ListQuery } from './staff-repo';

const FORBIDDEN_BRANCH = '你只能查看本分工会的人员。';

/** The branches this call may cover: an admin any, a branch chair only their own. */
export function scopeBranches(ctx: CallContext, wanted: string | undefined): string[] | null {
  const visible = visibleBranches(ctx.me().roles);
  if (visible === null) return wanted ? [wanted] : null;
  if (wanted) {
    if (!visible.includes(wanted)) throw new VisibleError('auth.forbidden', FORBIDDEN_BRANCH);
    return [wanted];
  }
  if (visible.length === 0) throw new VisibleError('auth.forbidden', FORBIDDEN_BRANCH);
  return visible;
}

async function branchNames(ctx: CallContext): Promise<(id: string) => string> {
  const names = new Map((await listBranches(ctx.db)).map((b) => [b._id, b.name]));
  return (id) => names.get(id) ?? '未分配';
}

function summary(s: StaffDoc, branch: (id: string) => string): PersonSummary {
  return {
    staffNo: s.staffNo,
    name: s.name,
    ...(s.gender ? { gender: s.gender } : {}),
    branchId: s.branchId,
    branch: branch(s.branchId),
    member: s.member,
    status: s.status,
    active: s.active,
    bound: !!s.openid,
    grants: s.roles,
  };
}

async function detail(
  ctx: CallContext,
  s: StaffDoc,
  branch: (id: string) => string,
  full: boolean,
): Promise<PersonDetail> {
  return {
    ...summary(s, branch),
    scopeNames: await scopeNames(ctx.db, s.roles),
    phoneMasked: maskPhone(s.phone),
    ...(s.joinedOn ? { joinedOn: s.joinedOn } : {}),
    ...(full ? { phone: s.phone, ...(s.birth ? { birth: s.birth } : {}) } : {}),
  };
}

export async function list(
  input: z.output<typeof listInput>,
  ctx: CallContext,
): Promise<z.output<typeof listOutput>> {
  const branchIds = scopeBranches(ctx, input.branchId);
  const query: ListQuery = {
    branchIds,
    q: input.q || undefined,
    status: input.status,
    presence: input.presence,
    role: input.role,
  };
  const [names, page] = await Promise.all([
    branchNames(ctx),
    listStaff(ctx.db, query, input.page, LIST_PAGE_SIZE),
  ]);
  return {
    items: page.items.map((s) => summary(s, names)),
    scopeNames: await scopeNames(
      ctx.db,
      page.items.flatMap((s) => s.roles),
    ),
    total: page.total,
    page: input.page,
    pageSize: LIST_PAGE_SIZE,
    scopeBranchId: branchIds && branchIds.length === 1 ? branchIds[0] : null,
  };
}

const notFound = () => new VisibleError('roster.not_found', '名册里没有这个工号，请核对后再试。');

export async function person(input: { staffNo: string }, ctx: CallContext): Promise<PersonDetail> {
  const [s, names] = await Promise.all([getStaff(ctx.db, input.staffNo), branchNames(ctx)]);
  // a chair asking about someone outside their branch learns nothing, not even that they exist
  if (!s) {
    if (!ctx.can('admin')) throw new VisibleError('auth.forbidden', FORBIDDEN_BRANCH);
    throw notFound();
  }
  if (!ctx.can('branch_chair', { branchId: s.branchId }))
    throw new VisibleError('auth.forbidden', FORBIDDEN_BRANCH);
  const self = s.staffNo === ctx.me().staffNo;
  return detail(ctx, s, names, ctx.can('admin') || self);
}

export async function mine(_input: unknown, ctx: CallContext): Promise<PersonDetail> {
  return detail(ctx, ctx.me(), await branchNames(ctx), true);
}

async function checkGrant(grant: RoleGrant, ctx: CallContext): Promise<RoleGrant> {
  const normalized = normalizeGrant(grant);
  if (!normalized.ok)
    throw new VisibleError('validation.failed', normalized.reason, [
      { path: 'grant', message: normalized.reason },
    ]);
  const branchId = normalized.grant.branchId;
  if (branchId && !(await listBranches(ctx.db)).some((b) => b._id === branchId)) {
    throw new VisibleError('roster.unknown_branch', '没有这个分工会，请刷新后重新选择。');
  }
  return normalized.grant;
}

export async function grantRole(input: z.output<typeof grantInput>, ctx: CallContext) {
  const grant = await checkGrant(input.grant, ctx);
  const grants = await changeGrants(ctx.db, input.staffNo, (current, staff) => {
    if (!staff.active)
      throw new VisibleError(
        'roster.inactive',
        '这位教职工已不在名册中（已标记为不在册），不能授予角色。',
      );
    return current.some((g) => sameGrant(g, grant)) ? current : [...current, grant];
  });
  ctx.log.info('roster.grantRole', { role: grant.role });
  return { staffNo: input.staffNo, grants };
}

export async function revokeRole(input: z.output<typeof grantInput>, ctx: CallContext) {
  const normalized = normalizeGrant(input.grant);
  const grant = normalized.ok ? normalized.grant : input.grant;
  if (grant.role === 'admin' && input.staffNo === ctx.me().staffNo) {
    throw new VisibleError('roster.self_admin', '不能撤销自己的管理员角色，请另一位管理员操作。');
  }
  const grants = await changeGrants(ctx.db, input.staffNo, (current) =>
    current.filter((g) => !sameGrant(g, grant)),
  );
  ctx.log.info('roster.revokeRole', { role: grant.role });
  return { staffNo: input.staffNo, grants };
}

export async function unbind(input: { staffNo: string }, ctx: CallContext) {
  const wasBound = await unbindStaff(ctx.db, input.staffNo);
  ctx.log.info('roster.unbind', { wasBound });
  return { staffNo: input.staffNo, wasBound };
}
