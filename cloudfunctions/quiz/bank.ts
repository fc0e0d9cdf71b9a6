// quiz.previewBank / importBank / listQuestions / updateQuestion: the question bank from Excel
// (preview the bad rows with their line, then import; a re-import of the same file changes nothing)
// and editing one question.
import type { z } from 'zod';
import {
  JUDGE_OPTIONS,
  MAX_BANK_ROWS,
  PREVIEW_LIST_MAX,
  QUESTION_PAGE_SIZE,
  type BankPreview,
  type QuestionAdminView,
  type listQuestionsInput,
  type updateQuestionInput,
} from '../../domain/quiz/contract';
import {
  OPTION_COLUMNS,
  REQUIRED_COLUMNS,
  keysProblem,
  questionChanged,
  validateBankRows,
  type BankQuestion,
} from '../../domain/quiz/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { readTableFile } from '../_kit/table-file';
import {
  addQuestions,
  allQuestions,
  getQuestion,
  putQuestion,
  type QuestionDoc,
  type QuestionFields,
} from './question-repo';

interface Checked {
  valid: BankQuestion[];
  bad: BankPreview['bad'];
  total: number;
  stored: Map<string, QuestionDoc>;
}

async function checkFile(fileBase64: string, fileName: string, ctx: CallContext): Promise<Checked> {
  const sheet = await readTableFile(fileBase64, fileName, 'quiz.bad_file');
  const missing = REQUIRED_COLUMNS.filter((h) => !sheet.headers.includes(h));
  if (missing.length > 0) {
    throw new VisibleError(
      'quiz.missing_columns',
      `文件缺少这些列：${missing.join('、')}。第一行应是表头：题型、题干、${OPTION_COLUMNS.join('、')}、答案、解析、分类、难度。`,
    );
  }
  if (sheet.rows.length === 0) {
    throw new VisibleError('quiz.empty_file', '文件里除了表头没有题目，请检查是否选错了文件。');
  }
  if (sheet.rows.length > MAX_BANK_ROWS) {
    throw new VisibleError(
      'quiz.too_many_rows',
      `文件有 ${sheet.rows.length} 行，超过了 ${MAX_BANK_ROWS} 行，请分成几个文件导入。`,
    );
  }
  const { valid, bad } = validateBankRows(sheet.rows);
  const stored = new Map((await allQuestions(ctx.db)).map((q) => [q._id, q]));
  return { valid, bad, total: sheet.rows.length, stored };
}

const fieldsOf = (q: BankQuestion): QuestionFields => ({
  type: q.type,
  text: q.text,
  options: q.options,
  answer: q.answer,
  explanation: q.explanation,
  category: q.category,
  difficulty: q.difficulty,
});

function categoriesOf(qs: Iterable<{ category: string }>) {
  const counts = new Map<string, number>();
  for (const q of qs) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export async function previewBank(
  input: { fileBase64: string; fileName: string },
  ctx: CallContext,
): Promise<BankPreview> {
  const checked = await checkFile(input.fileBase64, input.fileName, ctx);
  const counts = { new: 0, changed: 0, unchanged: 0, bad: checked.bad.length };
  for (const q of checked.valid) {
    const old = checked.stored.get(q.questionId);
    if (!old) counts.new += 1;
    else if (questionChanged(old, q)) counts.changed += 1;
    else counts.unchanged += 1;
  }
  return {
    total: checked.total,
    counts,
    bad: checked.bad.slice(0, PREVIEW_LIST_MAX),
    categories: categoriesOf(checked.valid),
  };
}

export async function importBank(
  input: { fileBase64: string; fileName: string; skipBadRows: boolean },
  ctx: CallContext,
) {
  const checked = await checkFile(input.fileBase64, input.fileName, ctx);
  if (checked.bad.length > 0 && !input.skipBadRows) {
    const first = checked.bad[0];
    throw new VisibleError(
      'quiz.bad_rows',
      `有 ${checked.bad.length} 行有问题（例如第 ${first.line} 行：${first.reasons[0] ?? ''}）。请改好后再导入，或选择跳过这些行。`,
    );
  }
  const fresh: (QuestionFields & { _id: string })[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const q of checked.valid) {
    const old = checked.stored.get(q.questionId);
    if (!old) fresh.push({ _id: q.questionId, ...fieldsOf(q) });
    else if (questionChanged(old, q)) {
      await putQuestion(ctx.db, q.questionId, fieldsOf(q));
      updated += 1;
    } else unchanged += 1;
  }
  await addQuestions(ctx.db, fresh);
  await audit(ctx, { target: 'quiz_questions', outcome: `ok:${fresh.length}+${updated}` });
  return { created: fresh.length, updated, unchanged, skipped: checked.bad.length };
}

const adminView = (q: QuestionDoc): QuestionAdminView => ({
  questionId: q._id,
  type: q.type,
  text: q.text,
  options: q.options,
  answer: q.answer,
  explanation: q.explanation,
  category: q.category,
  difficulty: q.difficulty,
});

export async function listQuestions(input: z.output<typeof listQuestionsInput>, ctx: CallContext) {
  const all = await allQuestions(ctx.db);
  const q = input.query.toLowerCase();
  const hits = all.filter(
    (x) =>
      (!input.category || x.category === input.category) &&
      (!q || x.text.toLowerCase().includes(q) || x._id === input.query),
  );
  return {
    total: hits.length,
    questions: hits.slice(input.offset, input.offset + QUESTION_PAGE_SIZE).map(adminView),
    categories: categoriesOf(all),
  };
}

export async function updateQuestion(
  input: z.output<typeof updateQuestionInput>,
  ctx: CallContext,
): Promise<QuestionAdminView> {
  const old = await getQuestion(ctx.db, input.questionId);
  if (!old) throw new VisibleError('quiz.question_not_found', '没有找到这道题，可能已被删除。');
  const options =
    old.type === 'judge'
      ? JUDGE_OPTIONS.map((o) => ({ ...o }))
      : input.options.map((o, i) => ({ key: String.fromCharCode(65 + i), text: o.text }));
  if (options.length < 2) throw new VisibleError('quiz.bad_question', '至少要有两个选项。');
  const answer = [...new Set(input.answer)].sort();
  const problem = keysProblem({ type: old.type, options }, answer);
  if (problem) throw new VisibleError('quiz.bad_question', `答案有误：${problem}`);
  if (old.type === 'multi' && answer.length < 2) {
    throw new VisibleError('quiz.bad_question', '多选题的答案至少要有两个选项。');
  }
  const fields: QuestionFields = {
    type: old.type,
    text: input.text,
    options,
    answer,
    explanation: input.explanation,
    category: input.category,
    difficulty: input.difficulty,
  };
  await putQuestion(ctx.db, old._id, fields);
  await audit(ctx, { target: old._id, outcome: 'ok' });
  return adminView({ _id: old._id, ...fields });
}
