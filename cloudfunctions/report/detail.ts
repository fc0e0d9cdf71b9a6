// report.detail: the list behind one figure, paged, for the same branch the report is for. Care
// has no list (totals only); every list read is audited (ids only).
import type { z } from 'zod';
import { FIGURES, type Detail, type Figure, type detailInput } from '../../domain/report/contract';
import { yearSpan } from '../../domain/report/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { branchList, scopeOf } from './compute';
import { SECTIONS } from './sections';

export const PAGE_SIZE = 50;

export async function detail(
  input: z.output<typeof detailInput>,
  ctx: CallContext,
): Promise<Detail> {
  const branchId = scopeOf(ctx, input.branchId);
  if (input.figure.startsWith('care.'))
    throw new VisibleError(
      'report.care_totals_only',
      '关爱帮扶只统计总数，不提供名单，以保护隐私。',
    );
  const figure = input.figure as Figure;
  const section = SECTIONS.find((s) => s.details?.[figure]);
  const list = FIGURES.includes(figure) ? section?.details?.[figure] : undefined;
  if (!list) throw new VisibleError('report.no_detail', '这个数字没有明细名单。');
  const branches = await branchList(ctx);
  const names = new Map(branches.map((b) => [b.id, b.name]));
  const page = await list({
    db: ctx.db,
    span: yearSpan(input.year),
    branchId,
    skip: (input.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    branchName: (id) => names.get(id) ?? '',
  });
  await audit(ctx, { target: `${figure}:${input.year}:${branchId ?? 'all'}`, outcome: 'read' });
  return { figure, ...page, page: input.page, pageSize: PAGE_SIZE };
}
