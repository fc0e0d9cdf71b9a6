// The awards function: honours rounds (评优评先) — quotas, nominations, review, the committee's
// vote, the 公示 with private objections, the final list into honours, and the exports.
import { awardsContract } from '../../domain/awards/contract';
import { createHandler } from '../_kit';
import { mine, nominate, nominations, review, withdraw } from './nominating';
import {
  exportCertificates,
  exportResults,
  finalize,
  myHonours,
  object,
  objections,
  publicity,
  startPublicity,
} from './publicity';
import { createRound, roundView, rounds, startVoting } from './rounds';
import { ballot, results, vote } from './voting';

export const main = createHandler(awardsContract, {
  'awards.createRound': { access: ['admin'], run: createRound },
  'awards.rounds': { access: ['staff'], run: rounds },
  'awards.round': { access: ['staff'], run: roundView },
  // scoped inside: a chair for their own branch, anyone for themself where the category allows
  'awards.nominate': { access: ['staff'], run: nominate },
  'awards.withdraw': { access: ['staff'], run: withdraw },
  'awards.nominations': { access: ['admin'], run: nominations },
  'awards.mine': { access: ['staff'], run: mine },
  'awards.review': { access: ['admin'], run: review },
  'awards.startVoting': { access: ['admin'], run: startVoting },
  // scoped inside: judge of this round (admins hold every role)
  'awards.ballot': { access: ['judge'], run: ballot },
  'awards.vote': { access: ['judge'], run: vote },
  'awards.results': { access: ['admin'], run: results },
  'awards.startPublicity': { access: ['admin'], run: startPublicity },
  'awards.publicity': { access: ['staff'], run: publicity },
  'awards.object': { access: ['staff'], run: object },
  'awards.objections': { access: ['admin'], run: objections },
  'awards.finalize': { access: ['admin'], run: finalize },
  'awards.exportResults': { access: ['admin'], run: exportResults },
  'awards.exportCertificates': { access: ['admin'], run: exportCertificates },
  'awards.myHonours': { access: ['staff'], run: myHonours },
});
