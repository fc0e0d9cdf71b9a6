// The report function, typed by its contract: one call per action.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { reportContract, type ReportContract } from '../../../domain/report/contract';
import { call } from '../../services/cloud';

type A = keyof ReportContract & string;
export type In<K extends A> = InputOf<ReportContract, K>;
export type Out<K extends A> = OutputOf<ReportContract, K>;

export const report = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(reportContract, action, input);
