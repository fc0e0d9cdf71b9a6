// Reads and writes of care cases (tier 3). Every change is conditional on the version and status
// read, so two reviewers acting at once never both win; the loser is told to refresh.
import { COLLECTIONS } from '../../database/collections';
import { VisibleError } from '../../domain/errors';
import { caseDoc, type CaseDoc, type CaseStatus } from '../../domain/care/model';
import { isClosed } from '../../domain/care/rules';
import type { Db } from '../_kit';
import { firstOf, getById, readAll } from '../_kit/read';

const C = COLLECTIONS.careCases;
const PAGE = 1000;

export const CASE_NOT_FOUND = () =>
  new VisibleError('care.not_found', '没有找到这份申请，请返回刷新。');
export const CASE_BUSY = () =>
  new VisibleError('conflict', '这份申请刚好有人在同时处理，请刷新后再试一次。');

/** While a case is open its openKey is programme:person (unique), so one person has one open case
 * per programme and a retried apply finds it; once decided it becomes the case id. */
export function openKeyOf(c: Pick<CaseDoc, '_id' | 'programmeId' | 'staffNo' | 'status'>): string {
  return isClosed(c.status) || c.status === 'approved' ? c._id : `${c.programmeId}:${c.staffNo}`;
}

function body(db: Db, c: CaseDoc): Record<string, unknown> {
  const _ = db.command;
  const out: Record<string, unknown> = { openKey: openKeyOf(c) };
  for (const [k, v] of Object.entries(c)) {
    if (k === '_id' || v === undefined) continue;
    out[k] = v !== null && typeof v === 'object' && !(v instanceof Date) ? _.set(v) : v;
  }
  return out;
}

/** A write refused by the unique index on openKey (the emulator and CloudBase answer E11000). */
function isOpenDuplicate(e: unknown): boolean {
  const message = (e as { message?: unknown } | null)?.message;
  return (
    typeof message === 'string' && /E11000 duplicate key error[\s\S]*index: open /.test(message)
  );
}

function parse(raw: unknown): CaseDoc {
  return caseDoc.parse(raw);
}

export async function getCase(db: Db, id: string): Promise<CaseDoc | null> {
  return getById(db, C, id, caseDoc);
}

/** Inserts a new case; returns the open case already there for this person and programme, if any. */
export async function insertCase(db: Db, c: CaseDoc): Promise<CaseDoc | null> {
  try {
    await db.collection(C).add({ ...c, openKey: openKeyOf(c) });
    return null;
  } catch (e) {
    if (!isOpenDuplicate(e)) throw e;
    const res = await db
      .collection(C)
      .where({ openKey: openKeyOf(c) })
      .limit(1)
      .get();
    const raw = firstOf(res);
    if (!raw) throw CASE_BUSY();
    return parse(raw);
  }
}

/** Writes `next` iff the stored case is still at `prev`'s version and status; bumps the version. */
export async function writeCase(db: Db, prev: CaseDoc, next: CaseDoc): Promise<boolean> {
  const res = await db
    .collection(C)
    .where({ _id: prev._id, version: prev.version, status: prev.status })
    .update(body(db, { ...next, version: prev.version + 1 }));
  return res.updated === 1;
}

function listWhere(db: Db, where: Record<string, unknown>, max = 5000): Promise<CaseDoc[]> {
  return readAll(db.collection(C).where(where), caseDoc, {
    orderBy: 'updatedAt',
    direction: 'desc',
    max,
  });
}

export function casesOfPerson(db: Db, staffNo: string): Promise<CaseDoc[]> {
  return listWhere(db, { staffNo }, 1000);
}

export function casesFiledBy(db: Db, staffNo: string): Promise<CaseDoc[]> {
  return listWhere(db, { filedBy: staffNo }, 1000);
}

export function casesOfPersonYear(db: Db, staffNo: string, year: number): Promise<CaseDoc[]> {
  return listWhere(db, { staffNo, year }, 1000);
}

export function casesOfBranches(db: Db, branchIds: string[]): Promise<CaseDoc[]> {
  const _ = db.command;
  return listWhere(db, { branchId: _.in(branchIds) });
}

export function casesOfYear(db: Db, year: number): Promise<CaseDoc[]> {
  return listWhere(db, { year }, 20000);
}

export function casesForCommittee(db: Db): Promise<CaseDoc[]> {
  return listWhere(db, { needsCommittee: true });
}

export function casesOfProgramme(
  db: Db,
  programmeId: string,
  statuses: readonly CaseStatus[],
): Promise<CaseDoc[]> {
  const _ = db.command;
  return listWhere(db, { programmeId, status: _.in([...statuses]) }, 20000);
}

/** Closed cases whose retention has run out and still hold details. */
export async function casesToPurge(db: Db, now: Date, limit: number): Promise<CaseDoc[]> {
  const _ = db.command;
  const res = await db
    .collection(C)
    .where({ purgeAfter: _.lte(now), purged: false })
    .limit(limit)
    .get();
  return (res.data as unknown[]).map(parse);
}

/** Open cases that are waiting for their applicant (returned, or missing documents). */
export async function casesWaitingOnApplicant(db: Db): Promise<CaseDoc[]> {
  const _ = db.command;
  return listWhere(db, { status: _.in(['returned', 'draft']) }, 5000);
}

export async function countHelped(db: Db, year: number, programmeIds: string[]): Promise<number> {
  if (programmeIds.length === 0) return 0;
  const _ = db.command;
  const res = await db
    .collection(C)
    .where({ year, programmeId: _.in(programmeIds), status: _.in(['approved', 'paid']) })
    .field({ staffNo: true })
    .limit(PAGE)
    .get();
  return new Set((res.data as { staffNo: string }[]).map((d) => d.staffNo)).size;
}

const TRIES = 6;

/**
 * Read → decide (pure, may throw a VisibleError) → conditional write, re-read and retried when
 * someone else wrote in between. `before` is what the winning write replaced.
 */
export async function mutateCase(
  db: Db,
  first: CaseDoc,
  decide: (doc: CaseDoc) => CaseDoc | Promise<CaseDoc>,
): Promise<{ before: CaseDoc; after: CaseDoc }> {
  let before: CaseDoc | null = first;
  for (let i = 0; i < TRIES; i++) {
    if (!before) throw CASE_NOT_FOUND();
    const after = await decide(before);
    if (await writeCase(db, before, after))
      return { before, after: { ...after, version: before.version + 1 } };
    await new Promise((r) => setTimeout(r, Math.random() * 10 * (i + 1)));
    before = await getCase(db, first._id);
  }
  throw CASE_BUSY();
}

export function casesOfYearStatuses(
  db: Db,
  years: number[],
  statuses: readonly CaseStatus[],
): Promise<CaseDoc[]> {
  const _ = db.command;
  return listWhere(db, { year: _.in(years), status: _.in([...statuses]) }, 5000);
}
