// Recognising the database's answers that a function handles on purpose (not as `internal`).

/**
 * Is this the database's answer to inserting an `_id` that exists? CloudBase (and the local
 * emulator, local-cloud/emulator/writes.ts) answer code DATABASE_REQUEST_FAILED with MongoDB's
 * "E11000 duplicate key error … index: _id_" in the message; any other error is not a duplicate.
 */
export function isDuplicate(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (code !== undefined && code !== 'DATABASE_REQUEST_FAILED') return false;
  return (
    typeof message === 'string' && /E11000 duplicate key error[\s\S]*index: _id_ /.test(message)
  );
}
