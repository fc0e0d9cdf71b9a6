// The proposals function, typed by its contract: one small function per action.
import type { InputOf, OutputOf } from '../../../domain/contract';
import { proposalsContract, type ProposalsContract } from '../../../domain/proposals/contract';
import { call } from '../../services/cloud';

type A = keyof ProposalsContract & string;
export type In<K extends A> = InputOf<ProposalsContract, K>;
export type Out<K extends A> = OutputOf<ProposalsContract, K>;

const run = <K extends A>(action: K, input: In<K>): Promise<Out<K>> =>
  call(proposalsContract, action, input);

export const proposalsApi = {
  sessions: () => run('proposals.sessions', {}),
  departments: () => run('proposals.departments', {}),
  board: (sessionId: string) => run('proposals.board', { sessionId }),
  get: (proposalId: string) => run('proposals.get', { proposalId }),
  mine: () => run('proposals.mine', {}),
  saveDraft: (input: In<'proposals.saveDraft'>) => run('proposals.saveDraft', input),
  file: (input: In<'proposals.file'>) => run('proposals.file', input),
  similar: (input: In<'proposals.similar'>) => run('proposals.similar', input),
  searchReps: (sessionId: string, q: string) => run('proposals.searchReps', { sessionId, q }),
  invite: (proposalId: string, staffNos: string[]) =>
    run('proposals.invite', { proposalId, staffNos }),
  cosign: (proposalId: string) => run('proposals.cosign', { proposalId }),
  declineCosign: (proposalId: string) => run('proposals.declineCosign', { proposalId }),
  review: (input: In<'proposals.review'>) => run('proposals.review', input),
  answer: (input: In<'proposals.answer'>) => run('proposals.answer', input),
  rate: (input: In<'proposals.rate'>) => run('proposals.rate', input),
  exportSession: (sessionId: string) => run('proposals.export', { sessionId }),
  importReps: (input: In<'proposals.importReps'>) => run('proposals.importReps', input),
};
