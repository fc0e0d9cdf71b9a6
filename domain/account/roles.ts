// Roles and their scopes: what a grant looks like and whether a caller holds a role (in a scope).
import { z } from 'zod';
import { ROLE_NAMES, type AccessRole } from './role-names';

export {
  ACCESS_ROLES,
  ROLE_LABELS,
  ROLE_NAMES,
  type AccessRole,
  type RoleName,
} from './role-names';

/** A grant; a missing scope field means "everywhere" (e.g. an organizer of every event). */
export const roleGrant = z.object({
  role: z.enum(ROLE_NAMES),
  eventId: z.string().optional(),
  branchId: z.string().optional(),
  batchId: z.string().optional(),
  pointId: z.string().optional(),
  clubId: z.string().optional(),
  departmentId: z.string().optional(),
  congressId: z.string().optional(),
  /** a recuperation trip's group (批次) a trip leader leads */
  groupId: z.string().optional(),
  /** a check-up campaign a desk worker checks people in for */
  campaignId: z.string().optional(),
  /** a judged contest or knowledge-contest final a judge scores */
  contestId: z.string().optional(),
  /** an honours round a judge votes in */
  roundId: z.string().optional(),
});
export type RoleGrant = z.infer<typeof roleGrant>;

export type RoleScope = Partial<Omit<RoleGrant, 'role'>>;

/**
 * Scope keys that name different kinds of thing for one role: a judge of an honours round
 * (`roundId`) is not thereby a judge of every contest (`contestId`), though neither grant names
 * the other's key. For these roles a grant covers an asked key only when it names that key, or
 * names none of them (a judge of everything).
 */
const EXCLUSIVE_SCOPE_KEYS: Partial<Record<AccessRole, readonly (keyof RoleScope)[]>> = {
  judge: ['contestId', 'roundId'],
};

/** Does any grant give `role`, in `scope` when one is asked for? Admins hold every role. */
export function holdsRole(
  grants: readonly RoleGrant[],
  role: AccessRole,
  scope?: RoleScope,
): boolean {
  if (role === 'staff') return true;
  if (grants.some((g) => g.role === 'admin')) return true;
  return grants.some((g) => {
    if (g.role !== role) return false;
    if (!scope) return true;
    const exclusive = EXCLUSIVE_SCOPE_KEYS[role] ?? [];
    const namesExclusive = exclusive.some((k) => g[k] !== undefined);
    return (Object.keys(scope) as (keyof RoleScope)[]).every((key) => {
      const want = scope[key];
      const have = g[key];
      if (want !== undefined && namesExclusive && exclusive.includes(key)) return have === want;
      // an unscoped grant covers every scope; a scoped one covers only its own
      return want === undefined || have === undefined || have === want;
    });
  });
}

/** Role names held, "staff" first, without repeats. */
export function roleNames(grants: readonly RoleGrant[]): AccessRole[] {
  const names: AccessRole[] = ['staff'];
  for (const g of grants) if (!names.includes(g.role)) names.push(g.role);
  return names;
}
