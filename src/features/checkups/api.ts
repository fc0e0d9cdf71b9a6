// The checkups function, typed by its contract: one call per action.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { checkupsContract, type CheckupsContract } from '../../../domain/checkups/contract';
import { call } from '../../services/cloud';

type A = keyof CheckupsContract & string;
export type In<K extends A> = InputOf<CheckupsContract, K>;
export type Out<K extends A> = OutputOf<CheckupsContract, K>;

export const checkups = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(checkupsContract, action, input);
