// The authorization matrix's format: each function lists, in its own folder
// (cloudfunctions/<fn>/access-matrix.ts), one row per action: who is let through, and a valid
// input aimed at the fixture (someone else's event, batch, club, branch). docs/security.md.

/** The kinds of caller every action is tried as. */
export const CALLERS = [
  'unbound',
  'staff',
  /** chair of branch b06, acting on branch b01's things */
  'otherChair',
  /** leader of another club than the fixture's */
  'otherClubLeader',
  /** organizer scoped to another event than the fixture's */
  'scopedOrganizer',
  /** distributor of another batch's point */
  'otherDistributor',
  /** a member of the welfare committee (care_committee, a role without a scope) */
  'careCommittee',
  /** leader of another recuperation group than any the rows name */
  'otherTripLeader',
  /** check-up desk of another campaign than the fixture's */
  'otherDesk',
  /** judge of another contest and of another honours round */
  'otherJudge',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];

export const EVERYONE: readonly Caller[] = CALLERS;
export const BOUND: readonly Caller[] = CALLERS.filter((c) => c !== 'unbound');
export const ADMIN: readonly Caller[] = ['admin'];

/** Ids the test creates before it runs the rows (all owned by the admin). */
export interface Fixture {
  /** a published event, open for sign-up, managed by the admin only */
  eventId: string;
  /** an open welfare batch, its points p1 (b01) and p2 */
  batchId: string;
  /** a club led by the admin */
  clubId: string;
  /** a running walkathon campaign */
  campaignId: string;
  /** a staff number of branch b01 (not the callers') */
  staffNo: string;
  /** an open care (关爱帮扶) hardship programme, for everyone */
  careProgrammeId: string;
  /** the staffNo person's own care case, submitted, at the branch step (tier 3) */
  careCaseId: string;
}

export interface AccessRow {
  action: string;
  /** the callers that get past authorization; every other caller must be refused */
  allow: readonly Caller[];
  /** a valid input (validation runs first, so an invalid one would prove nothing) */
  input(fx: Fixture): Record<string, unknown>;
}

/**
 * Refusals: the kit's, the scoped checks' inside an action, and care.not_found — a care case
 * answers whoever may not read it exactly as if it did not exist (tier 3: not even that it exists).
 */
export const DENIAL =
  /^auth\.(unbound|forbidden)$|^care\.not_found$|\.(forbidden|not_member|not_leader|not_representative|not_organizer|not_manager|wrong_point)$/;
