// The awards function, typed by its contract: one call per action.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { awardsContract, type AwardsContract } from '../../../domain/awards/contract';
import { call } from '../../services/cloud';

type A = keyof AwardsContract & string;
export type In<K extends A> = InputOf<AwardsContract, K>;
export type Out<K extends A> = OutputOf<AwardsContract, K>;

export const awards = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(awardsContract, action, input);
