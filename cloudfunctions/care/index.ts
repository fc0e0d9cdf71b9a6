// The care function (关爱帮扶): hardship aid, illness subsidy, insurance-claim help and visits —
// programmes, applying, the review chain, the budget ledger, the 公示 and the year's figures.
import { careContract } from '../../domain/care/contract';
import { createHandler } from '../_kit';
import { apply, removeAttachment, submit, update, upload, withdraw } from './applying';
import { exportCases, recordVisit, totals, visits } from './figures';
import { runNightly } from './nightly';
import { createProgramme, ledger, programmes, publicity } from './programmes';
import { getCaseAction, mine, queue } from './reading';
import { claim, pay, review } from './reviewing';

export const main = createHandler(
  careContract,
  {
    'care.createProgramme': { access: ['admin'], run: createProgramme },
    'care.programmes': { access: ['staff'], run: programmes },
    // for oneself; a branch chair for someone in their branch (checked inside)
    'care.apply': { access: ['staff'], run: apply },
    // the applicant or whoever filed it (checked inside, per case)
    'care.update': { access: ['staff'], run: update },
    'care.submit': { access: ['staff'], run: submit },
    'care.withdraw': { access: ['staff'], run: withdraw },
    'care.upload': { access: ['staff'], run: upload },
    'care.removeAttachment': { access: ['staff'], run: removeAttachment },
    // the named people only; anyone else gets care.not_found
    'care.case': { access: ['staff'], run: getCaseAction },
    'care.mine': { access: ['staff'], run: mine },
    'care.queue': { access: ['branch_chair', 'care_committee'], run: queue },
    // scoped inside: the chair of the case's branch, the union, the committee for large sums
    'care.review': { access: ['branch_chair', 'care_committee'], run: review },
    'care.pay': { access: ['admin'], run: pay },
    'care.claim': { access: ['branch_chair'], run: claim },
    'care.ledger': { access: ['admin'], run: ledger },
    'care.totals': { access: ['admin'], run: totals },
    'care.export': { access: ['admin'], run: exportCases },
    'care.publicity': { access: ['staff'], run: publicity },
    'care.recordVisit': { access: ['branch_chair'], run: recordVisit },
    'care.visits': { access: ['branch_chair'], run: visits },
  },
  { timers: { nightly: runNightly } },
);
