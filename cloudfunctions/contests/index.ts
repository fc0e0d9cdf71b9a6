// The contests function: judged competitions (竞赛评分) — setup with judges and rounds,
// registration by chairs, locked score sheets, results, the hall's scoreboard and exports.
import { contestsContract } from '../../domain/contests/contract';
import { createHandler } from '../_kit';
import { assignments, score, unlock } from './judging';
import { entries, register, withdraw } from './registration';
import { exportResults, exportSheets, results } from './results';
import { advance, create, get, list } from './setup';

export const main = createHandler(contestsContract, {
  'contests.create': { access: ['admin'], run: create },
  'contests.list': { access: ['staff'], run: list },
  'contests.get': { access: ['staff'], run: get },
  // scoped inside: a chair registers their own branch's staff only (admins hold every role)
  'contests.register': { access: ['admin', 'branch_chair'], run: register },
  'contests.withdraw': { access: ['admin', 'branch_chair'], run: withdraw },
  'contests.entries': { access: ['admin', 'branch_chair'], run: entries },
  // scoped inside: a judge of this contest, assigned to its current round
  'contests.assignments': { access: ['judge'], run: assignments },
  'contests.score': { access: ['judge'], run: score },
  'contests.unlock': { access: ['admin'], run: unlock },
  // the hall's scoreboard: names, branches and scores only (tier 1)
  'contests.results': { access: ['staff'], run: results },
  'contests.advance': { access: ['admin'], run: advance },
  'contests.exportResults': { access: ['admin'], run: exportResults },
  // scoped inside: a judge exports their own sheets, an admin anyone's
  'contests.exportSheets': { access: ['admin', 'judge'], run: exportSheets },
});
