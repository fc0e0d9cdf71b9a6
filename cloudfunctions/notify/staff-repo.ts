// Reads of the roster for notify: openids of recipients, and the people of an audience.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../_kit';
import { readAll } from '../_kit/read';
import { getBranch } from '../_kit/roster-repo';

const PAGE = 1000;

const person = z.object({
  staffNo: z.string(),
  branchId: z.string().default(''),
  openid: z.string().optional(),
  active: z.boolean().default(true),
  member: z.boolean().default(false),
  status: z.string().default('在职'),
});
export type Person = z.infer<typeof person>;

const FIELDS = {
  staffNo: true,
  branchId: true,
  openid: true,
  active: true,
  member: true,
  status: true,
};

function parsed(rows: unknown[]): Person[] {
  return rows.flatMap((d) => {
    const p = person.safeParse(d);
    return p.success ? [p.data] : [];
  });
}

/** staffNo → openid of the bound, active people among these (one read per 1000). */
export async function openidsOf(db: Db, staffNos: string[]): Promise<Map<string, string>> {
  const _ = db.command;
  const out = new Map<string, string>();
  const unique = [...new Set(staffNos)];
  for (let i = 0; i < unique.length; i += PAGE) {
    const res = await db
      .collection(COLLECTIONS.staff)
      .where({ staffNo: _.in(unique.slice(i, i + PAGE)), active: true })
      .field(FIELDS)
      .limit(PAGE)
      .get();
    for (const p of parsed(res.data as unknown[])) if (p.openid) out.set(p.staffNo, p.openid);
  }
  return out;
}

/** Active people, optionally of one branch (paged by 1000). */
export async function activePeople(db: Db, branchId?: string): Promise<Person[]> {
  const where: Record<string, unknown> = { active: true };
  if (branchId) where.branchId = branchId;
  return readAll(db.collection(COLLECTIONS.staff).where(where).field(FIELDS), person, {
    skipInvalid: true,
  });
}

export async function branchName(db: Db, branchId: string): Promise<string | null> {
  return (await getBranch(db, branchId))?.name ?? null;
}
