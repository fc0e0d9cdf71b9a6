// Finding a demo identity on the dev sign-in page: by name, 工号, branch, openid or role.
import { ROLE_LABELS, type AccessRole } from '../../../domain/account/roles';
import type { DevUser } from '../../services/dev-users';

export function roleText(roles: readonly string[]): string {
  return roles.map((r) => ROLE_LABELS[r as AccessRole] ?? r).join('、');
}

/** Users whose name, 工号, branch, openid or role labels contain every word of the query. */
export function filterUsers(users: readonly DevUser[], query: string, limit = 50): DevUser[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const out: DevUser[] = [];
  for (const u of users) {
    const hay = [u.name, u.staffNo, u.branch, u.openid, roleText(u.roles), ...u.roles]
      .join(' ')
      .toLowerCase();
    if (words.every((w) => hay.includes(w))) out.push(u);
    if (out.length >= limit) break;
  }
  return out;
}
