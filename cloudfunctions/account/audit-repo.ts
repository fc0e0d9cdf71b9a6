// Reading and expiring the audit trail (audit_log). Writing is the kit's audit() alone.
import { COLLECTIONS } from '../../database/collections';
import type { AuditFilter } from '../../domain/audit/contract';
import type { AuditDoc, Db } from '../_kit';

const col = (db: Db) => db.collection(COLLECTIONS.auditLog);

function whereOf(db: Db, f: AuditFilter): Record<string, unknown> {
  const _ = db.command;
  const where: Record<string, unknown> = {};
  if (f.staffNo) where.staffNo = f.staffNo;
  if (f.actionName) where.action = f.actionName;
  if (f.outcome) where.outcome = f.outcome;
  if (f.target) where.target = f.target;
  if (f.from && f.to) where.at = _.gte(new Date(f.from)).and(_.lt(new Date(f.to)));
  else if (f.from) where.at = _.gte(new Date(f.from));
  else if (f.to) where.at = _.lt(new Date(f.to));
  else where.at = _.exists(true);
  return where;
}

/** Newest first; `limit` + `skip` paging (the page asks for one more to know if there is more). */
export async function findEntries(
  db: Db,
  f: AuditFilter,
  skip: number,
  limit: number,
): Promise<(AuditDoc & { _id: string })[]> {
  const out: (AuditDoc & { _id: string })[] = [];
  // CloudBase answers at most 1000 documents a request
  while (out.length < limit) {
    const take = Math.min(1000, limit - out.length);
    const res = await col(db)
      .where(whereOf(db, f))
      .orderBy('at', 'desc')
      .skip(skip + out.length)
      .limit(take)
      .get();
    const docs = res.data as (AuditDoc & { _id: string })[];
    out.push(...docs);
    if (docs.length < take) break;
  }
  return out;
}

/** Removes entries older than `before`. Returns how many went. */
export async function removeOlderThan(db: Db, before: Date): Promise<number> {
  const _ = db.command;
  const res = await col(db)
    .where({ at: _.lt(before) })
    .remove();
  return Number((res as { deleted?: number }).deleted ?? 0);
}
