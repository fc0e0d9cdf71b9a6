// Seeds the local cloud through the real SDK: the demo union on first start, synthetic staff for
// benchmarks on demand. Both are idempotent: running them twice changes nothing.
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import type { StaffDoc } from '../../domain/roster/staff';
import type { Db } from '../../cloudfunctions/_kit';
import { DEMO_BRANCHES, branchId } from './branches';
import { FEATURE_SEEDERS } from './features';
import { makePerson, rng } from './people';

export const DEMO_STAFF_COUNT = 300;
/** The last few demo staff are left unbound, to try binding with. */
export const DEMO_UNBOUND = 10;

export const DEMO_ACCOUNTS: {
  openid: string;
  staffNo: string;
  roles: RoleGrant[];
  label: string;
}[] = [
  { openid: 'dev-admin', staffNo: '100001', roles: [{ role: 'admin' }], label: '校工会管理员' },
  {
    openid: 'dev-organizer',
    staffNo: '100002',
    roles: [{ role: 'organizer' }],
    label: '活动组织者',
  },
  {
    openid: 'dev-chair',
    staffNo: '100003',
    roles: [{ role: 'branch_chair', branchId: 'b06' }],
    label: '分工会主席',
  },
];

const CHUNK = 500;

async function existingIds(db: Db, collection: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const _ = db.command;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const slice = ids.slice(i, i + CHUNK);
    const res = await db
      .collection(collection)
      .where({ _id: _.in(slice) })
      .field({ _id: true })
      .limit(1000)
      .get();
    for (const d of res.data as { _id: string }[]) found.add(d._id);
  }
  return found;
}

async function insertMissing(
  db: Db,
  collection: string,
  docs: (Record<string, unknown> & { _id: string })[],
): Promise<number> {
  const have = await existingIds(
    db,
    collection,
    docs.map((d) => d._id),
  );
  const missing = docs.filter((d) => !have.has(d._id));
  for (let i = 0; i < missing.length; i += CHUNK) {
    await db.collection(collection).add(missing.slice(i, i + CHUNK));
  }
  return missing.length;
}

export async function seedBranches(db: Db): Promise<number> {
  return insertMissing(
    db,
    COLLECTIONS.branches,
    DEMO_BRANCHES.map((name, i) => ({ _id: branchId(i), name, order: i + 1, active: true })),
  );
}

function staffRecord(
  staffNo: string,
  branch: string,
  person: ReturnType<typeof makePerson>,
  openid?: string,
  roles: RoleGrant[] = [],
): StaffDoc {
  const doc: StaffDoc = { _id: staffNo, staffNo, ...person, branchId: branch, active: true, roles };
  if (openid) doc.openid = openid;
  return doc;
}

export async function seedDemoStaff(db: Db): Promise<number> {
  const next = rng(20231210);
  const docs: StaffDoc[] = [];
  for (let i = 0; i < DEMO_STAFF_COUNT; i++) {
    const staffNo = String(100001 + i);
    const account = DEMO_ACCOUNTS.find((a) => a.staffNo === staffNo);
    const person = makePerson(next);
    const retiredBranch = DEMO_BRANCHES.length - 1;
    const branch = person.status === '退休' ? retiredBranch : i % (DEMO_BRANCHES.length - 1);
    const bound = i < DEMO_STAFF_COUNT - DEMO_UNBOUND;
    const openid = account?.openid ?? (bound ? `dev-${staffNo}` : undefined);
    if (account) Object.assign(person, { status: '在职', member: true });
    docs.push(
      staffRecord(
        staffNo,
        branchId(account ? (i === 2 ? 5 : 0) : branch),
        person,
        openid,
        account?.roles,
      ),
    );
  }
  const added = await insertMissing(db, COLLECTIONS.staff, docs);
  await insertMissing(
    db,
    COLLECTIONS.bindings,
    docs
      .filter((d) => d.openid)
      .map((d) => ({ _id: d.openid as string, staffNo: d.staffNo, boundAt: new Date(0) })),
  );
  return added;
}

/** Synthetic staff T0001…Tn spread over the active branches, bound to dev-T0001…, for benchmarks. */
export async function seedSyntheticStaff(db: Db, count: number): Promise<number> {
  const next = rng(4242);
  const docs: StaffDoc[] = [];
  for (let i = 1; i <= count; i++) {
    const staffNo = `T${String(i).padStart(4, '0')}`;
    const person = { ...makePerson(next), status: '在职' as const, member: true };
    docs.push(
      staffRecord(
        staffNo,
        branchId((i - 1) % (DEMO_BRANCHES.length - 1)),
        person,
        `dev-${staffNo}`,
      ),
    );
  }
  await seedBranches(db);
  const added = await insertMissing(db, COLLECTIONS.staff, docs);
  await insertMissing(
    db,
    COLLECTIONS.bindings,
    docs.map((d) => ({ _id: d.openid as string, staffNo: d.staffNo, boundAt: new Date(0) })),
  );
  return added;
}

/** The demo union: branches, staff, demo accounts, then every feature's demo data. */
export async function seedDemo(db: Db, now = new Date()): Promise<void> {
  await seedBranches(db);
  await seedDemoStaff(db);
  for (const seeder of FEATURE_SEEDERS) await seeder(db, now);
}
