// The benchmark scenarios `npm run bench -- <name>` can run; features add theirs here.
export interface Scenario {
  name: string;
  describe: string;
  run(): Promise<Record<string, unknown>>;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'quiz',
    describe:
      'quiz: 300 staff take a 10-question contest at once (two phones each tap 开始), then the live standings',
    run: async () => {
      const { benchQuiz } = await import('./quiz');
      return benchQuiz();
    },
  },
  {
    name: 'walkathon',
    describe:
      'walkathon: 2,000 walkers × 100 days, 50 WeRun syncs, then the nightly standings job (≤ 20 database requests)',
    run: async () => {
      const { benchWalkathon } = await import('./walkathon');
      return benchWalkathon();
    },
  },
  {
    name: 'update',
    describe: 'emulator: single-document conditional updates through the real SDK (ops/s)',
    run: async () => {
      const { benchUpdates } = await import('../../local-cloud/emulator/bench-update');
      return { ...(await benchUpdates({ seconds: 5, concurrency: 16 })) };
    },
  },
  {
    name: 'roster',
    describe: 'roster: 3,000-row .xlsx: preview, import at once, re-import, chunks of 500',
    run: async () => {
      const { benchRosterImport } = await import('./roster');
      return benchRosterImport(3000);
    },
  },
  {
    name: 'claim',
    describe:
      'welfare: 2,000 staff claim gifts at once (200 of the favourite), then changes and retries',
    run: async () => {
      const { benchClaim } = await import('./claim');
      return benchClaim();
    },
  },
  {
    name: 'signup',
    describe: 'events: 2,000 staff sign up at once for 40 seats over HTTP; waitlist order, retries',
    run: async () => {
      const { benchSignup } = await import('./signup');
      return benchSignup();
    },
  },
  {
    name: 'proposals',
    describe:
      'proposals: 39 representatives co-sign one proposal at once (none lost); board and export of 300+ proposals',
    run: async () => {
      const { benchProposals } = await import('./proposals');
      return benchProposals();
    },
  },
  {
    name: 'trips',
    describe:
      'trips: 2,000 staff apply at once for 400 places, allocation, 400 answer at once (confirm/give up, twice); counters exact',
    run: async () => {
      const { benchTrips } = await import('./trips');
      return benchTrips();
    },
  },
  {
    name: 'care',
    describe:
      'care: 200 final approvals at once against a budget for 120 (never over), give-backs raced, totals and export',
    run: async () => {
      const { benchCare } = await import('./care');
      return benchCare();
    },
  },
  {
    name: 'checkups',
    describe:
      'checkups: 2,000 staff book check-up slots at once (1,200 places), reschedules racing bookings, retries',
    run: async () => {
      const { benchCheckups } = await import('./checkups');
      return benchCheckups();
    },
  },
  {
    name: 'report',
    describe:
      'report: a 3,000-person union year (200 events, 20,000 sign-ups, last year beside) — requests per report (≤ 30), cache, exports',
    run: async () => {
      const { benchReport } = await import('./report');
      return benchReport();
    },
  },
  {
    name: 'contests',
    describe:
      'contests: a final of 130 contestants, 7 judges submit 910 sheets at once (each sent twice) while the scoreboard polls',
    run: async () => {
      const { benchContests } = await import('./contests');
      return benchContests();
    },
  },
  {
    name: 'awards',
    describe:
      'awards: 23 chairs fire 920 nominations at once for 115 places (quota counters), 9 judges vote past M, results',
    run: async () => {
      const { benchAwards } = await import('./awards');
      return benchAwards();
    },
  },
];
