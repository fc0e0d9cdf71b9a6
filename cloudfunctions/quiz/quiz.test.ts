// The quiz function through the gateway, the real SDK and the local cloud: the bank import with
// every bad-row kind, draws and shuffles per person, no answer key in any payload before the
// attempt closes, scoring, the server's deadline, attempt limits under concurrent starts, the
// too-fast flag, standings with .xlsx, the final's judges and undo, and who may do what.
import { COLLECTIONS } from '../../database/collections';
import type {
  AttemptView,
  ContestView,
  FinalBoard,
  QuizResult,
  Standings,
} from '../../domain/quiz/contract';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { BANK_ROWS, bankXlsxBase64, type BankRow } from '../../local-cloud/seed/quiz-bank';
import { readXlsx } from '../_kit/xlsx';

jest.setTimeout(180_000);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true, synthetic: 40 });
});
afterAll(() => t.stop());
afterEach(() => t.setClockOffset(0));

const F = 'quiz';
const ADMIN = 'dev-admin';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const file = async (rows: BankRow[], fileName = 'bank.xlsx') => ({
  fileBase64: await bankXlsxBase64(rows),
  fileName,
});

interface AttemptDocT {
  _id: string;
  items: { questionId: string; answer: string[]; options: { key: string; text: string }[] }[];
  status: string;
  score: number | null;
  flagged: boolean;
  startedAt: Date;
  submittedAt: Date | null;
  branchId: string;
  staffNo: string;
  contestId: string;
}
async function attemptDoc(id: string): Promise<AttemptDocT> {
  const res = await t.db.collection(COLLECTIONS.quizAttempts).doc(id).get();
  return (res.data as AttemptDocT[])[0];
}
async function attemptsOf(contestId: string, staffNo?: string): Promise<AttemptDocT[]> {
  const res = await t.db
    .collection(COLLECTIONS.quizAttempts)
    .where(staffNo ? { contestId, staffNo } : { contestId })
    .limit(1000)
    .get();
  return res.data as AttemptDocT[];
}

let contestSeq = 0;
async function newContest(over: Record<string, unknown> = {}): Promise<string> {
  contestSeq += 1;
  const out = await t.data<{ contestId: string }>(
    F,
    {
      action: 'quiz.createContest',
      contestId: `qc-test-${contestSeq}`,
      name: `测试竞赛${contestSeq}`,
      openAt: iso(-HOUR),
      closeAt: iso(24 * HOUR * 10),
      questionsPerAttempt: 10,
      secondsPerAttempt: 600,
      attemptsPerDay: 3,
      ...over,
    },
    ADMIN,
  );
  return out.contestId;
}

describe('question bank import', () => {
  const BAD: BankRow[] = [
    { 题型: '填空', 题干: '未知题型的题', 选项A: '甲', 选项B: '乙', 答案: 'A' },
    { 题型: '单选', 题干: '答案不在选项里的题', 选项A: '甲', 选项B: '乙', 答案: 'D' },
    { 题型: '单选', 题干: BANK_ROWS[0].题干, 选项A: '甲', 选项B: '乙', 答案: 'A' },
    { 题型: '单选', 题干: '单选题给了两个答案', 选项A: '甲', 选项B: '乙', 选项C: '丙', 答案: 'AB' },
    { 题型: '多选', 题干: '选项中间空了一个', 选项A: '甲', 选项C: '丙', 答案: 'AC' },
    { 题型: '判断', 题干: '判断题的答案写成了字母Z', 答案: 'Z' },
    { 题型: '单选', 题干: '难度写错了', 选项A: '甲', 选项B: '乙', 答案: 'A', 难度: '超难' },
    { 题型: '单选', 题干: '', 选项A: '甲', 选项B: '乙', 答案: 'A' },
  ];

  it('previews every kind of bad row with its line, refuses to import them, then skips them', async () => {
    const f = await file([...BANK_ROWS, ...BAD]);
    const p = await t.data<{
      total: number;
      counts: { new: number; bad: number };
      bad: { line: number; reasons: string[] }[];
    }>(F, { action: 'quiz.previewBank', ...f }, ADMIN);
    expect(p.total).toBe(BANK_ROWS.length + BAD.length);
    expect(p.counts).toEqual({ new: BANK_ROWS.length, changed: 0, unchanged: 0, bad: BAD.length });
    const first = BANK_ROWS.length + 2; // header is line 1
    const reasonsAt = (i: number) => p.bad.find((b) => b.line === first + i)?.reasons.join(' ');
    expect(reasonsAt(0)).toMatch(/题型“填空”不认识/);
    expect(reasonsAt(1)).toMatch(/答案 D 不在选项里/);
    expect(reasonsAt(2)).toMatch(/与第 2 行是同一道题/);
    expect(reasonsAt(3)).toMatch(/单选题的答案只能是一个选项/);
    expect(reasonsAt(4)).toMatch(/连续填写/);
    expect(reasonsAt(5)).toMatch(/应为“对”或“错”/);
    expect(reasonsAt(6)).toMatch(/难度“超难”不认识/);
    expect(reasonsAt(7)).toMatch(/题干是空的/);

    const refused = await t.call(F, { action: 'quiz.importBank', ...f }, ADMIN);
    expect(code(refused)).toBe('quiz.bad_rows');
    const none = await t.db.collection(COLLECTIONS.quizQuestions).count();
    expect(none.total).toBe(0);

    const done = await t.data(F, { action: 'quiz.importBank', ...f, skipBadRows: true }, ADMIN);
    expect(done).toEqual({ created: BANK_ROWS.length, updated: 0, unchanged: 0, skipped: 8 });
  });

  it('re-imports the same file without changes, and updates a changed explanation', async () => {
    const same = await t.data(F, { action: 'quiz.importBank', ...(await file(BANK_ROWS)) }, ADMIN);
    expect(same).toEqual({ created: 0, updated: 0, unchanged: BANK_ROWS.length, skipped: 0 });
    const edited = BANK_ROWS.map((r, i) => (i === 3 ? { ...r, 解析: '新的解析' } : r));
    const again = await t.data(F, { action: 'quiz.importBank', ...(await file(edited)) }, ADMIN);
    expect(again).toEqual({ created: 0, updated: 1, unchanged: BANK_ROWS.length - 1, skipped: 0 });
  });

  it('imports thousands of questions in a handful of requests, and lists them with a search', async () => {
    const many: BankRow[] = Array.from({ length: 2000 }, (_v, i) => ({
      题型: '单选',
      题干: `批量题目第 ${i + 1} 题：工会会员人数统计`,
      选项A: '一',
      选项B: '二',
      选项C: '三',
      答案: 'ABC'[i % 3],
      分类: '批量',
      难度: '易',
    }));
    t.resetRequests();
    const out = await t.data<{ created: number }>(
      F,
      { action: 'quiz.importBank', ...(await file(many)) },
      ADMIN,
    );
    expect(out.created).toBe(2000);
    // identity, 1–3 reads of the bank, 4 batch inserts, the audit entry
    expect(t.requests()).toBeLessThanOrEqual(10);
    const list = await t.data<{ total: number; questions: { questionId: string }[] }>(
      F,
      { action: 'quiz.listQuestions', query: '第 1999 题' },
      ADMIN,
    );
    expect(list.total).toBe(1);
    const cat = await t.data<{ total: number }>(
      F,
      { action: 'quiz.listQuestions', category: '女职工权益' },
      ADMIN,
    );
    expect(cat.total).toBe(8);
  });

  it('reads the same bank from a .csv file, and refuses other files plainly', async () => {
    const csv = [
      '题型,题干,选项A,选项B,答案,解析,分类,难度',
      `判断,${BANK_ROWS.find((r) => r.题型 === '判断')!.题干},,,对,,,易`,
      '单选,CSV 里的新题,甲,乙,B,,CSV,中',
    ].join('\n');
    const p = await t.data<{ counts: { new: number; unchanged: number; changed: number } }>(
      F,
      {
        action: 'quiz.previewBank',
        fileBase64: Buffer.from(`\uFEFF${csv}`, 'utf8').toString('base64'),
        fileName: '题库.csv',
      },
      ADMIN,
    );
    expect(p.counts.new).toBe(1);
    expect(p.counts.unchanged + p.counts.changed).toBe(1);
    const junk = await t.call(
      F,
      { action: 'quiz.previewBank', fileBase64: 'AAAA', fileName: 'x.xlsx' },
      ADMIN,
    );
    expect(code(junk)).toBe('quiz.bad_file');
    const pdf = await t.call(
      F,
      { action: 'quiz.previewBank', fileBase64: 'AAAA', fileName: 'x.pdf' },
      ADMIN,
    );
    expect(code(pdf)).toBe('validation.failed');
  });

  it('edits one question and keeps a wrong edit out', async () => {
    const list = await t.data<{ questions: { questionId: string; type: string }[] }>(
      F,
      { action: 'quiz.listQuestions', query: '工资总额的百分之几' },
      ADMIN,
    );
    const q = list.questions[0];
    const edit = {
      action: 'quiz.updateQuestion',
      questionId: q.questionId,
      text: '单位按每月全部职工工资总额的百分之几向工会拨缴经费？',
      options: [
        { key: 'A', text: '1%' },
        { key: 'B', text: '2%' },
        { key: 'C', text: '3%' },
      ],
      answer: ['B'],
      category: '工会法',
    };
    const out = await t.data<{ text: string; options: unknown[] }>(F, edit, ADMIN);
    expect(out.options).toHaveLength(3);
    const bad = await t.call(F, { ...edit, answer: ['E'] }, ADMIN);
    expect(code(bad)).toBe('quiz.bad_question');
    const staff = await t.call(F, edit, 'dev-100010');
    expect(code(staff)).toBe('auth.forbidden');
  });
});

/** Every key anywhere in a payload (nested), to prove no answer field is in it. */
function keysIn(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keysIn(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      keysIn(x, out);
    }
  }
  return out;
}

describe('taking a contest', () => {
  let contestId: string;
  beforeAll(async () => {
    // draw from the 41 union questions only (not the 2000 bulk ones)
    contestId = await newContest({
      questionsPerAttempt: 10,
      draw: [
        { category: '工会法', count: 3 },
        { category: '教代会', count: 3 },
        { category: '女职工权益', count: 2 },
        { category: '工会工作', count: 2 },
      ],
    });
  });

  it('draws a different paper for each person, shuffles options, and sends no answer key', async () => {
    const payloads: unknown[] = [];
    const a = await t.data<AttemptView>(F, { action: 'quiz.start', contestId }, 'dev-100010');
    const b = await t.data<AttemptView>(F, { action: 'quiz.start', contestId }, 'dev-100011');
    payloads.push(a, b);
    expect(a.questions).toHaveLength(10);
    expect(a.questions.map((q) => q.questionId)).not.toEqual(b.questions.map((q) => q.questionId));

    // the shown order differs from the stored one for some question of someone's paper
    const stored = await t.db.collection(COLLECTIONS.quizQuestions).limit(1000).get();
    const byId = new Map(
      (stored.data as { _id: string; options: { text: string }[] }[]).map((q) => [q._id, q]),
    );
    const reordered = [...a.questions, ...b.questions].filter(
      (q) =>
        q.type !== 'judge' &&
        q.options.map((o) => o.text).join('|') !==
          byId
            .get(q.questionId)
            ?.options.map((o) => o.text)
            .join('|'),
    );
    expect(reordered.length).toBeGreaterThan(0);

    // answer, resume (a lost connection), start again (another phone): same attempt, answers kept
    const q0 = a.questions[0];
    payloads.push(
      await t.data(
        F,
        { action: 'quiz.answer', attemptId: a.attemptId, questionId: q0.questionId, keys: ['A'] },
        'dev-100010',
      ),
    );
    const resumed = await t.data<AttemptView>(
      F,
      { action: 'quiz.resume', attemptId: a.attemptId },
      'dev-100010',
    );
    const again = await t.data<AttemptView>(F, { action: 'quiz.start', contestId }, 'dev-100010');
    payloads.push(resumed, again);
    expect(again.attemptId).toBe(a.attemptId);
    expect(again.resumed).toBe(true);
    expect(resumed.answers).toEqual([{ questionId: q0.questionId, keys: ['A'] }]);

    const allowed = new Set([
      'attemptId',
      'contestId',
      'contestName',
      'deadline',
      'serverNow',
      'questions',
      'questionId',
      'type',
      'text',
      'options',
      'key',
      'answers',
      'keys',
      'resumed',
      'saved',
    ]);
    for (const p of payloads) {
      expect([...keysIn(p)].filter((k) => !allowed.has(k))).toEqual([]);
    }
    // and no explanation text of any drawn question rides along in any field
    const doc = await attemptDoc(a.attemptId);
    const wire = JSON.stringify(payloads);
    const explanations = await t.db
      .collection(COLLECTIONS.quizQuestions)
      .where({ category: '工会法' })
      .get();
    for (const q of explanations.data as { explanation: string }[]) {
      if (q.explanation) expect(wire).not.toContain(q.explanation);
    }
    // the 'answers' of the payload are only mine: the key is never echoed back
    expect(doc.items[0].answer).toBeDefined();
  });

  it("refuses someone else's attempt as if it did not exist", async () => {
    const [a] = await attemptsOf(contestId, '100010');
    const r = await t.call(F, { action: 'quiz.resume', attemptId: a._id }, 'dev-100012');
    expect(code(r)).toBe('quiz.attempt_not_found');
    const s = await t.call(F, { action: 'quiz.submit', attemptId: a._id }, 'dev-100012');
    expect(code(s)).toBe('quiz.attempt_not_found');
  });

  it('scores single, multiple (all or nothing) and true/false', async () => {
    // a paper of the union questions; answer from the stored key (the test may read the server's data)
    const c2 = await newContest({
      questionsPerAttempt: 12,
      pointsPerQuestion: 5,
      draw: [
        { category: '女职工权益', count: 8 },
        { category: '教代会', count: 4 },
      ],
    });
    const a = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c2 }, 'dev-100013');
    const doc = await attemptDoc(a.attemptId);
    let expected = 0;
    const seenTypes = new Set<string>();
    for (const [i, q] of a.questions.entries()) {
      const right = doc.items[i].answer;
      seenTypes.add(q.type);
      let keys: string[];
      if (q.type === 'multi' && i % 2 === 0)
        keys = right.slice(0, 1); // partly right: no points
      else if (q.type === 'single' && i % 3 === 0)
        keys = [q.options.find((o) => !right.includes(o.key))!.key]; // wrong
      else if (q.type === 'judge' && i % 4 === 1)
        keys = [right[0] === 'A' ? 'B' : 'A']; // wrong
      else {
        keys = right;
        expected += 1;
      }
      await t.data(
        F,
        { action: 'quiz.answer', attemptId: a.attemptId, questionId: q.questionId, keys },
        'dev-100013',
      );
    }
    expect(seenTypes).toEqual(new Set(['single', 'multi', 'judge']));
    const r = await t.data<QuizResult>(
      F,
      { action: 'quiz.submit', attemptId: a.attemptId },
      'dev-100013',
    );
    expect(r.correct).toBe(expected);
    expect(r.total).toBe(12);
    expect(r.score).toBe(expected * 5);
    // shown after each attempt (the default): the keys and explanations come now
    expect(r.review).toHaveLength(12);
    expect(r.review!.filter((x) => x.right)).toHaveLength(expected);
    expect(r.review![0].explanation.length).toBeGreaterThan(0);
    // a repeated submit answers the same and changes nothing
    const again = await t.data<QuizResult>(
      F,
      { action: 'quiz.submit', attemptId: a.attemptId },
      'dev-100013',
    );
    expect(again.score).toBe(r.score);
    // malformed answers
    const b = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c2 }, 'dev-100013');
    const single = b.questions.find((q) => q.type === 'single')!;
    const two = await t.call(
      F,
      {
        action: 'quiz.answer',
        attemptId: b.attemptId,
        questionId: single.questionId,
        keys: ['A', 'B'],
      },
      'dev-100013',
    );
    expect(code(two)).toBe('quiz.bad_keys');
    const outside = await t.call(
      F,
      { action: 'quiz.answer', attemptId: b.attemptId, questionId: single.questionId, keys: ['F'] },
      'dev-100013',
    );
    expect(code(outside)).toBe('quiz.bad_keys');
  });

  it('hides keys until the contest closes when it says so', async () => {
    const c3 = await newContest({
      questionsPerAttempt: 3,
      reveal: 'after_contest',
      draw: [{ category: '教代会', count: 3 }],
    });
    const a = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c3 }, 'dev-100014');
    const r = await t.data<QuizResult>(
      F,
      { action: 'quiz.submit', attemptId: a.attemptId },
      'dev-100014',
    );
    expect(r.review).toBeNull();
    expect(r.revealAt).not.toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/correctKeys|explanation/);
    t.setClockOffset(11 * 24 * HOUR);
    const later = await t.data<QuizResult>(
      F,
      { action: 'quiz.review', attemptId: a.attemptId },
      'dev-100014',
    );
    expect(later.review).toHaveLength(3);
  });

  it('keeps the time on the server: answers after the deadline do not count, and the attempt closes', async () => {
    const c4 = await newContest({
      questionsPerAttempt: 4,
      secondsPerAttempt: 60,
      draw: [{ category: '工会工作', count: 4 }],
    });
    const a = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c4 }, 'dev-100015');
    expect(new Date(a.deadline).getTime() - new Date(a.serverNow).getTime()).toBe(60_000);
    const doc = await attemptDoc(a.attemptId);
    const [q0, q1] = a.questions;
    t.setClockOffset(30_000);
    await t.data(
      F,
      {
        action: 'quiz.answer',
        attemptId: a.attemptId,
        questionId: q0.questionId,
        keys: doc.items[0].answer,
      },
      'dev-100015',
    );
    t.setClockOffset(61_000);
    const late = await t.call(
      F,
      {
        action: 'quiz.answer',
        attemptId: a.attemptId,
        questionId: q1.questionId,
        keys: doc.items[1].answer,
      },
      'dev-100015',
    );
    expect(code(late)).toBe('quiz.time_up');
    const closed = await attemptDoc(a.attemptId);
    expect(closed.status).toBe('closed');
    expect(closed.score).toBe(10);
    const r = await t.data<QuizResult>(
      F,
      { action: 'quiz.submit', attemptId: a.attemptId },
      'dev-100015',
    );
    expect(r).toMatchObject({ score: 10, correct: 1, total: 4, durationMs: 60_000 });

    // an attempt left open past its deadline is closed and scored by the next start
    const b = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c4 }, 'dev-100015');
    t.setClockOffset(61_000 + 120_000);
    const c = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c4 }, 'dev-100015');
    expect(c.attemptId).not.toBe(b.attemptId);
    expect((await attemptDoc(b.attemptId)).status).toBe('closed');
    const resume = await t.call(F, { action: 'quiz.resume', attemptId: b.attemptId }, 'dev-100015');
    expect(code(resume)).toBe('quiz.attempt_closed');
  });

  it('never opens before the window or after it', async () => {
    const c5 = await newContest({
      openAt: iso(HOUR),
      closeAt: iso(2 * HOUR),
      questionsPerAttempt: 2,
      draw: [{ category: '教代会', count: 2 }],
    });
    expect(code(await t.call(F, { action: 'quiz.start', contestId: c5 }, 'dev-100016'))).toBe(
      'quiz.not_open',
    );
    t.setClockOffset(3 * HOUR);
    expect(code(await t.call(F, { action: 'quiz.start', contestId: c5 }, 'dev-100016'))).toBe(
      'quiz.closed',
    );
  });
});

describe('attempt limits under concurrency', () => {
  let contestId: string;
  beforeAll(async () => {
    contestId = await newContest({
      questionsPerAttempt: 2,
      attemptsPerDay: 3,
      attemptsTotal: 4,
      draw: [{ category: '工会法', count: 2 }],
    });
  });
  afterEach(() => t.setDbLatency(null));

  it('six concurrent starts from one person give one open attempt: the others resume it', async () => {
    t.setDbLatency(RACE_LATENCY_MS);
    const starts = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.call<AttemptView>(F, { action: 'quiz.start', contestId }, 'dev-T0001'),
      ),
    );
    expect(starts.every((s) => s.ok)).toBe(true);
    const ids = new Set(starts.map((s) => (s.ok ? s.data.attemptId : '')));
    expect(ids.size).toBe(1);
    expect(await attemptsOf(contestId, 'T0001')).toHaveLength(1);
    expect(starts.filter((s) => s.ok && !s.data.resumed)).toHaveLength(1);
  });

  it('six phones starting and submitting at once with 3 left today get exactly 3 attempts', async () => {
    t.setDbLatency(RACE_LATENCY_MS);
    const worker = async () => {
      const got: string[] = [];
      for (let i = 0; i < 4; i++) {
        const s = await t.call<AttemptView>(F, { action: 'quiz.start', contestId }, 'dev-T0002');
        if (!s.ok) return { got, last: s.error.code };
        got.push(s.data.attemptId);
        await t.call(F, { action: 'quiz.submit', attemptId: s.data.attemptId }, 'dev-T0002');
      }
      return { got, last: 'ok' };
    };
    const results = await Promise.all(Array.from({ length: 6 }, worker));
    const attempts = await attemptsOf(contestId, 'T0002');
    expect(attempts).toHaveLength(3);
    expect(results.every((r) => r.last === 'quiz.no_attempts_left')).toBe(true);
    const counter = await t.db
      .collection(COLLECTIONS.quizAttemptCounts)
      .doc(`${contestId}:T0002`)
      .get();
    expect((counter.data as { used: number; dayUsed: number; open: null }[])[0]).toMatchObject({
      used: 3,
      dayUsed: 3,
      open: null,
    });
    const again = await t.call(F, { action: 'quiz.start', contestId }, 'dev-T0002');
    expect(code(again)).toBe('quiz.no_attempts_left');
    expect(again.ok ? '' : again.error.message).toMatch(/明天再来/);
    // the next day one more (the total is 4), then none at all
    t.setClockOffset(24 * HOUR);
    const next = await t.data<AttemptView>(F, { action: 'quiz.start', contestId }, 'dev-T0002');
    await t.data(F, { action: 'quiz.submit', attemptId: next.attemptId }, 'dev-T0002');
    const none = await t.call(F, { action: 'quiz.start', contestId }, 'dev-T0002');
    expect(none.ok ? '' : none.error.message).toMatch(/最多答 4 次/);
    const view = await t.data<ContestView>(F, { action: 'quiz.contest', contestId }, 'dev-T0002');
    expect(view.me).toMatchObject({ used: 4, leftTotal: 0, leftToday: 0 });
  });

  it('costs a few database requests per start, answer and submit', async () => {
    const c = await newContest({
      questionsPerAttempt: 2,
      draw: [{ category: '工会法', count: 2 }],
    });
    await t.data(F, { action: 'quiz.contest', contestId: c }, 'dev-T0003');
    t.resetRequests();
    const a = await t.data<AttemptView>(F, { action: 'quiz.start', contestId: c }, 'dev-T0003');
    const startReqs = t.requests();
    t.resetRequests();
    await t.data(
      F,
      {
        action: 'quiz.answer',
        attemptId: a.attemptId,
        questionId: a.questions[0].questionId,
        keys: ['A'],
      },
      'dev-T0003',
    );
    const answerReqs = t.requests();
    t.resetRequests();
    await t.data(F, { action: 'quiz.submit', attemptId: a.attemptId }, 'dev-T0003');
    const submitReqs = t.requests();
    // identity + contest + counter (+ its creation on the first) + take + questions + draw
    expect(startReqs).toBeLessThanOrEqual(7);
    // identity + attempt + save
    expect(answerReqs).toBeLessThanOrEqual(3);
    // identity + attempt + contest + close + counter + counter update
    expect(submitReqs).toBeLessThanOrEqual(6);
  });
});

describe('standings, flags and exports', () => {
  let contestId: string;
  beforeAll(async () => {
    contestId = await newContest({
      questionsPerAttempt: 4,
      draw: [{ category: '教代会', count: 4 }],
      teams: [
        { name: '一队', branchIds: ['b01', 'b02'] },
        { name: '二队', branchIds: ['b03'] },
        { name: '三队', branchIds: ['b04'] },
      ],
    });
  });

  async function staffOf(branchId: string, n: number): Promise<string[]> {
    const res = await t.db
      .collection(COLLECTIONS.staff)
      .where({ branchId, active: true, openid: t.db.command.exists(true) })
      .orderBy('_id', 'asc')
      .limit(20)
      .get();
    return (res.data as { staffNo: string; openid: string }[])
      .filter((s) => s.openid === `dev-${s.staffNo}`)
      .map((s) => s.staffNo)
      .slice(0, n);
  }

  /**
   * Takes the paper getting `right` questions right, the clock moved on `msEach` per answer from
   * the server's own start (so a slow machine's real seconds do not leak into the times).
   */
  async function take(staffNo: string, right: number, msEach: number, base: number) {
    const who = `dev-${staffNo}`;
    t.setClockOffset(base);
    const a = await t.data<AttemptView>(F, { action: 'quiz.start', contestId }, who);
    const doc = await attemptDoc(a.attemptId);
    const startedAt = new Date(doc.startedAt).getTime();
    const at = (ms: number) => t.setClockOffset(startedAt + ms - Date.now());
    for (const [i, q] of a.questions.entries()) {
      at((i + 1) * msEach);
      const keys =
        i < right
          ? doc.items[i].answer
          : [q.options.find((o) => !doc.items[i].answer.includes(o.key))!.key];
      await t.data(
        F,
        { action: 'quiz.answer', attemptId: a.attemptId, questionId: q.questionId, keys },
        who,
      );
    }
    at(a.questions.length * msEach);
    await t.data(F, { action: 'quiz.submit', attemptId: a.attemptId }, who);
    t.setClockOffset(0);
  }

  it('ranks people by best then time, teams by participation rate then average, flags the too fast', async () => {
    const [x1, x2] = await staffOf('b03', 2);
    const [y1] = await staffOf('b01', 1);
    const [z1] = await staffOf('b04', 1);
    await take(x1, 4, 10_000, 0); // 40 in 40 s
    await take(x2, 4, 10_000, 0); // 40 in 40 s: ties with x1
    await take(y1, 3, 1_000, 0); // 30 in 4 s: faster than a person reads → flagged
    await take(z1, 2, 5_000, 0);
    await take(z1, 4, 5_000, MINUTE); // a better second try: 40 in 20 s, now first
    const s = await t.data<Standings>(F, { action: 'quiz.standings', contestId }, ADMIN);
    expect(s.people.map((p) => [p.staffNo, p.rank, p.best])).toEqual([
      [z1, 1, 40],
      [x1 < x2 ? x1 : x2, 2, 40],
      [x1 < x2 ? x2 : x1, 2, 40],
      [y1, 4, 30],
    ]);
    expect(s.people.find((p) => p.staffNo === y1)!.flagged).toBe(1);
    expect(s.people.find((p) => p.staffNo === z1)!.attempts).toBe(2);

    const staffCount = async (b: string[]) => {
      const res = await t.db
        .collection(COLLECTIONS.staff)
        .where({ branchId: t.db.command.in(b), active: true })
        .count();
      return res.total;
    };
    const m1 = await staffCount(['b01', 'b02']);
    const m2 = await staffCount(['b03']);
    const m3 = await staffCount(['b04']);
    const team = (id: string) => s.teams.find((x) => x.teamId === id)!;
    expect(team('t1')).toMatchObject({ participants: 1, members: m1, avgBest: 30 });
    expect(team('t2')).toMatchObject({ participants: 2, members: m2, avgBest: 40 });
    expect(team('t3')).toMatchObject({ participants: 1, members: m3, avgBest: 40 });
    expect(team('t2').rate).toBeCloseTo(2 / m2, 4);
    // ordered by rate (exact fractions), ties share a rank
    const rates = s.teams.map((x) => x.rate);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);

    // staff see the table without the flags
    const mine = await t.data<Standings>(F, { action: 'quiz.standings', contestId }, `dev-${y1}`);
    expect(mine.people.every((p) => p.flagged === 0)).toBe(true);
    expect(mine.me).toMatchObject({ staffNo: y1, rank: 4 });
  });

  it('exports people and teams as .xlsx (admins only)', async () => {
    const people = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'quiz.exportStandings', contestId, kind: 'people' },
      ADMIN,
    );
    expect(people.rows).toBe(4);
    const sheet = await readXlsx(Buffer.from(people.base64, 'base64'));
    expect(sheet.headers).toEqual([
      '名次',
      '工号',
      '姓名',
      '参赛队',
      '最好成绩',
      '用时（秒）',
      '答题次数',
      '过快次数',
    ]);
    expect(sheet.rows[0].cells['最好成绩']).toBe('40');
    const teams = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'quiz.exportStandings', contestId, kind: 'teams' },
      ADMIN,
    );
    expect(teams.rows).toBe(3);
    const refused = await t.call(
      F,
      { action: 'quiz.exportStandings', contestId, kind: 'people' },
      'dev-100010',
    );
    expect(code(refused)).toBe('auth.forbidden');
  });

  it('keeps on each attempt what the year report reads', async () => {
    const [a] = await attemptsOf(contestId);
    expect(a).toMatchObject({
      contestId,
      staffNo: expect.any(String),
      branchId: expect.any(String),
      score: expect.any(Number),
    });
    expect(a.startedAt).toBeInstanceOf(Date);
    expect(a.submittedAt).toBeInstanceOf(Date);
  });
});

describe('the final on a big screen', () => {
  let contestId: string;
  beforeAll(async () => {
    contestId = await newContest({
      questionsPerAttempt: 2,
      draw: [{ category: '教代会', count: 2 }],
    });
    await t.data(
      F,
      { action: 'quiz.setupFinal', contestId, teamIds: ['b01', 'b02', 'b03'] },
      ADMIN,
    );
    for (const [no, scope] of [
      ['100020', contestId],
      ['100021', contestId],
      ['100022', 'jc-other'],
    ] as const) {
      await t.db
        .collection(COLLECTIONS.staff)
        .doc(no)
        .update({ roles: [{ role: 'judge', contestId: scope }] });
    }
  });

  it('two judges add and deduct per round; each undoes only their own last entry', async () => {
    const entry = (who: string, teamId: string, round: string, points: number) =>
      t.call(F, { action: 'quiz.finalEntry', contestId, teamId, round, points }, who);
    expect(code(await entry('dev-100020', 'b01', 'must', 10))).toBe('ok');
    expect(code(await entry('dev-100021', 'b02', 'buzz', 10))).toBe('ok');
    expect(code(await entry('dev-100020', 'b02', 'risk', -20))).toBe('ok');
    expect(code(await entry('dev-100021', 'b03', 'risk', 20))).toBe('ok');
    expect(code(await entry('dev-100020', 'b01', 'must', -5))).toBe('quiz.bad_points');
    expect(code(await entry('dev-100020', 'b09', 'must', 5))).toBe('quiz.bad_team');
    // a judge of another contest (a jc- judged competition) and plain staff are refused
    expect(code(await entry('dev-100022', 'b01', 'must', 10))).toBe('auth.forbidden');
    expect(code(await entry('dev-100010', 'b01', 'must', 10))).toBe('auth.forbidden');

    let board = await t.data<FinalBoard>(F, { action: 'quiz.finalBoard', contestId }, 'dev-100020');
    expect(board.teams.map((x) => [x.teamId, x.total, x.rank])).toEqual([
      ['b03', 20, 1],
      ['b01', 10, 2],
      ['b02', -10, 3],
    ]);
    expect(board.myLast).toMatchObject({ round: 'risk', points: -20 });

    // judge 100020 undoes: their -20 on b02 goes, judge 100021's entries stay
    await t.data(F, { action: 'quiz.finalUndo', contestId }, 'dev-100020');
    board = await t.data<FinalBoard>(F, { action: 'quiz.finalBoard', contestId }, 'dev-100010');
    expect(board.teams.map((x) => [x.teamId, x.total, x.rank])).toEqual([
      ['b03', 20, 1],
      ['b01', 10, 2],
      ['b02', 10, 2],
    ]);
    expect(board.canJudge).toBe(false);
    expect(board.myLast).toBeNull();
    const undoOther = await t.call(F, { action: 'quiz.finalUndo', contestId }, 'dev-100022');
    expect(code(undoOther)).toBe('auth.forbidden');
  });
});
