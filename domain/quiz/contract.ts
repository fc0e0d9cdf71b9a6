// The quiz function's actions: knowledge contests (知识竞赛) — the question bank from Excel, contests
// with timed attempts drawn and scored on the server, live standings, and the final's scoreboard.
// No output of start / resume / answer carries an answer key or an explanation.
import { z } from 'zod';
import { defineContract, empty, id, isoInstant } from '../contract';
import { registerFieldLabels } from '../field-labels';

registerFieldLabels({
  attemptId: '答题记录',
  questionId: '题目',
  keys: '所选答案',
  questionsPerAttempt: '每次题数',
  secondsPerAttempt: '每次限时',
  attemptsPerDay: '每天次数',
  attemptsTotal: '总次数',
  pointsPerQuestion: '每题分值',
  openAt: '开始时间',
  closeAt: '结束时间',
  reveal: '公布答案的时间',
  draw: '抽题规则',
  teams: '参赛队',
  teamId: '参赛队',
  round: '轮次',
  points: '分数',
  difficulty: '难度',
  explanation: '解析',
  skipBadRows: '跳过有问题的行',
});

/** An import file as base64 within a function's 6 MB request (the roster import's convention). */
export const MAX_FILE_BASE64 = 5_500_000;
/** More questions than any bank needs: a wrong file. */
export const MAX_BANK_ROWS = 10_000;
export const PREVIEW_LIST_MAX = 200;
export const QUESTION_PAGE_SIZE = 20;

export const QUESTION_TYPES = ['single', 'multi', 'judge'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选',
  multi: '多选',
  judge: '判断',
};
export const DIFFICULTIES = ['易', '中', '难'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** 判断题's two options, always in this order (shuffling 对/错 only confuses) */
export const JUDGE_OPTIONS = [
  { key: 'A', text: '对' },
  { key: 'B', text: '错' },
] as const;

export const REVEALS = ['after_attempt', 'after_contest'] as const;

export const FINAL_ROUNDS = ['must', 'buzz', 'risk'] as const;
export type FinalRound = (typeof FINAL_ROUNDS)[number];
export const ROUND_LABELS: Record<FinalRound, string> = {
  must: '必答',
  buzz: '抢答',
  risk: '风险',
};

const text = (max: number, label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}请写在 ${max} 字以内`);

const int = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}应为 ${min} 到 ${max}${unit} 之间的整数`)
    .min(min, `${label}应为 ${min} 到 ${max}${unit} 之间的整数`)
    .max(max, `${label}应为 ${min} 到 ${max}${unit} 之间的整数`);

const fileInput = z.object({
  fileBase64: z
    .string({ message: '请选择题库文件' })
    .min(1, '请选择题库文件')
    .max(MAX_FILE_BASE64, '文件太大（超过 4 MB），请删掉无关的工作表或列后再试')
    .regex(/^[A-Za-z0-9+/=\s]+$/, '文件内容读取失败，请重新选择文件'),
  fileName: z
    .string({ message: '缺少文件名' })
    .trim()
    .max(200, '文件名太长')
    .regex(/\.(xlsx|csv)$/i, '只支持 .xlsx 或 .csv 文件（请在 Excel 里“另存为”这两种格式之一）'),
});

export const bankBadRow = z.object({
  /** the line in the file (1 = header) */
  line: z.number().int(),
  text: z.string(),
  reasons: z.array(z.string()),
});
export type BankBadRow = z.infer<typeof bankBadRow>;

export const bankPreviewOutput = z.object({
  total: z.number().int(),
  counts: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    bad: z.number().int(),
  }),
  bad: z.array(bankBadRow),
  categories: z.array(z.object({ name: z.string(), count: z.number().int() })),
});
export type BankPreview = z.infer<typeof bankPreviewOutput>;

export const bankImportOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});

const optionIn = z.object({
  key: z.enum(OPTION_KEYS, { message: '选项字母只能是 A 到 F' }),
  text: text(200, '选项内容'),
});

export const questionAdminView = z.object({
  questionId: z.string(),
  type: z.enum(QUESTION_TYPES),
  text: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  answer: z.array(z.string()),
  explanation: z.string(),
  category: z.string(),
  difficulty: z.enum(DIFFICULTIES),
});
export type QuestionAdminView = z.infer<typeof questionAdminView>;

export const updateQuestionInput = z.object({
  questionId: id,
  text: text(500, '题干'),
  /** ignored for 判断 (always 对/错) */
  options: z.array(optionIn).max(6, '选项最多 6 个').default([]),
  answer: z
    .array(z.enum(OPTION_KEYS, { message: '答案只能是 A 到 F' }))
    .min(1, '请选择正确答案')
    .max(6, '答案最多 6 个'),
  explanation: z.string().trim().max(500, '解析请写在 500 字以内').default(''),
  category: z.string().trim().max(20, '分类请写在 20 字以内').default(''),
  difficulty: z.enum(DIFFICULTIES, { message: '难度只能是 易、中 或 难' }).default('中'),
});

export const listQuestionsInput = z.object({
  query: z.string().trim().max(50, '搜索内容请写在 50 字以内').default(''),
  category: z.string().trim().max(20, '分类请写在 20 字以内').default(''),
  offset: int('页码', 0, 100_000).default(0),
});

export const contestIdInput = z
  .string({ message: '缺少比赛编号' })
  .trim()
  .regex(/^qc-[a-z0-9-]{2,40}$/, '比赛编号应以 qc- 开头，只含小写字母、数字和短横线');

export const drawRule = z.object({
  category: z.string().trim().max(20, '分类请写在 20 字以内').optional(),
  difficulty: z.enum(DIFFICULTIES, { message: '难度只能是 易、中 或 难' }).optional(),
  count: int('抽题数', 1, 100, ' 道'),
});

export const teamInput = z.object({
  name: text(20, '参赛队名称'),
  branchIds: z
    .array(id)
    .min(1, '每个参赛队至少包含一个分工会')
    .max(50, '一个参赛队最多 50 个分工会'),
});

export const createContestInput = z
  .object({
    /** optional: a retried create with the same id creates nothing new */
    contestId: contestIdInput.optional(),
    name: text(40, '竞赛名称'),
    openAt: isoInstant,
    closeAt: isoInstant,
    questionsPerAttempt: int('每次题数', 1, 100, ' 道'),
    secondsPerAttempt: int('每次限时', 30, 7200, ' 秒'),
    attemptsPerDay: int('每天次数', 1, 20, ' 次'),
    /** missing: no limit besides the daily one */
    attemptsTotal: int('总次数', 1, 1000, ' 次').optional(),
    pointsPerQuestion: int('每题分值', 1, 100, ' 分').default(10),
    /** missing: the questions are drawn from the whole bank */
    draw: z.array(drawRule).max(20, '抽题规则最多 20 条').optional(),
    /** who may take part: active staff of these branches; missing: everyone */
    branchIds: z.array(id).max(200, '分工会最多 200 个').optional(),
    /** missing: one team per branch (分工会) */
    teams: z.array(teamInput).min(2, '至少要有两个参赛队').max(100, '参赛队最多 100 个').optional(),
    reveal: z
      .enum(REVEALS, { message: '公布答案的时间只能是“每次交卷后”或“竞赛结束后”' })
      .default('after_attempt'),
  })
  .refine((c) => new Date(c.closeAt) > new Date(c.openAt), {
    message: '结束时间要晚于开始时间',
    path: ['closeAt'],
  })
  .refine((c) => !c.draw || c.draw.reduce((n, r) => n + r.count, 0) === c.questionsPerAttempt, {
    message: '各条抽题规则的题数加起来要等于每次题数',
    path: ['draw'],
  })
  .refine((c) => !c.attemptsTotal || c.attemptsTotal >= c.attemptsPerDay, {
    message: '总次数不能少于每天次数',
    path: ['attemptsTotal'],
  });
export type CreateContestInput = z.output<typeof createContestInput>;

export const contestRef = z.object({ contestId: id });
export const attemptRef = z.object({ attemptId: id });

export const answerInput = z.object({
  attemptId: id,
  questionId: id,
  keys: z
    .array(z.string().trim().max(2, '答案只能是选项字母'), { message: '请选择答案' })
    .max(6, '答案最多 6 个'),
});

/** A question as a contestant sees it: no answer, no explanation, options in this person's order. */
export const drawnQuestion = z.object({
  questionId: z.string(),
  type: z.enum(QUESTION_TYPES),
  text: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
});

export const attemptView = z.object({
  attemptId: z.string(),
  contestId: z.string(),
  contestName: z.string(),
  /** the server's deadline for this attempt (ISO) */
  deadline: z.string(),
  /** the server's clock at this answer, so the phone's countdown does not trust its own clock */
  serverNow: z.string(),
  questions: z.array(drawnQuestion),
  /** what I already chose (after a lost connection) */
  answers: z.array(z.object({ questionId: z.string(), keys: z.array(z.string()) })),
  /** true when start found my open attempt and returned it instead of a new one */
  resumed: z.boolean(),
});
export type AttemptView = z.infer<typeof attemptView>;

export const reviewItem = z.object({
  questionId: z.string(),
  type: z.enum(QUESTION_TYPES),
  text: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  mine: z.array(z.string()),
  correctKeys: z.array(z.string()),
  right: z.boolean(),
  explanation: z.string(),
});

export const resultOutput = z.object({
  score: z.number().int(),
  correct: z.number().int(),
  total: z.number().int(),
  /** from start to the last counted moment */
  durationMs: z.number().int(),
  /** my best score in this contest so far */
  best: z.number().int(),
  /** the correct answers with explanations, when the contest shows them now; else null */
  review: z.array(reviewItem).nullable(),
  /** when answers are shown only after the contest: from then on */
  revealAt: z.string().nullable(),
});
export type QuizResult = z.infer<typeof resultOutput>;

export const PHASES = ['upcoming', 'open', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const myState = z.object({
  eligible: z.boolean(),
  /** why I may not take part (plain Chinese), or null */
  blocked: z.string().nullable(),
  used: z.number().int(),
  usedToday: z.number().int(),
  leftToday: z.number().int(),
  /** null: no limit besides the daily one */
  leftTotal: z.number().int().nullable(),
  best: z.number().int().nullable(),
  bestMs: z.number().int().nullable(),
  openAttemptId: z.string().nullable(),
  attempts: z.array(
    z.object({
      attemptId: z.string(),
      no: z.number().int(),
      startedAt: z.string(),
      score: z.number().int().nullable(),
    }),
  ),
});

export const contestView = z.object({
  contestId: z.string(),
  name: z.string(),
  openAt: z.string(),
  closeAt: z.string(),
  phase: z.enum(PHASES),
  questionsPerAttempt: z.number().int(),
  secondsPerAttempt: z.number().int(),
  attemptsPerDay: z.number().int(),
  attemptsTotal: z.number().int().nullable(),
  pointsPerQuestion: z.number().int(),
  reveal: z.enum(REVEALS),
  teams: z.array(z.object({ teamId: z.string(), name: z.string() })),
  me: myState.nullable(),
});
export type ContestView = z.infer<typeof contestView>;

export const contestSummary = z.object({
  contestId: z.string(),
  name: z.string(),
  openAt: z.string(),
  closeAt: z.string(),
  phase: z.enum(PHASES),
  questionsPerAttempt: z.number().int(),
  secondsPerAttempt: z.number().int(),
});
export type ContestSummary = z.infer<typeof contestSummary>;

export const personStanding = z.object({
  rank: z.number().int(),
  staffNo: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  best: z.number().int(),
  bestMs: z.number().int(),
  attempts: z.number().int(),
  /** attempts answered faster than a person could read: admins only (0 for others) */
  flagged: z.number().int(),
});

export const teamStanding = z.object({
  rank: z.number().int(),
  teamId: z.string(),
  name: z.string(),
  participants: z.number().int(),
  members: z.number().int(),
  /** participants ÷ members, 0–1 */
  rate: z.number(),
  /** the participants' average best score, one decimal */
  avgBest: z.number(),
});

export const standingsOutput = z.object({
  contestId: z.string(),
  name: z.string(),
  phase: z.enum(PHASES),
  people: z.array(personStanding),
  /** all participants (people may be cut to the top for staff) */
  participants: z.number().int(),
  teams: z.array(teamStanding),
  /** my own row, wherever I stand */
  me: personStanding.nullable(),
});
export type Standings = z.infer<typeof standingsOutput>;

export const exportInput = z.object({
  contestId: id,
  kind: z.enum(['people', 'teams'], { message: '导出内容只能是个人或参赛队' }),
});

export const xlsxOutput = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });

export const finalSetupInput = z.object({
  contestId: id,
  /** the teams in the final (ids from the contest's teams) */
  teamIds: z.array(id).min(2, '决赛至少两个参赛队').max(20, '决赛最多 20 个参赛队'),
});

export const finalEntryInput = z.object({
  contestId: id,
  teamId: id,
  round: z.enum(FINAL_ROUNDS, { message: '轮次只能是必答、抢答或风险' }),
  /** points added (positive) or deducted (negative) */
  points: z
    .number({ message: '请填写分数' })
    .int('分数应为 -100 到 100 之间的整数，不能为 0')
    .min(-100, '分数应为 -100 到 100 之间的整数，不能为 0')
    .max(100, '分数应为 -100 到 100 之间的整数，不能为 0')
    .refine((n) => n !== 0, { message: '分数应为 -100 到 100 之间的整数，不能为 0' }),
});

export const finalBoard = z.object({
  contestId: z.string(),
  name: z.string(),
  teams: z.array(
    z.object({
      rank: z.number().int(),
      teamId: z.string(),
      name: z.string(),
      total: z.number().int(),
      rounds: z.object({ must: z.number().int(), buzz: z.number().int(), risk: z.number().int() }),
    }),
  ),
  /** the newest entries, newest first */
  recent: z.array(
    z.object({
      teamName: z.string(),
      round: z.enum(FINAL_ROUNDS),
      points: z.number().int(),
      at: z.string(),
    }),
  ),
  /** my own last entry (a judge's undo), or null */
  myLast: z
    .object({
      entryId: z.string(),
      teamName: z.string(),
      round: z.enum(FINAL_ROUNDS),
      points: z.number().int(),
    })
    .nullable(),
  canJudge: z.boolean(),
});
export type FinalBoard = z.infer<typeof finalBoard>;

export const quizContract = defineContract({
  'quiz.previewBank': { input: fileInput, output: bankPreviewOutput },
  'quiz.importBank': {
    input: fileInput.extend({
      skipBadRows: z.boolean({ message: '请选择是否跳过' }).default(false),
    }),
    output: bankImportOutput,
  },
  'quiz.listQuestions': {
    input: listQuestionsInput,
    output: z.object({
      total: z.number().int(),
      questions: z.array(questionAdminView),
      categories: z.array(z.object({ name: z.string(), count: z.number().int() })),
    }),
  },
  'quiz.updateQuestion': { input: updateQuestionInput, output: questionAdminView },
  'quiz.createContest': {
    input: createContestInput,
    output: z.object({ contestId: z.string() }),
  },
  'quiz.listContests': {
    input: empty,
    output: z.object({ contests: z.array(contestSummary) }),
  },
  /** contests open now or soon, or closed within 30 days */
  'quiz.current': { input: empty, output: z.object({ contests: z.array(contestSummary) }) },
  'quiz.contest': { input: contestRef, output: contestView },
  'quiz.start': { input: contestRef, output: attemptView },
  'quiz.resume': { input: attemptRef, output: attemptView },
  'quiz.answer': { input: answerInput, output: z.object({ saved: z.literal(true) }) },
  'quiz.submit': { input: attemptRef, output: resultOutput },
  /** an attempt's result again (with the answers once the contest shows them) */
  'quiz.review': { input: attemptRef, output: resultOutput },
  'quiz.standings': { input: contestRef, output: standingsOutput },
  'quiz.exportStandings': { input: exportInput, output: xlsxOutput },
  'quiz.setupFinal': {
    input: finalSetupInput,
    output: z.object({ teams: z.number().int() }),
  },
  'quiz.finalEntry': { input: finalEntryInput, output: z.object({ entryId: z.string() }) },
  'quiz.finalUndo': { input: contestRef, output: z.object({ undone: z.boolean() }) },
  'quiz.finalBoard': { input: contestRef, output: finalBoard },
});
export type QuizContract = typeof quizContract;
