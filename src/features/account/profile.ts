// What 我的 shows about a bound caller, in plain Chinese, and whether they see the 管理 entry.
import type { BoundMe } from '../../../domain/account/contract';
import { ROLE_LABELS, ROLE_NAMES, type AccessRole } from '../../../domain/account/role-names';

export interface ProfileRow {
  label: string;
  value: string;
}

export function profileRows(me: BoundMe): ProfileRow[] {
  return [
    { label: '姓名', value: me.name },
    { label: '工号', value: me.staffNo },
    { label: '分工会', value: me.branch },
    { label: '会员', value: me.member ? '工会会员' : '非会员' },
    { label: '状态', value: me.status },
    { label: '手机', value: me.phoneMasked },
  ];
}

/** Chinese labels of the roles held, 教职工 first. */
export function roleLabels(roles: readonly AccessRole[]): string[] {
  return roles.map((r) => ROLE_LABELS[r]);
}

/** Every granted role opens the 管理 area; the tools inside show by their own roles. */
export const MANAGER_ROLES: readonly AccessRole[] = ROLE_NAMES;

export function canManage(me: Pick<BoundMe, 'roles'> | null): boolean {
  return !!me && me.roles.some((r) => MANAGER_ROLES.includes(r));
}
