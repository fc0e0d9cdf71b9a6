// Security rules as code: every collection is read and written only by cloud functions, which
// bypass rules. Clients never touch the database directly.
import { COLLECTIONS } from './collections';

export const SECURITY_RULES: Record<string, { read: boolean; write: boolean }> = Object.fromEntries(
  Object.values(COLLECTIONS).map((name) => [name, { read: false, write: false }]),
);
