// quiz_questions: the question bank, one document per question, its id from its type and stem
// (so a re-import finds the same question). Only the functions' admin actions and the draw read it.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { DIFFICULTIES, QUESTION_TYPES } from '../../domain/quiz/contract';
import type { Db } from '../_kit';
import { getById, readAll } from '../_kit/read';

export const questionDoc = z.object({
  _id: z.string(),
  type: z.enum(QUESTION_TYPES),
  text: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  answer: z.array(z.string()),
  explanation: z.string().default(''),
  category: z.string().default(''),
  difficulty: z.enum(DIFFICULTIES).default('中'),
});
export type QuestionDoc = z.output<typeof questionDoc>;
export type QuestionFields = Omit<QuestionDoc, '_id'>;

const col = (db: Db) => db.collection(COLLECTIONS.quizQuestions);

/** Every question (paged by 1000). */
export async function allQuestions(db: Db): Promise<QuestionDoc[]> {
  return readAll(col(db), questionDoc);
}

/** The questions of these ids (any order), 100 ids per request. */
export async function questionsByIds(db: Db, ids: string[]): Promise<QuestionDoc[]> {
  const _ = db.command;
  const out: QuestionDoc[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const res = await col(db)
      .where({ _id: _.in(chunk) })
      .limit(100)
      .get();
    out.push(...(res.data as unknown[]).map((d) => questionDoc.parse(d)));
  }
  return out;
}

export async function getQuestion(db: Db, id: string): Promise<QuestionDoc | null> {
  return getById(db, COLLECTIONS.quizQuestions, id, questionDoc);
}

/** New questions, 500 per request. */
export async function addQuestions(db: Db, docs: (QuestionFields & { _id: string })[]) {
  const stamped = docs.map((d) => ({ ...d, updatedAt: new Date() }));
  for (let i = 0; i < stamped.length; i += 500) await col(db).add(stamped.slice(i, i + 500));
}

/** Replaces a question's fields (one request). */
export async function putQuestion(db: Db, id: string, fields: QuestionFields) {
  await col(db)
    .doc(id)
    .set({ ...fields, updatedAt: new Date() });
}
