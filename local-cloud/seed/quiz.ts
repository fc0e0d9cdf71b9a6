// Demo knowledge contest: the 41-question bank (quiz-bank.ts) and "2026年工会知识竞赛", open now for
// a month — 10 questions in 10 minutes, 3 tries a day, teams by branch — with two demo judges
// (dev-100007, dev-100008) and four branches set for the final's big screen.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { validateBankRows } from '../../domain/quiz/rules';
import { BANK_ROWS } from './quiz-bank';

export const DEMO_CONTEST_ID = 'qc-2026';
export const DEMO_JUDGES = ['100007', '100008'];
const DAY = 24 * 60 * 60 * 1000;

export async function seedQuiz(db: Db, now: Date): Promise<void> {
  const existing = await db.collection(COLLECTIONS.quizContests).doc(DEMO_CONTEST_ID).get();
  if ((existing.data as unknown[]).length) return;
  const { valid } = validateBankRows(BANK_ROWS.map((cells, i) => ({ line: i + 2, cells })));
  const questions = db.collection(COLLECTIONS.quizQuestions);
  const have = await questions.limit(1000).field({ _id: true }).get();
  const known = new Set((have.data as { _id: string }[]).map((d) => d._id));
  const fresh = valid
    .filter((q) => !known.has(q.questionId))
    .map(({ questionId, line: _line, ...q }) => ({ _id: questionId, ...q, updatedAt: now }));
  if (fresh.length) await questions.add(fresh);

  const branches = (
    await db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1000).get()
  ).data as { _id: string; name: string; active: boolean }[];
  const teams = branches
    .filter((b) => b.active)
    .map((b) => ({ teamId: b._id, name: b.name, branchIds: [b._id] }));
  await db.collection(COLLECTIONS.quizContests).add({
    _id: DEMO_CONTEST_ID,
    name: '2026年工会知识竞赛',
    openAt: new Date(now.getTime() - DAY),
    closeAt: new Date(now.getTime() + 30 * DAY),
    questionsPerAttempt: 10,
    secondsPerAttempt: 600,
    attemptsPerDay: 3,
    attemptsTotal: null,
    pointsPerQuestion: 10,
    reveal: 'after_attempt',
    salt: `demo-${now.getTime()}`,
    pools: [{ count: 10, ids: valid.map((q) => q.questionId) }],
    branchIds: null,
    teams,
    finalTeamIds: teams.slice(0, 4).map((t) => t.teamId),
    createdAt: now,
  });

  for (const staffNo of DEMO_JUDGES) {
    const res = await db.collection(COLLECTIONS.staff).doc(staffNo).get();
    const doc = (res.data as { roles?: unknown[] }[])[0];
    if (!doc) continue;
    await db
      .collection(COLLECTIONS.staff)
      .doc(staffNo)
      .update({
        roles: db.command.set([
          ...(doc.roles ?? []),
          { role: 'judge', contestId: DEMO_CONTEST_ID },
        ]),
      });
  }
}
