// What an action's implementation receives besides its input: the caller, the db, time, a logger.
import { holdsRole, type AccessRole, type RoleScope } from '../../domain/account/roles';
import { VisibleError } from '../../domain/errors';
import type { StaffDoc } from '../../domain/roster/staff';
import type { Db } from './db';
import type { Logger } from './log';

export interface CallContext {
  requestId: string;
  action: string;
  /** the instant this call started */
  now: Date;
  openid: string | null;
  /** the bound, active staff record of the caller, if any */
  staff: StaffDoc | null;
  db: Db;
  log: Logger;
  /** the bound caller, or an auth.unbound error */
  me(): StaffDoc;
  /** does the caller hold this role (in this scope)? admins hold every role */
  can(role: AccessRole, scope?: RoleScope): boolean;
  /** throws auth.forbidden unless the caller holds this role (in this scope) */
  require(role: AccessRole, scope?: RoleScope): void;
}

export const UNBOUND_MESSAGE = '请先绑定工号，再使用这个功能。';
export const FORBIDDEN_MESSAGE = '你没有权限做这件事。如需开通，请联系校工会。';

export function createCallContext(parts: {
  requestId: string;
  action: string;
  openid: string | null;
  staff: StaffDoc | null;
  db: Db;
  log: Logger;
  /** the call's instant (the kit's clock); new Date() when not given */
  now?: Date;
}): CallContext {
  const { staff } = parts;
  const can = (role: AccessRole, scope?: RoleScope): boolean =>
    staff !== null && holdsRole(staff.roles, role, scope);
  return {
    ...parts,
    now: parts.now ?? new Date(),
    me() {
      if (!staff) throw new VisibleError('auth.unbound', UNBOUND_MESSAGE);
      return staff;
    },
    can,
    require(role, scope) {
      if (!staff) throw new VisibleError('auth.unbound', UNBOUND_MESSAGE);
      if (!can(role, scope)) throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
    },
  };
}
