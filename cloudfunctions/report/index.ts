// The report function: the union's year in numbers (年度工作数据) — every feature's figures for a
// year or a span, per branch, last year beside them; the list behind a figure; .xlsx and .docx.
import { reportContract } from '../../domain/report/contract';
import { yearSpan } from '../../domain/report/rules';
import { createHandler } from '../_kit';
import { reportFor } from './compute';
import { detail } from './detail';
import { exportDocx, exportXlsx } from './exports';

// every action is scoped inside: an admin any branch, a chair their own branch only
export const main = createHandler(reportContract, {
  'report.year': {
    access: ['admin', 'branch_chair'],
    run: (i, ctx) => reportFor(ctx, yearSpan(i.year), i.branchId, i.refresh),
  },
  'report.range': {
    access: ['admin', 'branch_chair'],
    run: (i, ctx) => reportFor(ctx, { from: i.from, to: i.to }, i.branchId, i.refresh),
  },
  'report.detail': { access: ['admin', 'branch_chair'], run: detail },
  'report.exportXlsx': { access: ['admin', 'branch_chair'], run: exportXlsx },
  'report.exportDocx': { access: ['admin', 'branch_chair'], run: exportDocx },
});
