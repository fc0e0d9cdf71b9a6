// Programmes as data (admin), the list staff apply from, a programme's ledger and its 公示.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { createProgrammeInput } from '../../domain/care/contract';
import type { ProgrammeDoc } from '../../domain/care/model';
import { maskName } from '../../domain/care/rules';
import { VisibleError } from '../../domain/errors';
import { audit, type CallContext } from '../_kit';
import { casesOfProgramme } from './case-repo';
import { branchNames } from '../_kit/roster-repo';
import {
  PROGRAMME_NOT_FOUND,
  getLedger,
  getProgramme,
  insertProgramme,
  listProgrammes,
  requireProgramme,
} from './programme-repo';
import { programmeView } from './views';

/** The same kind, year and name is the same programme: a retried create finds it. */
export function programmeIdOf(kind: string, year: number, name: string): string {
  const h = createHash('sha256').update(`${kind}:${year}:${name}`).digest('hex').slice(0, 10);
  return `cp-${year}-${kind}-${h}`;
}

export async function createProgramme(
  input: z.output<typeof createProgrammeInput>,
  ctx: CallContext,
) {
  const me = ctx.me();
  const doc: ProgrammeDoc = {
    _id: programmeIdOf(input.kind, input.year, input.name),
    kind: input.kind,
    name: input.name,
    year: input.year,
    budget: input.budget,
    membersOnly: input.membersOnly,
    retirees: input.retirees,
    checklist: input.checklist,
    opensOn: input.opensOn ?? null,
    closesOn: input.closesOn ?? null,
    rule: input.kind === 'illness' && input.rule ? input.rule : null,
    publicity: input.publicity ?? input.kind !== 'claim',
    publicityDays: input.publicityDays,
    committeeAbove: input.committeeAbove,
    memberShare: input.memberShare,
    retentionYears: input.retentionYears,
    active: true,
    createdAt: ctx.now,
    createdBy: me.staffNo,
  };
  const created = await insertProgramme(ctx.db, doc);
  if (!created) {
    const have = await getProgramme(ctx.db, doc._id);
    if (have && have.budget !== doc.budget)
      throw new VisibleError(
        'care.programme_exists',
        `${input.year} 年已经有一个叫“${input.name}”的项目了，请换个名称。`,
      );
  }
  await audit(ctx, { target: doc._id, outcome: created ? 'ok' : 'exists' });
  return { programmeId: doc._id };
}

export async function programmes(input: { year?: number }, ctx: CallContext) {
  const me = ctx.me();
  const list = await listProgrammes(ctx.db, input.year);
  return { programmes: list.filter((p) => p.active).map((p) => programmeView(p, me, ctx.now)) };
}

export async function ledger(input: { programmeId: string }, ctx: CallContext) {
  const l = await getLedger(ctx.db, input.programmeId);
  if (!l) throw PROGRAMME_NOT_FOUND();
  return { budget: l.budget, reserved: l.reserved, paid: l.paid, left: l.left };
}

/**
 * The 公示: approved cases of a programme that has one, for its set days — a masked name, the
 * branch and the amount, nothing else about the case, in an order that says nothing.
 */
export async function publicity(input: { programmeId: string }, ctx: CallContext) {
  const p = await requireProgramme(ctx.db, input.programmeId);
  if (!p.publicity) return { programmeName: p.name, items: [] };
  const [cases, names] = await Promise.all([
    casesOfProgramme(ctx.db, p._id, ['approved', 'paid']),
    branchNames(ctx.db),
  ]);
  const now = ctx.now.getTime();
  const items = cases
    .filter((c) => c.publicUntil && c.publicUntil.getTime() > now && c.amount !== null)
    .map((c) => ({
      name: maskName(c.name),
      branch: names.get(c.branchId) ?? '',
      amount: c.amount as number,
    }))
    .sort(
      (a, b) =>
        a.branch.localeCompare(b.branch, 'zh') ||
        a.name.localeCompare(b.name, 'zh') ||
        a.amount - b.amount,
    );
  return { programmeName: p.name, items };
}
