// Bench `quiz`: N synthetic staff take a 10-question contest at once through the gateway (start,
// ten answers, submit), each also tapping 开始 on a second phone at the same moment, then the
// live standings. Reports throughput, p50/p95 per call kind, database requests per call, and
// checks from the database: one attempt per person (the second phone resumed it), counters equal
// the attempts, none left open, every caller a clear answer, and the standings' request count.
import { COLLECTIONS } from '../../database/collections';
import type { AttemptView, Standings } from '../../domain/quiz/contract';
import type { Envelope } from '../../domain/errors';
import { BANK_ROWS, bankXlsxBase64 } from '../../local-cloud/seed/quiz-bank';
import { RACE_LATENCY_MS, startTestCloud } from '../../local-cloud/testing';

const PEOPLE = Number(process.env.BENCH_QUIZ_PEOPLE ?? 300);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 200);

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

export async function benchQuiz(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ synthetic: PEOPLE, dbLatencyMs: RACE_LATENCY_MS });
  try {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('T0001')
      .update({ roles: [{ role: 'admin' }] });
    const admin = 'dev-T0001';
    await t.data(
      'quiz',
      {
        action: 'quiz.importBank',
        fileBase64: await bankXlsxBase64(BANK_ROWS),
        fileName: 'bank.xlsx',
      },
      admin,
    );
    const { contestId } = await t.data<{ contestId: string }>(
      'quiz',
      {
        action: 'quiz.createContest',
        contestId: 'qc-bench',
        name: '压测：知识竞赛',
        openAt: new Date(Date.now() - 60_000).toISOString(),
        closeAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        questionsPerAttempt: 10,
        secondsPerAttempt: 600,
        attemptsPerDay: 3,
      },
      admin,
    );
    const lat: Record<string, number[]> = { start: [], answer: [], submit: [] };
    const errors: Record<string, number> = {};
    let unclear = 0;
    let inFlight = 0;
    const waiting: (() => void)[] = [];
    const call = async <T>(kind: string, staffNo: string, event: Record<string, unknown>) => {
      if (inFlight >= IN_FLIGHT) await new Promise<void>((r) => waiting.push(r));
      inFlight += 1;
      const started = performance.now();
      let r: Envelope<T>;
      try {
        r = await t.call<T>('quiz', event, `dev-${staffNo}`);
      } finally {
        inFlight -= 1;
        waiting.shift()?.();
      }
      lat[kind].push(performance.now() - started);
      if (!r.ok) {
        errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
        if (!r.error.message || r.error.code === 'internal') unclear += 1;
      }
      return r;
    };
    const staff = Array.from({ length: PEOPLE }, (_v, i) => `T${String(i + 1).padStart(4, '0')}`);

    // requests per call on a calm path, one person alone
    const calm = staff[PEOPLE - 1];
    t.resetRequests();
    const s0 = await call<AttemptView>('start', calm, { action: 'quiz.start', contestId });
    const startReq = t.requests();
    if (!s0.ok) throw new Error(s0.error.code);
    t.resetRequests();
    await call('answer', calm, {
      action: 'quiz.answer',
      attemptId: s0.data.attemptId,
      questionId: s0.data.questions[0].questionId,
      keys: ['A'],
    });
    const answerReq = t.requests();
    t.resetRequests();
    await call('submit', calm, { action: 'quiz.submit', attemptId: s0.data.attemptId });
    const submitReq = t.requests();

    const crowd = staff.slice(1, PEOPLE - 1);
    const began = performance.now();
    t.resetRequests();
    let calls = 0;
    await Promise.all(
      crowd.map(async (s) => {
        // two phones tap 开始 at once: both must get the same attempt
        const [a, b] = await Promise.all([
          call<AttemptView>('start', s, { action: 'quiz.start', contestId }),
          call<AttemptView>('start', s, { action: 'quiz.start', contestId }),
        ]);
        calls += 2;
        if (!a.ok || !b.ok) return;
        if (a.data.attemptId !== b.data.attemptId)
          errors.two_attempts = (errors.two_attempts ?? 0) + 1;
        for (const q of a.data.questions) {
          calls += 1;
          await call('answer', s, {
            action: 'quiz.answer',
            attemptId: a.data.attemptId,
            questionId: q.questionId,
            keys: [q.options[0].key],
          });
        }
        calls += 1;
        await call('submit', s, { action: 'quiz.submit', attemptId: a.data.attemptId });
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    const crowdRequests = t.requests();

    t.resetRequests();
    const st = await t.data<Standings>('quiz', { action: 'quiz.standings', contestId }, admin);
    const standingsReq = t.requests();

    const attempts: { staffNo: string; status: string }[] = [];
    for (let skip = 0; ; skip += 1000) {
      const page = (
        await t.db
          .collection(COLLECTIONS.quizAttempts)
          .where({ contestId })
          .field({ staffNo: true, status: true })
          .skip(skip)
          .limit(1000)
          .get()
      ).data as { staffNo: string; status: string }[];
      attempts.push(...page);
      if (page.length < 1000) break;
    }
    const perPerson = new Map<string, number>();
    for (const a of attempts) perPerson.set(a.staffNo, (perPerson.get(a.staffNo) ?? 0) + 1);
    const counters = (
      await t.db.collection(COLLECTIONS.quizAttemptCounts).where({ contestId }).limit(1000).get()
    ).data as { staffNo: string; used: number; open: string | null }[];
    const sorted = (k: string) => [...lat[k]].sort((x, y) => x - y);
    return {
      people: PEOPLE,
      calls,
      seconds: Math.round(seconds * 10) / 10,
      callsPerSecond: Math.round(calls / seconds),
      p50ms: {
        start: pct(sorted('start'), 50),
        answer: pct(sorted('answer'), 50),
        submit: pct(sorted('submit'), 50),
      },
      p95ms: {
        start: pct(sorted('start'), 95),
        answer: pct(sorted('answer'), 95),
        submit: pct(sorted('submit'), 95),
      },
      requestsPerCall: { start: startReq, answer: answerReq, submit: submitReq },
      crowdRequestsPerCall: Math.round((crowdRequests / Math.max(calls, 1)) * 10) / 10,
      standingsRequests: standingsReq,
      standingsParticipants: st.participants,
      errors,
      unclear,
      invariants: {
        oneAttemptEach:
          [...perPerson.values()].every((n) => n === 1) && perPerson.size === PEOPLE - 1,
        countersMatch: counters.every((c) => c.used === (perPerson.get(c.staffNo) ?? 0)),
        noneOpen:
          attempts.every((a) => a.status === 'closed') && counters.every((c) => c.open === null),
      },
    };
  } finally {
    await t.stop();
  }
}
