// award_rounds: one document per honours round (categories with their quotas, the window, the
// stage, the 公示's dates, the judges), and the judge grant of a round's committee members.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import { STAGES, type Stage } from '../../domain/awards/contract';
import { staffDoc } from '../../domain/roster/staff';
import { runTransaction, type Db } from '../_kit';
import { getById } from '../_kit/read';

const dateish = z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v));

export const categoryDoc = z.object({
  id: z.string(),
  name: z.string(),
  quota: z.union([z.object({ perBranch: z.number() }), z.object({ share: z.number() })]),
  places: z.number().nullable(),
  selfNomination: z.boolean(),
  material: z.string(),
});
export type CategoryDoc = z.output<typeof categoryDoc>;

export const roundDoc = z.object({
  _id: z.string(),
  name: z.string(),
  year: z.number(),
  stage: z.enum(STAGES),
  nominateOpenAt: dateish,
  nominateCloseAt: dateish,
  categories: z.array(categoryDoc),
  votesPerJudge: z.number().nullable(),
  publicityDays: z.number(),
  publicityStartAt: dateish.nullable().default(null),
  publicityEndAt: dateish.nullable().default(null),
  judges: z.array(z.string()).default([]),
});
export type RoundDoc = z.output<typeof roundDoc>;

const col = (db: Db) => db.collection(COLLECTIONS.awardRounds);

export async function getRound(db: Db, roundId: string): Promise<RoundDoc | null> {
  return getById(db, COLLECTIONS.awardRounds, roundId, roundDoc);
}

export async function addRound(db: Db, doc: Record<string, unknown> & { _id: string }) {
  await col(db).add(doc);
}

export async function listRounds(db: Db): Promise<RoundDoc[]> {
  const res = await col(db).orderBy('nominateOpenAt', 'desc').limit(100).get();
  return (res.data as unknown[]).map((d) => roundDoc.parse(d));
}

/** Moves a round on from one stage to the next; true iff this call moved it. */
export async function moveStage(
  db: Db,
  roundId: string,
  from: Stage,
  to: Stage,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  const res = await col(db)
    .where({ _id: roundId, stage: from })
    .update({ stage: to, ...extra });
  return res.updated === 1;
}

/** Grants judge for this round (once), in a transaction like the roster's grant changes. */
export async function grantJudge(db: Db, staffNo: string, roundId: string): Promise<void> {
  await runTransaction(db, async (tx) => {
    const res = await tx.collection(COLLECTIONS.staff).doc(staffNo).get();
    if (!res.data) return;
    const staff = staffDoc.parse(res.data);
    if (staff.roles.some((g) => g.role === 'judge' && g.roundId === roundId)) return;
    const next: RoleGrant[] = [...staff.roles, { role: 'judge', roundId }];
    await tx.collection(COLLECTIONS.staff).doc(staffNo).update({ roles: next });
  });
}
