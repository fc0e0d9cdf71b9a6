// The proposals function (教代会网上提案): filing and co-signing by representatives, review by the
// committee, answers by departments, rating by the proposer, the board, export and imports.
import { proposalsContract } from '../../domain/proposals/contract';
import { audited, createHandler } from '../_kit';
import {
  cosignAction,
  declineCosignAction,
  fileAction,
  inviteAction,
  saveDraftAction,
  searchRepsAction,
  similarAction,
} from './filing';
import { answerAction, rateAction, reviewAction } from './handling';
import {
  boardAction,
  departmentsAction,
  exportAction,
  getAction,
  mineAction,
  sessionsAction,
} from './reading';
import { importRepsAction } from './reps-import';

export const main = createHandler(proposalsContract, {
  'proposals.sessions': { access: ['staff'], run: sessionsAction },
  'proposals.departments': { access: ['staff'], run: departmentsAction },
  'proposals.board': { access: ['staff'], run: boardAction },
  'proposals.get': { access: ['staff'], run: getAction },
  'proposals.mine': { access: ['staff'], run: mineAction },
  // representatives only: checked inside against this congress's list
  'proposals.saveDraft': { access: ['staff'], run: saveDraftAction },
  'proposals.file': { access: ['staff'], run: fileAction },
  'proposals.similar': { access: ['staff'], run: similarAction },
  'proposals.searchReps': { access: ['staff'], run: searchRepsAction },
  'proposals.invite': { access: ['staff'], run: inviteAction },
  'proposals.cosign': { access: ['staff'], run: cosignAction },
  'proposals.declineCosign': { access: ['staff'], run: declineCosignAction },
  // scoped inside: committee of this proposal's congress; handler of an assigned department
  'proposals.review': { access: ['committee'], run: audited(reviewAction, (i) => i.proposalId) },
  'proposals.answer': { access: ['handler'], run: answerAction },
  'proposals.rate': { access: ['staff'], run: rateAction },
  'proposals.export': { access: ['committee'], run: audited(exportAction, (i) => i.sessionId) },
  'proposals.importReps': {
    access: ['admin'],
    run: audited(importRepsAction, (i) => i.congressId),
  },
});
