// The year report's demo records: last year's events, welfare and knowledge contest, the same on a
// second seeding, stored as the quiz function itself reads them.
import { counterDoc } from '../../cloudfunctions/quiz/attempt-repo';
import { contestDoc } from '../../cloudfunctions/quiz/contest-repo';
import { COLLECTIONS } from '../../database/collections';
import { beijing } from '../../domain/time';
import { startTestCloud, type TestCloud } from '../testing';
import { seedReport } from './report';

jest.setTimeout(120_000);
let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

it('seeds last year once: eight events with sign-ups, two batches handed over', async () => {
  const now = new Date();
  const last = beijing(now).year() - 1;
  await seedReport(t.db, now);
  const count = async (c: string) => (await t.db.collection(c).count()).total;
  const first = [
    await count(COLLECTIONS.events),
    await count(COLLECTIONS.eventSignups),
    await count(COLLECTIONS.welfareClaims),
    await count(COLLECTIONS.quizAttemptCounts),
  ];
  await seedReport(t.db, now);
  expect([
    await count(COLLECTIONS.events),
    await count(COLLECTIONS.eventSignups),
    await count(COLLECTIONS.welfareClaims),
    await count(COLLECTIONS.quizAttemptCounts),
  ]).toEqual(first);
  expect(first[3]).toBe(120);
  const quiz = await t.db.collection(COLLECTIONS.quizContests).doc(`qc-past-${last}`).get();
  expect(contestDoc.safeParse(quiz.data[0]).success).toBe(true);
  const counters = await t.db.collection(COLLECTIONS.quizAttemptCounts).limit(1000).get();
  expect(counters.data.every((c) => counterDoc.safeParse(c).success)).toBe(true);
  expect(first[0]).toBe(8);
  expect(first[1]).toBeGreaterThan(250);
  const r = await t.data<{
    events: { held: number };
    welfare: { batches: number };
    quiz: { contests: number; attempts: number; people: number; averageBest: number };
  }>('report', { action: 'report.year', year: last }, 'dev-admin');
  expect(r.events.held).toBe(8);
  expect(r.welfare.batches).toBe(2);
  // 120 takers: 40 each with 1, 2 and 3 attempts; best 60, 70 … 100, 24 people each (mean 80)
  expect(r.quiz).toMatchObject({ contests: 1, attempts: 240, people: 120, averageBest: 80 });
});
