// Reads of congresses, sessions, departments and representatives; writes of representatives.
import { COLLECTIONS } from '../../database/collections';
import { VisibleError } from '../../domain/errors';
import {
  congressDoc,
  departmentDoc,
  representativeDoc,
  representativeId,
  sessionDoc,
  type CongressDoc,
  type DepartmentDoc,
  type RepresentativeDoc,
  type SessionDoc,
} from '../../domain/proposals/model';
import type { Db } from '../_kit';
import { firstOf, readAll } from '../_kit/read';

export async function getSession(db: Db, id: string): Promise<SessionDoc> {
  const raw = firstOf(await db.collection(COLLECTIONS.congressSessions).doc(id).get());
  if (!raw)
    throw new VisibleError(
      'proposals.session_not_found',
      '没有找到这次教代会会议，请返回重新选择。',
    );
  return sessionDoc.parse(raw);
}

export async function listSessions(db: Db): Promise<SessionDoc[]> {
  const res = await db
    .collection(COLLECTIONS.congressSessions)
    .orderBy('filingOpensAt', 'desc')
    .limit(100)
    .get();
  return (res.data as unknown[]).map((d) => sessionDoc.parse(d));
}

export async function listCongresses(db: Db): Promise<CongressDoc[]> {
  const res = await db.collection(COLLECTIONS.congresses).limit(100).get();
  return (res.data as unknown[]).map((d) => congressDoc.parse(d));
}

export async function getCongress(db: Db, id: string): Promise<CongressDoc | null> {
  const raw = firstOf(await db.collection(COLLECTIONS.congresses).doc(id).get());
  return raw ? congressDoc.parse(raw) : null;
}

export async function listDepartments(db: Db): Promise<DepartmentDoc[]> {
  const res = await db.collection(COLLECTIONS.departments).orderBy('order', 'asc').limit(200).get();
  return (res.data as unknown[]).map((d) => departmentDoc.parse(d));
}

export async function getRepresentative(
  db: Db,
  congressId: string,
  staffNo: string,
): Promise<RepresentativeDoc | null> {
  const raw = firstOf(
    await db
      .collection(COLLECTIONS.representatives)
      .doc(representativeId(congressId, staffNo))
      .get(),
  );
  const rep = raw ? representativeDoc.parse(raw) : null;
  return rep && rep.active ? rep : null;
}

export async function getRepresentatives(
  db: Db,
  congressId: string,
  staffNos: string[],
): Promise<RepresentativeDoc[]> {
  const res = await db
    .collection(COLLECTIONS.representatives)
    .where({
      _id: db.command.in(staffNos.map((s) => representativeId(congressId, s))),
      active: true,
    })
    .limit(100)
    .get();
  return (res.data as unknown[]).map((d) => representativeDoc.parse(d));
}

/** Which of these congresses the staff member represents. */
export async function representedCongresses(db: Db, staffNo: string): Promise<Set<string>> {
  const res = await db
    .collection(COLLECTIONS.representatives)
    .where({ staffNo, active: true })
    .limit(100)
    .get();
  return new Set((res.data as unknown[]).map((d) => representativeDoc.parse(d).congressId));
}

export async function listRepresentatives(
  db: Db,
  congressId: string,
): Promise<RepresentativeDoc[]> {
  return readAll(
    db.collection(COLLECTIONS.representatives).where({ congressId, active: true }),
    representativeDoc,
  );
}

/** Upserts by the deterministic _id, so importing the same file twice changes nothing. */
export async function upsertRepresentatives(db: Db, reps: RepresentativeDoc[]): Promise<number> {
  let n = 0;
  for (const rep of reps) {
    const { _id, ...rest } = rep;
    await db.collection(COLLECTIONS.representatives).doc(_id).set(rest);
    n++;
  }
  return n;
}
