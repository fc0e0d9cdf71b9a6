// Pure decisions of binding: do the details match the roster; how many tries (the limiter: _kit/rate-limit).
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
