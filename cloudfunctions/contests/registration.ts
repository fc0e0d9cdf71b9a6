// Registering contestants: a branch chair for their own branch's staff, the admin for anyone,
// with eligibility by age and years of service checked from the roster; the entry list.
import { checkEligibility, entryIdOf } from '../../domain/contests/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { getStaff, listBranches } from '../_kit/roster-repo';
import { addEntry, getEntry, listEntries, removeEntry } from './entry-repo';
import { isRegistering, loadContest } from './load';

// another branch's staff get the same answer as an unknown 工号: a chair learns nothing by trying
const NO_STAFF = () =>
  new VisibleError(
    'contests.not_member',
    '名册里没有这个工号，或不是你们分工会的在职教职工，请核对后再试。',
  );

const CLOSED = () => new VisibleError('contests.closed', '报名已经截止。如需补报，请联系校工会。');

export async function register(input: { contestId: string; staffNo: string }, ctx: CallContext) {
  const { db, now } = ctx;
  const [c, staff] = await Promise.all([
    loadContest(ctx, input.contestId),
    getStaff(db, input.staffNo),
  ]);
  if (!staff || !staff.active || !ctx.can('branch_chair', { branchId: staff.branchId }))
    throw NO_STAFF();
  const entryId = entryIdOf(c._id, staff.staffNo);
  if (!isRegistering(c, now)) {
    // a retry after the deadline of a registration that went through still answers the same
    const had = await getEntry(db, entryId);
    if (had) return { entryId, notes: had.notes, already: true };
    throw CLOSED();
  }
  const check = checkEligibility(c.eligibility, { birth: staff.birth, joinedOn: staff.joinedOn });
  if (!check.ok) throw new VisibleError('contests.ineligible', check.reason);
  const added = await addEntry(db, {
    _id: entryId,
    contestId: c._id,
    staffNo: staff.staffNo,
    name: staff.name,
    branchId: staff.branchId,
    round: 0,
    notes: check.notes,
    registeredBy: ctx.me().staffNo,
    registeredAt: now,
  });
  if (added)
    await audit(ctx, {
      target: entryId,
      outcome: 'registered',
      role: ctx.can('admin') ? 'admin' : 'branch_chair',
    });
  return { entryId, notes: check.notes, already: !added };
}

export async function withdraw(input: { contestId: string; staffNo: string }, ctx: CallContext) {
  const c = await loadContest(ctx, input.contestId);
  const entry = await getEntry(ctx.db, entryIdOf(c._id, input.staffNo));
  if (!entry || !ctx.can('branch_chair', { branchId: entry.branchId })) throw NO_STAFF();
  if (!isRegistering(c, ctx.now)) throw CLOSED();
  const withdrawn = await removeEntry(ctx.db, entry._id);
  if (withdrawn) await audit(ctx, { target: entry._id, outcome: 'withdrawn' });
  return { withdrawn };
}

/** The entries: all for an admin, a chair's own branch (or branches) for a chair. */
export async function entries(input: { contestId: string }, ctx: CallContext) {
  const c = await loadContest(ctx, input.contestId);
  const admin = ctx.can('admin');
  const chaired = admin
    ? []
    : [
        ...new Set(
          ctx
            .me()
            .roles.filter((g) => g.role === 'branch_chair' && g.branchId)
            .map((g) => g.branchId as string),
        ),
      ];
  if (!admin && chaired.length === 0)
    throw new VisibleError('contests.forbidden', '只有校工会和分工会主席可以查看报名名单。');
  const [list, branches] = await Promise.all([
    admin
      ? listEntries(ctx.db, c._id)
      : Promise.all(chaired.map((b) => listEntries(ctx.db, c._id, { branchId: b }))).then((l) =>
          l.flat(),
        ),
    listBranches(ctx.db),
  ]);
  const name = new Map(branches.map((b) => [b._id, b.name]));
  return {
    entries: list.map((e) => ({
      entryId: e._id,
      staffNo: e.staffNo,
      name: e.name,
      branchId: e.branchId,
      branchName: name.get(e.branchId) ?? e.branchId,
      round: e.round,
      notes: e.notes,
    })),
  };
}
