// Indexes as code: what is set per collection in the CloudBase console, and what the local cloud
// enforces. A missing field counts as null for a unique index (as on CloudBase).
import { COLLECTIONS } from './collections';

export interface IndexSpec {
  collection: string;
  name: string;
  /** field paths, ascending */
  fields: string[];
  unique: boolean;
}

export const INDEXES: IndexSpec[] = [
  {
    collection: COLLECTIONS.stepParticipants,
    name: 'campaign',
    fields: ['campaignId', 'updatedAt'],
    unique: false,
  },
  { collection: COLLECTIONS.staff, name: 'openid', fields: ['openid'], unique: false },
  { collection: COLLECTIONS.staff, name: 'branch', fields: ['branchId'], unique: false },
  { collection: COLLECTIONS.bindings, name: 'staffNo', fields: ['staffNo'], unique: true },
  // events: waitlist order, check-in by short number, "my sign-ups"
  {
    collection: COLLECTIONS.eventSignups,
    name: 'event_status_wait',
    fields: ['eventId', 'status', 'waitSeq'],
    unique: false,
  },
  {
    collection: COLLECTIONS.eventSignups,
    name: 'event_short',
    fields: ['eventId', 'shortNo'],
    unique: false,
  },
  { collection: COLLECTIONS.eventSignups, name: 'staff', fields: ['staffNo'], unique: false },
  {
    collection: COLLECTIONS.events,
    name: 'status_start',
    fields: ['status', 'startAt'],
    unique: false,
  },
  // welfare: hand-over by typed code (shortNo within a batch), lists of a batch's claims
  {
    collection: COLLECTIONS.welfareClaims,
    name: 'batch_short',
    fields: ['batchId', 'shortNo'],
    unique: false,
  },
  {
    collection: COLLECTIONS.welfareBatches,
    name: 'status_close',
    fields: ['status', 'claimCloseAt'],
    unique: false,
  },
  // proposals: the board of a session, my proposals, invitations to co-sign, a department's queue
  {
    collection: COLLECTIONS.proposals,
    name: 'session_status',
    fields: ['sessionId', 'status'],
    unique: false,
  },
  {
    collection: COLLECTIONS.proposals,
    name: 'session_filed',
    fields: ['sessionId', 'filedAt'],
    unique: false,
  },
  { collection: COLLECTIONS.proposals, name: 'proposer', fields: ['proposerNo'], unique: false },
  { collection: COLLECTIONS.proposals, name: 'invites', fields: ['inviteNos'], unique: false },
  {
    collection: COLLECTIONS.proposals,
    name: 'departments_status',
    fields: ['departmentIds', 'status'],
    unique: false,
  },
  // notify: my inbox, the sender's due messages, a broadcast's delivery counts
  {
    collection: COLLECTIONS.notifyInbox,
    name: 'staff_created',
    fields: ['staffNo', 'createdAt'],
    unique: false,
  },
  {
    collection: COLLECTIONS.notifyInbox,
    name: 'send_due',
    fields: ['send.state', 'send.nextAt'],
    unique: false,
  },
  {
    collection: COLLECTIONS.notifyInbox,
    name: 'subject',
    fields: ['subject', 'kind'],
    unique: false,
  },
  // trips: a plan's applications by status, a group's waitlist in allocation order, my history
  {
    collection: COLLECTIONS.tripApplications,
    name: 'plan_status_rank',
    fields: ['planId', 'status', 'rank'],
    unique: false,
  },
  {
    collection: COLLECTIONS.tripApplications,
    name: 'wait_rank',
    fields: ['waitGroups', 'status', 'rank'],
    unique: false,
  },
  { collection: COLLECTIONS.tripApplications, name: 'group', fields: ['groupId'], unique: false },
  { collection: COLLECTIONS.tripHistory, name: 'staff', fields: ['staffNo'], unique: false },
  { collection: COLLECTIONS.tripGroups, name: 'plan', fields: ['planId'], unique: false },
  {
    collection: COLLECTIONS.representatives,
    name: 'congress',
    fields: ['congressId'],
    unique: false,
  },
  { collection: COLLECTIONS.representatives, name: 'staff', fields: ['staffNo'], unique: false },
  // care: one open case per person per programme (openKey becomes the case id once decided),
  // my cases, a branch's queue, a programme's cases, the retention timer, a year's visits
  { collection: COLLECTIONS.careCases, name: 'open', fields: ['openKey'], unique: true },
  {
    collection: COLLECTIONS.careCases,
    name: 'staff_year',
    fields: ['staffNo', 'year'],
    unique: false,
  },
  {
    collection: COLLECTIONS.careCases,
    name: 'branch_status',
    fields: ['branchId', 'status'],
    unique: false,
  },
  {
    collection: COLLECTIONS.careCases,
    name: 'programme_status',
    fields: ['programmeId', 'status'],
    unique: false,
  },
  { collection: COLLECTIONS.careCases, name: 'purge', fields: ['purgeAfter'], unique: false },
  {
    collection: COLLECTIONS.careVisits,
    name: 'year_branch',
    fields: ['year', 'branchId'],
    unique: false,
  },
  // the audit trail: newest first, by who or by action (the 审计日志 page's filters), expiry by age
  { collection: COLLECTIONS.auditLog, name: 'at', fields: ['at'], unique: false },
  { collection: COLLECTIONS.auditLog, name: 'staff_at', fields: ['staffNo', 'at'], unique: false },
  { collection: COLLECTIONS.auditLog, name: 'action_at', fields: ['action', 'at'], unique: false },
  // checkups: a campaign's slots; its bookings by day and status; the desk's typed code (shortNo)
  {
    collection: COLLECTIONS.checkupSlots,
    name: 'campaign',
    fields: ['campaignId'],
    unique: false,
  },
  {
    collection: COLLECTIONS.checkupBookings,
    name: 'campaign_status_date',
    fields: ['campaignId', 'status', 'date'],
    unique: false,
  },
  {
    collection: COLLECTIONS.checkupBookings,
    name: 'campaign_short',
    fields: ['campaignId', 'shortNo'],
    unique: false,
  },
  // contests: a contest's entries; its sheets by round (results) and by judge (assignments)
  {
    collection: COLLECTIONS.contestEntries,
    name: 'contest_branch',
    fields: ['contestId', 'branchId'],
    unique: false,
  },
  {
    collection: COLLECTIONS.contestSheets,
    name: 'contest_round_judge',
    fields: ['contestId', 'round', 'judge'],
    unique: false,
  },
  // quiz: a contest's counters and attempts (standings, the year report), the bank by category,
  // the final's entries by contest and by judge
  {
    collection: COLLECTIONS.quizAttemptCounts,
    name: 'contest',
    fields: ['contestId'],
    unique: false,
  },
  {
    collection: COLLECTIONS.quizAttempts,
    name: 'contest_staff',
    fields: ['contestId', 'staffNo'],
    unique: false,
  },
  { collection: COLLECTIONS.quizQuestions, name: 'category', fields: ['category'], unique: false },
  {
    collection: COLLECTIONS.quizFinalEntries,
    name: 'contest_judge_at',
    fields: ['contestId', 'judge', 'at'],
    unique: false,
  },
  // awards: a round's nominations (by branch for chairs), votes and objections; honours by year
  {
    collection: COLLECTIONS.awardNominations,
    name: 'round_branch',
    fields: ['roundId', 'branchId'],
    unique: false,
  },
  { collection: COLLECTIONS.awardVotes, name: 'round', fields: ['roundId'], unique: false },
  { collection: COLLECTIONS.awardObjections, name: 'round', fields: ['roundId'], unique: false },
  { collection: COLLECTIONS.honours, name: 'year', fields: ['year'], unique: false },
  { collection: COLLECTIONS.honours, name: 'staff', fields: ['staffNo'], unique: false },
];
