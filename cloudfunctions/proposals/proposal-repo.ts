// Reads and writes of proposals. Every write is conditional on the version read (optimistic
// concurrency): two people acting at once never overwrite each other; the loser re-reads and retries.
import { COLLECTIONS } from '../../database/collections';
import { VisibleError } from '../../domain/errors';
import { proposalDoc, type ProposalDoc, type ProposalStatus } from '../../domain/proposals/model';
import { runTransaction, type Db, type Tx } from '../_kit';
import { getById, readAll } from '../_kit/read';

const P = COLLECTIONS.proposals;
const TRIES = 12;

/** A short random pause before retrying, so writers that collided do not collide again. */
const backoff = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * 10 * (attempt + 1)));

export const NOT_FOUND = () =>
  new VisibleError('proposals.not_found', '没有找到这份提案，可能已被删除，请返回刷新。');
export const BUSY = () =>
  new VisibleError('conflict', '这份提案刚好有人在同时处理，请刷新后再试一次。');

function parse(raw: unknown): ProposalDoc {
  return proposalDoc.parse(raw);
}

/** Flat copies of nested ids, so lists can be queried by them (array-contains). */
function indexFields(doc: ProposalDoc) {
  return {
    proposerNo: doc.proposer.staffNo,
    inviteNos: doc.invites.map((p) => p.staffNo),
    departmentIds: doc.departments.map((d) => d.id),
  };
}

/** The stored fields (without _id); objects and arrays are replaced whole, not merged. */
function body(db: Db, doc: ProposalDoc): Record<string, unknown> {
  const _ = db.command;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...doc, ...indexFields(doc) })) {
    if (k === '_id' || v === undefined) continue;
    out[k] = v !== null && typeof v === 'object' && !(v instanceof Date) ? _.set(v) : v;
  }
  return out;
}

export async function getProposal(db: Db, id: string): Promise<ProposalDoc | null> {
  return getById(db, P, id, proposalDoc);
}

export async function insertProposal(db: Db, doc: ProposalDoc): Promise<void> {
  await db.collection(P).add({ ...doc, ...indexFields(doc) });
}

/** Writes `next` iff the stored version is still `next.version`; bumps it. */
export async function writeIfVersion(db: Db, next: ProposalDoc): Promise<boolean> {
  const res = await db
    .collection(P)
    .where({ _id: next._id, version: next.version })
    .update(body(db, { ...next, version: next.version + 1 }));
  return res.updated === 1;
}

/**
 * Read → decide (pure) → conditional write, retried when someone else wrote in between.
 * `decide` returning the same object means "nothing to change" (no write).
 */
export async function mutateProposal(
  db: Db,
  id: string,
  decide: (doc: ProposalDoc) => ProposalDoc | Promise<ProposalDoc>,
  /** the doc when the caller has just read it (saves the first read) */
  known?: ProposalDoc,
): Promise<{ before: ProposalDoc; after: ProposalDoc; changed: boolean }> {
  for (let i = 0; i < TRIES; i++) {
    const before = i === 0 && known ? known : await getProposal(db, id);
    if (!before) throw NOT_FOUND();
    const after = await decide(before);
    if (after === before) return { before, after, changed: false };
    if (await writeIfVersion(db, { ...after, version: before.version })) {
      return { before, after: { ...after, version: before.version + 1 }, changed: true };
    }
    await backoff(i);
  }
  throw BUSY();
}

/** Two proposals changed together (并案): one transaction, by _id only. */
export async function mutatePair(
  db: Db,
  ids: [string, string],
  decide: (a: ProposalDoc, b: ProposalDoc) => [ProposalDoc, ProposalDoc],
): Promise<[ProposalDoc, ProposalDoc]> {
  return runTransaction(db, async (tx: Tx) => {
    const [ra, rb] = await Promise.all(ids.map((id) => tx.collection(P).doc(id).get()));
    if (!ra.data || !rb.data) throw NOT_FOUND();
    const a = parse(ra.data);
    const b = parse(rb.data);
    const [na, nb] = decide(a, b);
    const out: ProposalDoc[] = [];
    for (const [before, after] of [
      [a, na],
      [b, nb],
    ] as const) {
      const next = { ...after, version: before.version + 1 };
      await tx.collection(P).doc(before._id).update(body(db, next));
      out.push(next);
    }
    return [out[0], out[1]];
  });
}

function all(db: Db, where: Record<string, unknown>): Promise<ProposalDoc[]> {
  return readAll(db.collection(P).where(where), proposalDoc, { orderBy: 'createdAt' });
}

const HIDDEN: ProposalStatus[] = ['draft', 'awaiting_cosign'];

/** The session's proposals on the board: everything past drafts and co-signing. */
export function listPublic(db: Db, sessionId: string): Promise<ProposalDoc[]> {
  return all(db, { sessionId, status: db.command.nin(HIDDEN) });
}

export function listByProposer(db: Db, staffNo: string): Promise<ProposalDoc[]> {
  return all(db, { proposerNo: staffNo });
}

export function listInvitations(db: Db, staffNo: string): Promise<ProposalDoc[]> {
  return all(db, { inviteNos: staffNo });
}

const ASSIGNED: ProposalStatus[] = ['accepted', 'in_handling', 'answered'];

/** Proposals at departments (all of them when departmentIds is null: an admin). */
export function listAssigned(db: Db, departmentIds: string[] | null): Promise<ProposalDoc[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { status: _.in(ASSIGNED) };
  if (departmentIds) where.departmentIds = _.in(departmentIds);
  return all(db, where);
}

/** The 序号 of a public proposal: its place among the session's by the time it was filed. */
export async function numberOf(db: Db, doc: ProposalDoc): Promise<number | null> {
  if (!doc.filedAt) return null;
  const res = await db
    .collection(P)
    .where({ sessionId: doc.sessionId, filedAt: db.command.lt(doc.filedAt) })
    .count();
  return res.total + 1;
}

/**
 * A co-signature as one atomic update (no read-modify-write, so many co-signers at once never
 * collide): only while the person is still invited and the proposal is open for co-signing.
 */
export async function addCosigner(
  db: Db,
  id: string,
  me: { staffNo: string; name: string },
  open: ProposalStatus[],
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(P)
    .where({ _id: id, inviteNos: me.staffNo, status: _.in(open) })
    .update({
      cosigners: _.push({ staffNo: me.staffNo, name: me.name }),
      invites: _.pull({ staffNo: me.staffNo }),
      inviteNos: _.pull(me.staffNo),
      history: _.push({ at: now, by: me.name, what: '附议' }),
      updatedAt: now,
      version: _.inc(1),
    });
  return res.updated === 1;
}

/** Moves a proposal waiting for co-signers on once it has `required` of them (atomic, idempotent). */
export async function promoteIfCosigned(
  db: Db,
  id: string,
  required: number,
  next: ProposalStatus,
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(P)
    .where({ _id: id, status: 'awaiting_cosign', [`cosigners.${required - 1}`]: _.exists(true) })
    .update({
      status: next,
      filedAt: now,
      history: _.push({ at: now, by: '系统', what: `附议人已满 ${required} 人，提案已提交` }),
      updatedAt: now,
      version: _.inc(1),
    });
  return res.updated === 1;
}
