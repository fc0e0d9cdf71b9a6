// Who holds a role in a scope: admins everywhere, unscoped grants everywhere, scoped grants in
// their own scope only — and a judge of one kind of thing is not a judge of the other kind.
import { holdsRole, type RoleGrant } from './roles';

describe('holdsRole', () => {
  it('gives staff to everyone and every role to an admin', () => {
    expect(holdsRole([], 'staff')).toBe(true);
    expect(holdsRole([{ role: 'admin' }], 'judge', { contestId: 'c1' })).toBe(true);
    expect(holdsRole([], 'organizer')).toBe(false);
  });

  it('keeps a scoped grant to its own scope; an unscoped one covers all', () => {
    const chair: RoleGrant[] = [{ role: 'branch_chair', branchId: 'b06' }];
    expect(holdsRole(chair, 'branch_chair', { branchId: 'b06' })).toBe(true);
    expect(holdsRole(chair, 'branch_chair', { branchId: 'b07' })).toBe(false);
    expect(holdsRole([{ role: 'organizer' }], 'organizer', { eventId: 'e1' })).toBe(true);
  });

  it('lets a distributor of a whole batch act at each of its points', () => {
    const d: RoleGrant[] = [{ role: 'distributor', batchId: 'w1' }];
    expect(holdsRole(d, 'distributor', { batchId: 'w1', pointId: 'p2' })).toBe(true);
    expect(holdsRole(d, 'distributor', { batchId: 'w2', pointId: 'p2' })).toBe(false);
  });

  it('does not make an honours-round judge a judge of every contest, nor the reverse', () => {
    const roundJudge: RoleGrant[] = [{ role: 'judge', roundId: 'r1' }];
    const contestJudge: RoleGrant[] = [{ role: 'judge', contestId: 'c1' }];
    expect(holdsRole(roundJudge, 'judge', { roundId: 'r1' })).toBe(true);
    expect(holdsRole(roundJudge, 'judge', { contestId: 'c1' })).toBe(false);
    expect(holdsRole(contestJudge, 'judge', { contestId: 'c1' })).toBe(true);
    expect(holdsRole(contestJudge, 'judge', { contestId: 'c2' })).toBe(false);
    expect(holdsRole(contestJudge, 'judge', { roundId: 'r1' })).toBe(false);
    expect(holdsRole([{ role: 'judge' }], 'judge', { contestId: 'c9' })).toBe(true);
  });
});
