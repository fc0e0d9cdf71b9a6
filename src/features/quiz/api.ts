// The quiz function, typed by its contract: one call per action.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { quizContract, type QuizContract } from '../../../domain/quiz/contract';
import { call } from '../../services/cloud';

type A = keyof QuizContract & string;
export type In<K extends A> = InputOf<QuizContract, K>;
export type Out<K extends A> = OutputOf<QuizContract, K>;

export const quiz = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(quizContract, action, input);
