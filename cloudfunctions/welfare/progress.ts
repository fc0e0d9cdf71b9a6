// The numbers of a batch (per option, per branch), the lists of who has not chosen or not
// collected, and their .xlsx export per pickup point. A branch chair sees only their branch.
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import { beijingDateTime } from '../../domain/time';
import type { peopleInput, Progress } from '../../domain/welfare/contract';
import { computeProgress, phaseOf, pointFor } from '../../domain/welfare/rules';
import type { CallContext } from '../_kit';
import { toXlsx } from '../_kit/xlsx';
import { getFullBatch, type BatchDoc } from './batch-repo';
import { listClaims } from './claim-repo';
import { eligibleStaff, listBranches } from './staff-repo';

/** The branches the caller may see: every branch for admins, their own for branch chairs. */
function scopeOf(ctx: CallContext): string[] | undefined {
  if (ctx.can('admin')) return undefined;
  const grants = ctx.me().roles.filter((g) => g.role === 'branch_chair');
  if (grants.some((g) => !g.branchId)) return undefined;
  const ids = grants.map((g) => g.branchId as string);
  if (ids.length === 0)
    throw new VisibleError('auth.forbidden', '只有校工会管理员和分工会主席可以查看进度。');
  return ids;
}

async function load(batchId: string, ctx: CallContext, onlyBranch?: string) {
  const scope = scopeOf(ctx);
  if (onlyBranch && scope && !scope.includes(onlyBranch))
    throw new VisibleError('auth.forbidden', '你只能查看本分工会的情况。');
  const batch = await getFullBatch(ctx.db, batchId);
  if (!batch) throw new VisibleError('welfare.not_found', '没有找到这次福利发放。');
  const [people, branches] = await Promise.all([
    eligibleStaff(ctx.db, batch.eligibility, onlyBranch ? [onlyBranch] : scope),
    listBranches(ctx.db),
  ]);
  return { batch, people, branches, scope };
}

export async function progress(input: { batchId: string }, ctx: CallContext): Promise<Progress> {
  const { batch, people, branches } = await load(input.batchId, ctx);
  const p = computeProgress({
    options: batch.options,
    stock: batch.stock,
    stockTotal: batch.stockTotal,
    ledger: batch.ledger,
    people,
    branches: branches.map((b) => ({ id: b._id, name: b.name })),
  });
  return { batchId: batch._id, name: batch.name, phase: phaseOf(batch, ctx.now), ...p };
}

interface PersonRow {
  staffNo: string;
  name: string;
  branchId: string;
  branchName: string;
  optionName: string | null;
  pointId: string | null;
  pointName: string | null;
  handedOverAt: string | null;
  delivery: string | null;
}

async function rows(
  input: z.output<typeof peopleInput>,
  ctx: CallContext,
  withDelivery: boolean,
): Promise<{ batch: BatchDoc; rows: PersonRow[] }> {
  const { batch, people, branches } = await load(input.batchId, ctx, input.branchId);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  const claims = withDelivery
    ? new Map((await listClaims(ctx.db, batch._id)).map((c) => [c.staffNo, c]))
    : new Map();
  const q = input.q?.toLowerCase();
  const out: PersonRow[] = [];
  for (const s of people) {
    const entry = batch.ledger[s.staffNo];
    if (input.filter === 'not_chosen' && entry) continue;
    if (input.filter === 'not_collected' && (!entry || entry.h)) continue;
    const branchName = names.get(s.branchId) ?? s.branchId;
    const point = pointFor(batch.points, s.branchId, branchName);
    if (input.pointId && point.id !== input.pointId) continue;
    if (q && !s.name.toLowerCase().includes(q) && !s.staffNo.toLowerCase().includes(q)) continue;
    const d = claims.get(s.staffNo)?.delivery;
    out.push({
      staffNo: s.staffNo,
      name: s.name,
      branchId: s.branchId,
      branchName,
      optionName: entry ? (batch.options.find((o) => o.id === entry.o)?.name ?? entry.o) : null,
      pointId: point.id,
      pointName: d ? '快递到家' : point.name,
      handedOverAt: entry?.h ? new Date(entry.h).toISOString() : null,
      delivery: d ? `${d.recipient} ${d.phone} ${d.address}` : null,
    });
  }
  return { batch, rows: out };
}

export async function people(input: z.output<typeof peopleInput>, ctx: CallContext) {
  const { rows: list } = await rows(input, ctx, false);
  // no phones, no addresses in lists others see
  return {
    total: list.length,
    people: list.slice(0, 500).map((r) => ({
      staffNo: r.staffNo,
      name: r.name,
      branchId: r.branchId,
      branchName: r.branchName,
      optionName: r.optionName,
      pointName: r.pointName,
      handedOverAt: r.handedOverAt,
    })),
  };
}

const FILTER_NAMES = { not_chosen: '未选择', not_collected: '未领取', all: '全部' } as const;

export async function exportPeople(input: z.output<typeof peopleInput>, ctx: CallContext) {
  const admin = ctx.can('admin');
  const { batch, rows: list } = await rows(input, ctx, admin);
  const columns = [
    { header: '工号', value: (r: PersonRow) => r.staffNo },
    { header: '姓名', value: (r: PersonRow) => r.name },
    { header: '分工会', width: 28, value: (r: PersonRow) => r.branchName },
    { header: '礼包', width: 24, value: (r: PersonRow) => r.optionName ?? '未选择' },
    { header: '领取点', width: 24, value: (r: PersonRow) => r.pointName },
    {
      header: '领取时间',
      width: 16,
      value: (r: PersonRow) => (r.handedOverAt ? beijingDateTime(r.handedOverAt) : ''),
    },
  ];
  // delivery addresses only for admins (they arrange the courier)
  if (admin)
    columns.push({ header: '快递信息', width: 40, value: (r: PersonRow) => r.delivery ?? '' });
  const point = input.pointId ? `-${input.pointId}` : '';
  return toXlsx(
    `${batch.name}-${FILTER_NAMES[input.filter]}${point}.xlsx`,
    FILTER_NAMES[input.filter],
    columns,
    list,
  );
}
