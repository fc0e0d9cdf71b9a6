// Who may call each quiz action (the authorization matrix, cloudfunctions/_security).
import { questionIdOf } from '../../domain/quiz/rules';
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

// The first rows' admin calls import a small bank and create this contest; the rows after it
// act on it, in order (start, answer, submit, then standings and the final).
const CONTEST = 'qc-matrix';
/** the matrix's plain staff caller (dev-100010) starts attempt 1; others find theirs elsewhere */
const ATTEMPT = `${CONTEST}:100010:1`;
const Q1 = '工会法规定单位有会员多少人以上应当建立基层工会委员会？';
const CSV = [
  '题型,题干,选项A,选项B,选项C,答案,解析,分类,难度',
  `单选,${Q1},10人,25人,50人,B,工会法第十一条,工会法,中`,
  '判断,工会经费可以用于职工文体活动。,,,,对,,工会法,易',
  '多选,下列哪些是工会的职责？,维护职工权益,服务职工群众,代替行政决策,AB,,工会法,中',
].join('\n');
const file = () => ({
  fileBase64: Buffer.from(CSV, 'utf8').toString('base64'),
  fileName: 'matrix-bank.csv',
});
const ref = () => ({ contestId: CONTEST });

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'quiz.previewBank', allow: ADMIN, input: file },
  { action: 'quiz.importBank', allow: ADMIN, input: file },
  { action: 'quiz.listQuestions', allow: ADMIN, input: () => ({ query: '工会' }) },
  {
    action: 'quiz.updateQuestion',
    allow: ADMIN,
    input: () => ({
      questionId: questionIdOf('single', Q1),
      text: Q1,
      options: [
        { key: 'A', text: '10人' },
        { key: 'B', text: '25人' },
        { key: 'C', text: '50人' },
      ],
      answer: ['B'],
    }),
  },
  {
    action: 'quiz.createContest',
    allow: ADMIN,
    input: () => ({
      contestId: CONTEST,
      name: '矩阵知识竞赛',
      openAt: iso(-HOUR),
      closeAt: iso(24 * HOUR),
      questionsPerAttempt: 2,
      secondsPerAttempt: 600,
      attemptsPerDay: 20,
    }),
  },
  { action: 'quiz.listContests', allow: ADMIN, input: () => ({}) },
  { action: 'quiz.current', allow: BOUND, input: () => ({}) },
  { action: 'quiz.contest', allow: BOUND, input: ref },
  // every bound caller starts an attempt of their own
  { action: 'quiz.start', allow: BOUND, input: ref },
  // staff's own attempt; any other caller gets "not found" (past authorization, not refused)
  { action: 'quiz.resume', allow: BOUND, input: () => ({ attemptId: ATTEMPT }) },
  {
    action: 'quiz.answer',
    allow: BOUND,
    input: () => ({ attemptId: ATTEMPT, questionId: questionIdOf('single', Q1), keys: ['A'] }),
  },
  { action: 'quiz.submit', allow: BOUND, input: () => ({ attemptId: ATTEMPT }) },
  { action: 'quiz.review', allow: BOUND, input: () => ({ attemptId: ATTEMPT }) },
  { action: 'quiz.standings', allow: BOUND, input: ref },
  { action: 'quiz.exportStandings', allow: ADMIN, input: () => ({ ...ref(), kind: 'teams' }) },
  { action: 'quiz.setupFinal', allow: ADMIN, input: () => ({ ...ref(), teamIds: ['b01', 'b06'] }) },
  // judges of this contest only (none of the matrix's callers is one; admins hold every role)
  {
    action: 'quiz.finalEntry',
    allow: ADMIN,
    input: () => ({ ...ref(), teamId: 'b01', round: 'must', points: 10 }),
  },
  { action: 'quiz.finalUndo', allow: ADMIN, input: ref },
  { action: 'quiz.finalBoard', allow: BOUND, input: ref },
];
