// Writes of staff records for the roster: imports in batches, deactivation, scoped lists and
// unbinding (reads by id, whole-roster reads and role grants: the kit's roster-repo).
import { COLLECTIONS } from '../../database/collections';
import { VisibleError } from '../../domain/errors';
import { ROSTER_FIELDS, newStaffDoc, type RosterRow } from '../../domain/roster/rules';
import { staffDoc, type StaffDoc } from '../../domain/roster/staff';
import { runTransaction, type Db } from '../_kit';
import { readAll } from '../_kit/read';

const IN_CHUNK = 500;
/** Single-document writes in flight at once (each is one request). */
const WRITE_CONCURRENCY = 8;

const parse = (docs: unknown[]): StaffDoc[] => docs.map((d) => staffDoc.parse(d));

/** The roster fields of a row as an update: absent optional fields are removed; back in the roster. */
function rosterUpdate(db: Db, row: RosterRow): Record<string, unknown> {
  const _ = db.command;
  const update: Record<string, unknown> = { active: true };
  for (const f of ROSTER_FIELDS) update[f] = row[f] === undefined ? _.remove() : row[f];
  return update;
}

async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, items.length) }, worker));
}

/**
 * Writes rows by 工号: updates existing records (roster fields only — openid and roles stay),
 * inserts new ones in batches. A batch that collides with a record created meanwhile (a retried
 * chunk, a second admin) falls back to row-by-row upserts, so a repeat never duplicates anyone.
 */
export async function writeRows(db: Db, created: RosterRow[], updated: RosterRow[]): Promise<void> {
  await inParallel(updated, async (row) => {
    await db.collection(COLLECTIONS.staff).doc(row.staffNo).update(rosterUpdate(db, row));
  });
  for (let i = 0; i < created.length; i += IN_CHUNK) {
    const batch = created.slice(i, i + IN_CHUNK);
    try {
      await db.collection(COLLECTIONS.staff).add(batch.map(newStaffDoc));
    } catch {
      await inParallel(batch, async (row) => {
        const res = await db
          .collection(COLLECTIONS.staff)
          .doc(row.staffNo)
          .update(rosterUpdate(db, row));
        if (res.updated === 0) {
          try {
            await db.collection(COLLECTIONS.staff).add(newStaffDoc(row));
          } catch {
            // created by someone else between our update and add: theirs came from the same file
            await db.collection(COLLECTIONS.staff).doc(row.staffNo).update(rosterUpdate(db, row));
          }
        }
      });
    }
  }
}

/** Marks these people inactive (one request per 500); returns how many changed. */
export async function deactivate(db: Db, ids: readonly string[]): Promise<number> {
  const _ = db.command;
  let changed = 0;
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const res = await db
      .collection(COLLECTIONS.staff)
      .where({ _id: _.in(ids.slice(i, i + IN_CHUNK)), active: true })
      .update({ active: false });
    changed += res.updated ?? 0;
  }
  return changed;
}

export interface ListQuery {
  branchIds: string[] | null;
  q?: string;
  status?: StaffDoc['status'];
  presence: 'active' | 'inactive' | 'all';
  role?: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function whereOf(db: Db, query: ListQuery): Parameters<ReturnType<Db['collection']>['where']>[0] {
  const _ = db.command;
  const where: Record<string, unknown> = {};
  if (query.branchIds)
    where.branchId = query.branchIds.length === 1 ? query.branchIds[0] : _.in(query.branchIds);
  if (query.status) where.status = query.status;
  if (query.presence !== 'all') where.active = query.presence === 'active';
  if (query.role && query.role !== 'staff') where['roles.role'] = query.role;
  if (query.q) {
    const text = escapeRegExp(query.q);
    const byNo = /^[A-Za-z0-9-]+$/.test(query.q);
    const byName = { name: db.RegExp({ regexp: text, options: 'i' }) };
    return byNo
      ? _.and([where, _.or([byName, { staffNo: db.RegExp({ regexp: `^${text}`, options: 'i' }) }])])
      : { ...where, ...byName };
  }
  return where;
}

/** One page of people (two requests: the page and the count). */
export async function listStaff(
  db: Db,
  query: ListQuery,
  page: number,
  pageSize: number,
): Promise<{ items: StaffDoc[]; total: number }> {
  const where = whereOf(db, query);
  const [res, count] = await Promise.all([
    db
      .collection(COLLECTIONS.staff)
      .where(where)
      .orderBy('branchId', 'asc')
      .orderBy('_id', 'asc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    db.collection(COLLECTIONS.staff).where(where).count(),
  ]);
  return { items: parse(res.data as unknown[]), total: count.total ?? 0 };
}

/** Every person matching (for export), page by page. */
export async function listAllStaff(db: Db, query: ListQuery): Promise<StaffDoc[]> {
  return readAll(db.collection(COLLECTIONS.staff).where(whereOf(db, query)), staffDoc, {
    orderBy: [
      ['branchId', 'asc'],
      ['_id', 'asc'],
    ],
  });
}

const NOT_FOUND = () => new VisibleError('roster.not_found', '名册里没有这个工号，请核对后再试。');

/**
 * Unbinds in one transaction: the staff record loses its openid and the binding document (keyed
 * by openid) goes, so the person can bind a new phone and the old WeChat can bind again.
 */
export async function unbindStaff(db: Db, staffNo: string): Promise<boolean> {
  const _ = db.command;
  return runTransaction(db, async (tx) => {
    const res = await tx.collection(COLLECTIONS.staff).doc(staffNo).get();
    if (!res.data) throw NOT_FOUND();
    const openid = (res.data as { openid?: string }).openid;
    if (!openid) return false;
    await tx.collection(COLLECTIONS.staff).doc(staffNo).update({ openid: _.remove() });
    const binding = await tx.collection(COLLECTIONS.bindings).doc(openid).get();
    if (binding.data) await tx.collection(COLLECTIONS.bindings).doc(openid).remove();
    return true;
  });
}
