// Plain-Chinese labels for the roster screens: role grants with their scope, bar lengths.
import { ROLE_LABELS, type RoleGrant, type RoleName } from '../../../domain/account/roles';

/**
 * "分工会主席 · 机关分工会", "活动组织者（全部活动）", "办理人 · 部门 人事处": `nameOf` turns any
 * scope id (branch, event, club, department, batch, congress) into its name.
 */
export function grantLabel(grant: RoleGrant, nameOf: (id: string) => string): string {
  const role = ROLE_LABELS[grant.role];
  if (grant.branchId) return `${role} · ${nameOf(grant.branchId)}`;
  if (grant.eventId) return `${role} · 活动 ${nameOf(grant.eventId)}`;
  if (grant.batchId) return `${role} · 批次 ${nameOf(grant.batchId)}`;
  if (grant.pointId) return `${role} · 领取点 ${grant.pointId}`;
  if (grant.clubId) return `${role} · 社团 ${nameOf(grant.clubId)}`;
  if (grant.congressId) return `${role} · 教代会 ${nameOf(grant.congressId)}`;
  if (grant.departmentId) return `${role} · 部门 ${nameOf(grant.departmentId)}`;
  const everywhere: Partial<Record<RoleName, string>> = {
    organizer: '（全部活动）',
    distributor: '（全部发放）',
  };
  return role + (everywhere[grant.role] ?? '');
}

/** The roles an admin grants from the people screen, in the order they are offered. */
export const GRANTABLE: {
  role: RoleName;
  label: string;
  scope: 'none' | 'branch' | 'event' | 'welfare';
}[] = [
  { role: 'organizer', label: '活动组织者', scope: 'event' },
  { role: 'branch_chair', label: '分工会主席', scope: 'branch' },
  { role: 'distributor', label: '福利核销员', scope: 'welfare' },
  { role: 'admin', label: '校工会管理员', scope: 'none' },
];

/** Bar widths in percent of the largest value (at least a sliver for non-zero values). */
export function barWidths(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 || v === 0 ? 0 : Math.max(2, Math.round((v / max) * 100))));
}

/** One lookup for every scope id: branch names plus the scope names the server sent. */
export function scopeNamer(
  branches: readonly { id: string; name: string }[],
  scopeNames: readonly { id: string; name: string }[] = [],
): (id: string) => string {
  const names = new Map<string, string>();
  for (const b of branches) names.set(b.id, b.name);
  for (const n of scopeNames) names.set(n.id, n.name);
  return (id) => names.get(id) ?? id;
}
