// The every-page sweep's shared parts: which pages the h5 build declares, and how to open each
// (as a person who may open it, with a query that finds demo data). Split across the
// every-page-*.test.ts files so jest's two workers run them side by side.
import { COLLECTIONS } from '../../../database/collections';
import { DEMO_BATCH_ID } from '../../../local-cloud/seed/welfare';
import { DEMO_CAMPAIGN_ID } from '../../../local-cloud/seed/steps';
import {
  DEMO_CAMPAIGN_ID as DEMO_CHECKUP_CAMPAIGN,
  DEMO_DESK,
} from '../../../local-cloud/seed/checkups';
import { DEMO_CONTEST_ID, DEMO_LIVE_JUDGE } from '../../../local-cloud/seed/contests';
import { DEMO_LEADER, DEMO_PLAN_ID } from '../../../local-cloud/seed/trips';
import {
  DEMO_CONTEST_ID as DEMO_QUIZ,
  DEMO_JUDGES as DEMO_QUIZ_JUDGES,
} from '../../../local-cloud/seed/quiz';
import { DEMO_JUDGES, demoRoundIds } from '../../../local-cloud/seed/awards';
import { allPagePaths } from '../../../domain/pages';
import { DEMO_CONGRESS } from '../../../local-cloud/seed/proposals';
import type { TestCloud } from '../../../local-cloud/testing';

interface AppConfigShape {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

export async function h5Pages(): Promise<string[]> {
  const saved = process.env.TARO_ENV;
  const savedDev = process.env.TARO_APP_DEV_TOOLS;
  process.env.TARO_ENV = 'h5';
  // the e2e tests drive the dev-tools h5 build (dev sign-in included)
  process.env.TARO_APP_DEV_TOOLS = '1';
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  let config: AppConfigShape | undefined;
  await jest.isolateModulesAsync(async () => {
    config = ((await import('../../../src/app.config')) as unknown as { default: AppConfigShape })
      .default;
  });
  process.env.TARO_ENV = saved;
  process.env.TARO_APP_DEV_TOOLS = savedDev;
  const c = config as AppConfigShape;
  return [...c.pages, ...c.subPackages.flatMap((s) => s.pages.map((p) => s.root + p))];
}

export const STAFF = 'dev-100033'; // a demo rep who chose a winter gift and signed up for events
export const ADMIN = 'dev-admin';

export interface Visit {
  openid: string;
  query: string;
}

async function firstId(
  t: TestCloud,
  collection: string,
  where: Record<string, unknown>,
): Promise<string> {
  const res = await t.db.collection(collection).where(where).limit(1).get();
  return (res.data as { _id: string }[])[0]?._id ?? '';
}

/** How to open every page: the openid and the query, from the seeded demo data. */
export async function buildVisits(t: TestCloud): Promise<Record<string, Visit>> {
  const signup = (
    await t.db.collection(COLLECTIONS.eventSignups).where({ status: 'confirmed' }).limit(1).get()
  ).data as { eventId: string; staffNo: string }[];
  const filed = await firstId(t, COLLECTIONS.proposals, { status: 'filed' });
  const handling = await firstId(t, COLLECTIONS.proposals, {
    status: t.db.command.in(['accepted', 'in_handling']),
  });
  const anyProposal = await firstId(t, COLLECTIONS.proposals, {
    status: t.db.command.in(['filed', 'accepted', 'in_handling', 'answered', 'closed']),
  });
  const ev = 'ev-demo-tcm';
  const holder = signup[0] ? `dev-${signup[0].staffNo}` : STAFF;
  const programme = await firstId(t, COLLECTIONS.careProgrammes, {});
  const careCase = await firstId(t, COLLECTIONS.careCases, {});
  const campaign = `?campaign=${DEMO_CHECKUP_CAMPAIGN}`;
  const rounds = demoRoundIds();
  const passEvent = signup[0]?.eventId ?? ev;
  // a finished attempt of the demo contest, for its result page
  const attempt = await t.data<{ attemptId: string }>(
    'quiz',
    { action: 'quiz.start', contestId: DEMO_QUIZ },
    'dev-100034',
  );
  await t.data('quiz', { action: 'quiz.submit', attemptId: attempt.attemptId }, 'dev-100034');
  const contest = `?contest=${DEMO_QUIZ}`;
  return {
    'pages/home/index': { openid: STAFF, query: '' },
    'pages/events/index': { openid: STAFF, query: '' },
    'pages/welfare/index': { openid: STAFF, query: '' },
    'pages/me/index': { openid: STAFF, query: '' },
    'packages/account/pages/bind/index': { openid: 'dev-100295', query: '' },
    'pages/dev-login/index': { openid: STAFF, query: '' },
    'packages/admin/pages/index/index': { openid: ADMIN, query: '' },
    'packages/admin/pages/roster-import/index': { openid: ADMIN, query: '' },
    'packages/admin/pages/roster-people/index': { openid: ADMIN, query: '' },
    'packages/admin/pages/roster-person/index': { openid: ADMIN, query: '?staffNo=100033' },
    'packages/admin/pages/roster-branches/index': { openid: ADMIN, query: '' },
    'packages/admin/pages/roster-export/index': { openid: ADMIN, query: '' },
    'packages/admin/pages/audit/index': { openid: ADMIN, query: '' },
    'packages/admin/pages/office/index': { openid: ADMIN, query: '' },
    'packages/clubs/pages/index/index': { openid: STAFF, query: '' },
    'packages/clubs/pages/club/index': { openid: STAFF, query: '?clubId=club-photo' },
    'packages/clubs/pages/mixer/index': { openid: STAFF, query: `?eventId=${ev}` },
    'packages/welfare/pages/code/index': { openid: STAFF, query: `?batchId=${DEMO_BATCH_ID}` },
    'packages/welfare/pages/scan/index': { openid: ADMIN, query: `?batchId=${DEMO_BATCH_ID}` },
    'packages/welfare/pages/admin/index': { openid: ADMIN, query: '' },
    'packages/welfare/pages/progress/index': { openid: ADMIN, query: `?batchId=${DEMO_BATCH_ID}` },
    'packages/walkathon/pages/index/index': {
      openid: STAFF,
      query: `?campaignId=${DEMO_CAMPAIGN_ID}`,
    },
    'packages/walkathon/pages/admin/index': {
      openid: ADMIN,
      query: `?campaignId=${DEMO_CAMPAIGN_ID}`,
    },
    'packages/walkathon/pages/setup/index': { openid: ADMIN, query: '' },
    'packages/proposals/pages/index/index': { openid: STAFF, query: '' },
    'packages/proposals/pages/file/index': { openid: STAFF, query: '' },
    'packages/proposals/pages/detail/index': { openid: STAFF, query: `?id=${anyProposal}` },
    'packages/proposals/pages/mine/index': { openid: STAFF, query: '' },
    'packages/proposals/pages/review/index': { openid: 'dev-100044', query: `?id=${filed}` },
    'packages/proposals/pages/answer/index': {
      openid: 'dev-100045',
      query: `?id=${handling}&dept=hqbzc`,
    },
    'packages/proposals/pages/print/index': { openid: ADMIN, query: `?id=${anyProposal}` },
    'packages/proposals/pages/reps/index': { openid: ADMIN, query: `?congress=${DEMO_CONGRESS}` },
    'packages/notify/pages/inbox/index': { openid: STAFF, query: '' },
    'packages/notify/pages/broadcast/index': { openid: ADMIN, query: '' },
    'packages/events/pages/detail/index': { openid: STAFF, query: `?id=${ev}` },
    'packages/events/pages/pass/index': { openid: holder, query: `?id=${passEvent}` },
    'packages/events/pages/manage/index': { openid: 'dev-organizer', query: '' },
    'packages/events/pages/edit/index': { openid: ADMIN, query: '' },
    'packages/events/pages/checkin/index': { openid: 'dev-organizer', query: `?id=${ev}` },
    'packages/events/pages/attendance/index': { openid: 'dev-organizer', query: `?id=${ev}` },
    'packages/trips/pages/index/index': { openid: STAFF, query: `?planId=${DEMO_PLAN_ID}` },
    'packages/trips/pages/pass/index': { openid: STAFF, query: `?planId=${DEMO_PLAN_ID}` },
    'packages/trips/pages/admin/index': { openid: ADMIN, query: '' },
    'packages/trips/pages/leader/index': { openid: `dev-${DEMO_LEADER}`, query: '' },
    'packages/care/pages/index/index': { openid: STAFF, query: '' },
    'packages/care/pages/apply/index': { openid: STAFF, query: `?programmeId=${programme}` },
    'packages/care/pages/case/index': { openid: ADMIN, query: `?id=${careCase}` },
    'packages/care/pages/queue/index': { openid: ADMIN, query: '' },
    'packages/care/pages/admin/index': { openid: ADMIN, query: '' },
    'packages/care/pages/publicity/index': { openid: STAFF, query: `?id=${programme}` },
    'packages/checkups/pages/index/index': { openid: STAFF, query: campaign },
    'packages/checkups/pages/pass/index': { openid: STAFF, query: campaign },
    'packages/checkups/pages/elsewhere/index': { openid: STAFF, query: campaign },
    'packages/checkups/pages/desk/index': { openid: `dev-${DEMO_DESK}`, query: campaign },
    'packages/checkups/pages/admin/index': { openid: ADMIN, query: '' },
    'packages/report/pages/index/index': { openid: ADMIN, query: '' },
    'packages/report/pages/detail/index': {
      openid: 'dev-chair',
      query: `?year=${new Date().getFullYear()}&figure=events.signups`,
    },
    'packages/contests/pages/index/index': { openid: STAFF, query: '' },
    'packages/contests/pages/create/index': { openid: ADMIN, query: '' },
    'packages/contests/pages/contest/index': {
      openid: ADMIN,
      query: `?contestId=${DEMO_CONTEST_ID}`,
    },
    'packages/contests/pages/judge/index': {
      openid: `dev-${DEMO_LIVE_JUDGE}`,
      query: `?contestId=${DEMO_CONTEST_ID}`,
    },
    'packages/contests/pages/board/index': {
      openid: STAFF,
      query: `?contestId=${DEMO_CONTEST_ID}`,
    },
    'packages/quiz/pages/index/index': { openid: STAFF, query: contest },
    'packages/quiz/pages/take/index': { openid: STAFF, query: contest },
    'packages/quiz/pages/result/index': {
      openid: 'dev-100034',
      query: `?attempt=${encodeURIComponent(attempt.attemptId)}`,
    },
    'packages/quiz/pages/standings/index': { openid: STAFF, query: contest },
    'packages/quiz/pages/admin/index': { openid: ADMIN, query: '' },
    'packages/quiz/pages/final/index': { openid: `dev-${DEMO_QUIZ_JUDGES[0]}`, query: contest },
    'packages/awards/pages/index/index': { openid: STAFF, query: '' },
    'packages/awards/pages/nominate/index': {
      openid: 'dev-chair',
      query: `?round=${rounds.current}`,
    },
    'packages/awards/pages/vote/index': {
      openid: `dev-${DEMO_JUDGES[0]}`,
      query: `?round=${rounds.current}`,
    },
    'packages/awards/pages/publicity/index': { openid: STAFF, query: `?round=${rounds.past}` },
    'packages/awards/pages/admin/index': { openid: ADMIN, query: '' },
  };
}

/** One part of the sweep: the registry's pages cut into `of` runs of (nearly) equal length. */
export function pagesOfPart(part: number, of: number): string[] {
  const all = allPagePaths();
  const size = Math.ceil(all.length / of);
  return all.slice((part - 1) * size, part * size);
}
