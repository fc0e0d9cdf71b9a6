// checkup_elsewhere: a check-up arranged elsewhere, one per person per campaign (_id
// "<campaignId>:<staffNo>"): the receipt's amount and photo, the package's standard, the review.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

export const elsewhereDoc = z.object({
  _id: z.string(),
  campaignId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  hospital: z.string(),
  examDate: z.string(),
  amountFen: z.number(),
  standardFen: z.number(),
  receiptFileId: z.string().nullable().default(null),
  status: z.enum(['submitted', 'approved', 'rejected']),
  approvedFen: z.number().nullable().default(null),
  note: z.string().default(''),
});
export type ElsewhereDoc = z.output<typeof elsewhereDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.checkupElsewhere);

export async function getElsewhere(db: Db, id: string): Promise<ElsewhereDoc | null> {
  return getById(db, COLLECTIONS.checkupElsewhere, id, elsewhereDoc);
}

/** Writes my claim: a new one, or a resubmission of one that was not yet approved. */
export async function putElsewhere(db: Db, doc: Record<string, unknown> & { _id: string }) {
  const _ = db.command;
  const { _id, ...rest } = doc;
  const res = await col(db)
    .where({ _id, status: _.neq('approved') })
    .update(rest);
  if (res.updated === 1) return true;
  try {
    await col(db).add(doc);
    return true;
  } catch {
    return false; // it exists and is approved already
  }
}

export async function reviewElsewhere(
  db: Db,
  id: string,
  patch: { status: 'approved' | 'rejected'; approvedFen: number | null; note: string },
  by: string,
  now: Date,
) {
  const res = await col(db)
    .where({ _id: id, status: 'submitted' })
    .update({ ...patch, reviewedBy: by, reviewedAt: now });
  return res.updated === 1;
}

export async function listElsewhere(db: Db, campaignId: string): Promise<ElsewhereDoc[]> {
  const res = await col(db).where({ campaignId }).orderBy('_id', 'asc').limit(1000).get();
  return (res.data as unknown[]).map((d) => elsewhereDoc.parse(d));
}
