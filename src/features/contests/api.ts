// The contests function, typed by its contract: one call per action.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { contestsContract, type ContestsContract } from '../../../domain/contests/contract';
import { call } from '../../services/cloud';

type A = keyof ContestsContract & string;
export type In<K extends A> = InputOf<ContestsContract, K>;
export type Out<K extends A> = OutputOf<ContestsContract, K>;

export const contests = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(contestsContract, action, input);
