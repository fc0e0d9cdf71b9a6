// The quiz function: knowledge contests (知识竞赛) — the question bank, contests, timed attempts
// drawn and scored on the server, live standings with .xlsx, and the final's scoreboard.
import { quizContract } from '../../domain/quiz/contract';
import { createHandler } from '../_kit';
import { importBank, listQuestions, previewBank, updateQuestion } from './bank';
import { contestView, createContest, current, listAll } from './contests';
import { finalBoard, finalEntry, finalUndo, setupFinal } from './final';
import { exportStandings, standings } from './standings';
import { answer, resume, review, start, submit } from './taking';

export const main = createHandler(quizContract, {
  'quiz.previewBank': { access: ['admin'], run: previewBank },
  'quiz.importBank': { access: ['admin'], run: importBank },
  'quiz.listQuestions': { access: ['admin'], run: listQuestions },
  'quiz.updateQuestion': { access: ['admin'], run: updateQuestion },
  'quiz.createContest': { access: ['admin'], run: createContest },
  'quiz.listContests': { access: ['admin'], run: listAll },
  'quiz.current': { access: ['staff'], run: current },
  'quiz.contest': { access: ['staff'], run: contestView },
  'quiz.start': { access: ['staff'], run: start },
  'quiz.resume': { access: ['staff'], run: resume },
  'quiz.answer': { access: ['staff'], run: answer },
  'quiz.submit': { access: ['staff'], run: submit },
  'quiz.review': { access: ['staff'], run: review },
  // live during the contest for every participant; flags of too-fast attempts for admins only
  'quiz.standings': { access: ['staff'], run: standings },
  'quiz.exportStandings': { access: ['admin'], run: exportStandings },
  'quiz.setupFinal': { access: ['admin'], run: setupFinal },
  // scoped inside: judge of this contest (admins hold every role)
  'quiz.finalEntry': { access: ['judge'], run: finalEntry },
  'quiz.finalUndo': { access: ['judge'], run: finalUndo },
  // the big screen: anyone bound may open it (it shows team totals only)
  'quiz.finalBoard': { access: ['staff'], run: finalBoard },
});
