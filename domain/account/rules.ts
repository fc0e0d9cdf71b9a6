// Pure decisions of binding: do the details match the roster, and is this openid blocked.
import type { StaffDoc } from '../roster/staff';

export const BIND_MAX_FAILURES = 5;
export const BIND_BLOCK_MS = 60 * 60 * 1000;

/** Names compare without spaces (people type "张 三" and "张三"); phones by their last 4 digits. */
export function detailsMatch(
  staff: Pick<StaffDoc, 'name' | 'phone'>,
  name: string,
  phoneLast4: string,
): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '');
  return norm(staff.name) === norm(name) && staff.phone.slice(-4) === phoneLast4;
}

/**
 * Failures are kept as the instants of the last few; the openid is blocked while the last
 * BIND_MAX_FAILURES of them fall within one hour, until that hour has passed since the oldest.
 */
export function blockedUntil(failures: readonly Date[], now: Date): Date | null {
  if (failures.length < BIND_MAX_FAILURES) return null;
  const recent = [...failures].sort((a, b) => a.getTime() - b.getTime()).slice(-BIND_MAX_FAILURES);
  const until = new Date(recent[0].getTime() + BIND_BLOCK_MS);
  return until > now && recent[recent.length - 1].getTime() - recent[0].getTime() <= BIND_BLOCK_MS
    ? until
    : null;
}

export function attemptsLeft(failures: readonly Date[], now: Date): number {
  const inHour = failures.filter((f) => now.getTime() - f.getTime() < BIND_BLOCK_MS).length;
  return Math.max(0, BIND_MAX_FAILURES - inHour);
}
