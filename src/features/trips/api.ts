// The trips function, typed by its contract.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { tripsContract, type TripsContract } from '../../../domain/trips/contract';
import { call } from '../../services/cloud';

type A = keyof TripsContract & string;
export type In<K extends A> = InputOf<TripsContract, K>;
export type Out<K extends A> = OutputOf<TripsContract, K>;

export const trips = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(tripsContract, action, input);
