// The care function, typed by its contract: one small function per action.
import { careContract, type CareContract } from '../../../domain/care/contract';
import type { InputOf, OutputOf } from '../../../domain/contract';
import { call } from '../../services/cloud';

type A = keyof CareContract & string;
export type In<K extends A> = InputOf<CareContract, K>;
export type Out<K extends A> = OutputOf<CareContract, K>;

const run = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(careContract, action, input);

export const careApi = {
  programmes: () => run('care.programmes', {}),
  createProgramme: (input: In<'care.createProgramme'>) => run('care.createProgramme', input),
  apply: (input: In<'care.apply'>) => run('care.apply', input),
  update: (input: In<'care.update'>) => run('care.update', input),
  submit: (caseId: string) => run('care.submit', { caseId }),
  withdraw: (caseId: string) => run('care.withdraw', { caseId }),
  upload: (caseId: string, base64: string, item: string) =>
    run('care.upload', { caseId, base64, item }),
  removeAttachment: (caseId: string, fileId: string) =>
    run('care.removeAttachment', { caseId, fileId }),
  get: (caseId: string) => run('care.case', { caseId }),
  mine: () => run('care.mine', {}),
  queue: (input: In<'care.queue'>) => run('care.queue', input),
  review: (input: In<'care.review'>) => run('care.review', input),
  pay: (input: In<'care.pay'>) => run('care.pay', input),
  claim: (input: In<'care.claim'>) => run('care.claim', input),
  ledger: (programmeId: string) => run('care.ledger', { programmeId }),
  totals: (year: number) => run('care.totals', { year }),
  exportYear: (year: number) => run('care.export', { year }),
  publicity: (programmeId: string) => run('care.publicity', { programmeId }),
  recordVisit: (input: In<'care.recordVisit'>) => run('care.recordVisit', input),
  visits: (year: number) => run('care.visits', { year }),
};
