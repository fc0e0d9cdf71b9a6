// The year's figures (admin): totals by programme, branch and month, the .xlsx for finance (name,
// 工号, amount — never ID numbers, diagnoses or bank cards), and visits (慰问).
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { visitInput } from '../../domain/care/contract';
import { PAY_LABELS, STATUS_LABELS, type CaseDoc, type VisitDoc } from '../../domain/care/model';
import { memberShareLimit, monthKey, sumBy } from '../../domain/care/rules';
import { VisibleError } from '../../domain/errors';
import { beijingDay } from '../../domain/time';
import { audit, type CallContext } from '../_kit';
import { isDuplicate } from '../_kit/db-errors';
import { getStaff } from '../_kit/roster-repo';
import { toXlsx } from '../_kit/xlsx';
import { chairedBranches, viewerOf } from './access';
import { casesOfYear } from './case-repo';
import { branchNames } from '../_kit/roster-repo';
import { insertVisit, memberCount, visitsOf } from './other-repo';
import { getLedgers, listProgrammes } from './programme-repo';

const granted = (c: CaseDoc) => c.status === 'approved' || c.status === 'paid';

export async function totals(input: { year: number }, ctx: CallContext) {
  const [programmes, cases, names, visits, members] = await Promise.all([
    listProgrammes(ctx.db, input.year),
    casesOfYear(ctx.db, input.year),
    branchNames(ctx.db),
    visitsOf(ctx.db, input.year),
    memberCount(ctx.db),
  ]);
  const ledgers = await getLedgers(
    ctx.db,
    programmes.map((p) => p._id),
  );
  const done = cases.filter(granted);
  const amount = (c: CaseDoc) => c.amount ?? 0;
  const byP = sumBy(done, (c) => c.programmeId, amount);
  const byB = sumBy(done, (c) => c.branchId, amount);
  const byM = sumBy(done, (c) => monthKey(c.approvedAt ?? c.updatedAt), amount);
  const hardshipIds = new Set(programmes.filter((p) => p.kind === 'hardship').map((p) => p._id));
  const share = programmes.find((p) => p.kind === 'hardship')?.memberShare ?? 0.02;
  return {
    byProgramme: programmes.map((p) => ({
      key: p._id,
      label: p.name,
      count: byP.get(p._id)?.count ?? 0,
      amount: byP.get(p._id)?.amount ?? 0,
      budget: ledgers.get(p._id)?.budget ?? p.budget,
      left: ledgers.get(p._id)?.left ?? p.budget,
    })),
    byBranch: [...byB.entries()]
      .map(([key, v]) => ({ key, label: names.get(key) ?? key, ...v }))
      .sort((a, b) => b.amount - a.amount),
    byMonth: [...byM.entries()]
      .map(([key, v]) => ({ key, label: `${Number(key.slice(5))}月`, ...v }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    visits: { count: visits.length, value: visits.reduce((s, v) => s + v.value, 0) },
    hardshipPeople: new Set(
      done.filter((c) => hardshipIds.has(c.programmeId)).map((c) => c.staffNo),
    ).size,
    hardshipLimit: memberShareLimit(members, share),
  };
}

export async function exportCases(input: { year: number; programmeId?: string }, ctx: CallContext) {
  const [programmes, cases, names] = await Promise.all([
    listProgrammes(ctx.db, input.year),
    casesOfYear(ctx.db, input.year),
    branchNames(ctx.db),
  ]);
  const pName = new Map(programmes.map((p) => [p._id, p.name]));
  const rows = cases
    .filter(granted)
    .filter((c) => !input.programmeId || c.programmeId === input.programmeId)
    .sort((a, b) => a.branchId.localeCompare(b.branchId) || a.staffNo.localeCompare(b.staffNo));
  const file = await toXlsx<CaseDoc>(
    `关爱帮扶发放表-${input.year}.xlsx`,
    `${input.year}年发放`,
    [
      { header: '姓名', value: (c) => c.name },
      { header: '工号', value: (c) => c.staffNo },
      { header: '分工会', width: 24, value: (c) => names.get(c.branchId) ?? '' },
      { header: '项目', width: 20, value: (c) => pName.get(c.programmeId) ?? '' },
      { header: '金额（元）', width: 14, value: (c) => (c.amount ?? 0) / 100 },
      { header: '状态', value: (c) => STATUS_LABELS[c.status] },
      { header: '发放日期', width: 14, value: (c) => c.payment?.on ?? '' },
      { header: '发放方式', value: (c) => (c.payment ? PAY_LABELS[c.payment.method] : '') },
    ],
    rows,
  );
  await audit(ctx, { target: `export:${input.year}`, outcome: 'ok', role: 'admin' });
  return file;
}

export async function recordVisit(input: z.output<typeof visitInput>, ctx: CallContext) {
  const me = ctx.me();
  const person = await getStaff(ctx.db, input.staffNo);
  if (!person)
    throw new VisibleError('care.staff_not_found', `没有找到工号 ${input.staffNo}，请核对后再填。`);
  const viewer = viewerOf(ctx);
  if (!viewer.admin && !viewer.chairs(person.branchId))
    throw new VisibleError('auth.forbidden', '只能登记本分工会教职工的慰问。');
  if (input.on > beijingDay(ctx.now))
    throw new VisibleError('validation.failed', '慰问日期不能晚于今天', [
      { path: 'on', message: '慰问日期不能晚于今天' },
    ]);
  // the same person, day and reason is the same visit: a retry finds it
  const h = createHash('sha256')
    .update(`${input.staffNo}:${input.on}:${input.reason}`)
    .digest('hex');
  const doc: VisitDoc = {
    _id: `cv-${h.slice(0, 20)}`,
    staffNo: person.staffNo,
    name: person.name,
    branchId: person.branchId,
    on: input.on,
    year: Number(input.on.slice(0, 4)),
    reason: input.reason,
    gift: input.gift,
    value: input.value,
    by: me.staffNo,
    createdAt: ctx.now,
  };
  try {
    await insertVisit(ctx.db, doc);
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
  return { visitId: doc._id };
}

export async function visits(input: { year: number }, ctx: CallContext) {
  const viewer = viewerOf(ctx);
  const [list, names] = await Promise.all([
    visitsOf(ctx.db, input.year, viewer.admin ? undefined : chairedBranches(ctx)),
    branchNames(ctx.db),
  ]);
  return {
    visits: list.map((v) => ({
      visitId: v._id,
      name: v.name,
      staffNo: v.staffNo,
      branchName: names.get(v.branchId) ?? '',
      on: v.on,
      reason: v.reason,
      gift: v.gift,
      value: v.value,
    })),
  };
}
