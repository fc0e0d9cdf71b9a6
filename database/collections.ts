// Every collection the product uses, in one place. Only repositories in cloudfunctions/ touch them.
export const COLLECTIONS = {
  // roster, identity and roles (account, roster)
  staff: 'staff',
  branches: 'branches',
  bindings: 'bindings',
  rosterImports: 'roster_imports',
  // events (events)
  events: 'events',
  eventSignups: 'event_signups',
  eventTeams: 'event_teams',
  // welfare (welfare)
  welfareBatches: 'welfare_batches',
  welfareClaims: 'welfare_claims',
  welfareHandovers: 'welfare_handovers',
  welfareCounters: 'welfare_counters',
  // walkathon (steps)
  stepCampaigns: 'step_campaigns',
  stepParticipants: 'step_participants',
  stepStandings: 'step_standings',
  // notifications (notify)
  notifyQuota: 'notify_quota',
  notifyOutbox: 'notify_outbox',
  notifyInbox: 'notify_inbox',
  // clubs (clubs)
  clubs: 'clubs',
  clubMembers: 'club_members',
  clubPosts: 'club_posts',
  mixerDeclarations: 'mixer_declarations',
  mixerMarks: 'mixer_marks',
  clubPostLikes: 'club_post_likes',
  /** who uploaded which photo for which club: a post may attach only its author's own uploads */
  clubPhotos: 'club_photos',
  // proposals (proposals)
  congresses: 'congresses',
  congressSessions: 'congress_sessions',
  representatives: 'representatives',
  proposals: 'proposals',
  departments: 'departments',
  // recuperation trips 疗休养 (trips): plans with routes, groups (批次) holding the place counters,
  // applications (one per plan and person), past trips, and tier-3 contacts (leader and admins only)
  tripPlans: 'trip_plans',
  tripGroups: 'trip_groups',
  tripApplications: 'trip_applications',
  tripHistory: 'trip_history',
  tripContacts: 'trip_contacts',
  // care (care): programmes, their budget ledgers, cases (tier 3), visits (attachments: the kit's
  // cloud storage, private, behind short-lived links)
  careProgrammes: 'care_programmes',
  careLedgers: 'care_ledgers',
  careCases: 'care_cases',
  careVisits: 'care_visits',
  // health check-ups (checkups): campaigns, slots (capacity + who holds a place), one booking
  // per person per campaign, check-ups arranged elsewhere (receipts for reimbursement)
  checkupCampaigns: 'checkup_campaigns',
  checkupSlots: 'checkup_slots',
  checkupBookings: 'checkup_bookings',
  checkupElsewhere: 'checkup_elsewhere',
  // the year report (report): one computed report per span, branch and Beijing day
  reportCache: 'report_cache',
  // judged competitions (contests): the contest (criteria, judges, rounds), one entry per
  // contestant, one locked score sheet per judge × entry × round, the admin's unlocks (reasons)
  contestDefs: 'contest_defs',
  contestEntries: 'contest_entries',
  contestSheets: 'contest_sheets',
  contestUnlocks: 'contest_unlocks',
  // knowledge contests (quiz): the question bank, contests, attempts (the draw, answers, score),
  // one counter per person per contest (attempts used, today's, the open one, the best), the
  // final's scoreboard entries
  quizQuestions: 'quiz_questions',
  quizContests: 'quiz_contests',
  quizAttempts: 'quiz_attempts',
  quizAttemptCounts: 'quiz_attempt_counts',
  quizFinalEntries: 'quiz_final_entries',
  // honours 评优评先 (awards): rounds with categories, nominations (one per round, category and
  // person), the per-(round, category, branch) quota counters and judges' ballot counters, votes,
  // objections during the 公示 (admins only), and the final list: one honour per person per award
  awardRounds: 'award_rounds',
  awardNominations: 'award_nominations',
  awardQuotaCounts: 'award_quota_counts',
  awardVotes: 'award_votes',
  awardObjections: 'award_objections',
  honours: 'honours',
  // cross-cutting
  rateLimits: 'rate_limits',
  /** who did what privileged thing (cloudfunctions/_kit/audit.ts) */
  auditLog: 'audit_log',
  /** app-wide settings an admin sets, one document each (`office`: the union office's contact) */
  settings: 'settings',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
