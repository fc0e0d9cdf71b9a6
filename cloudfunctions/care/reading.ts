// Reading cases: one case for the people allowed (reviewers' reads audited), my cases, and the
// reviewers' queue — each reviewer sees only the cases of their part of the chain.
import type { z } from 'zod';
import type { queueInput } from '../../domain/care/contract';
import { ATTACHMENT_LINK_MAX_AGE_S, REVIEW_STATUSES, type CaseDoc } from '../../domain/care/model';
import { readRole } from '../../domain/care/rules';
import { audit, tempUrls, type CallContext } from '../_kit';
import { getBranch } from '../_kit/roster-repo';
import { caseFor, chairedBranches, isOwner, viewerOf } from './access';
import {
  casesFiledBy,
  casesForCommittee,
  casesOfBranches,
  casesOfPerson,
  casesOfYearStatuses,
} from './case-repo';
import { branchNames } from '../_kit/roster-repo';
import { getProgrammesByIds, requireProgramme } from './programme-repo';
import { caseView, nextStep, summaryOf } from './views';

export async function getCaseAction(input: { caseId: string }, ctx: CallContext) {
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (!isOwner(role)) await audit(ctx, { target: doc._id, outcome: 'read', role });
  const [p, branch, urls] = await Promise.all([
    requireProgramme(ctx.db, doc.programmeId),
    getBranch(ctx.db, doc.branchId),
    // tier 3: asked for only after caseFor let this person read the case, and short-lived
    tempUrls(
      doc.attachments.map((a) => a.fileId),
      { maxAgeS: ATTACHMENT_LINK_MAX_AGE_S },
    ),
  ]);
  return caseView(doc, p, branch?.name ?? '', role, viewerOf(ctx), urls);
}

export async function mine(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const cases = await casesOfPerson(ctx.db, me.staffNo);
  const programmes = await getProgrammesByIds(
    ctx.db,
    cases.map((c) => c.programmeId),
  );
  return {
    cases: cases.map((c) => ({
      caseId: c._id,
      status: c.status,
      statusLabel: summaryOf(c, '', '').statusLabel,
      programmeName: programmes.get(c.programmeId)?.name ?? '',
      next: nextStep(c, true, false),
      amount: c.amount,
      updatedAt: c.updatedAt.toISOString(),
    })),
  };
}

const QUEUE_STATUSES = [...REVIEW_STATUSES, 'returned', 'approved'] as const;

export async function queue(input: z.output<typeof queueInput>, ctx: CallContext) {
  const me = ctx.me();
  const viewer = viewerOf(ctx);
  const year = Number(ctx.now.toISOString().slice(0, 4));
  let docs: CaseDoc[];
  if (viewer.admin) {
    docs = await casesOfYearStatuses(
      ctx.db,
      [year - 1, year, year + 1],
      input.status ? [input.status] : [...QUEUE_STATUSES, 'paid', 'declined'],
    );
  } else {
    const lists = await Promise.all([
      chairedBranches(ctx).length ? casesOfBranches(ctx.db, chairedBranches(ctx)) : [],
      viewer.committee ? casesForCommittee(ctx.db) : [],
      casesFiledBy(ctx.db, me.staffNo),
    ]);
    const seen = new Map<string, CaseDoc>();
    for (const c of lists.flat()) seen.set(c._id, c);
    docs = [...seen.values()];
  }
  // the pure read rule is the last word, whatever the query returned
  docs = docs.filter((c) => readRole(c, viewer) !== null && c.staffNo !== me.staffNo);
  if (input.status) docs = docs.filter((c) => c.status === input.status);
  const q = input.q?.trim();
  if (q) docs = docs.filter((c) => c.name.includes(q) || c.staffNo.includes(q));
  const [programmes, names] = await Promise.all([
    getProgrammesByIds(
      ctx.db,
      docs.map((c) => c.programmeId),
    ),
    branchNames(ctx.db),
  ]);
  await audit(ctx, { target: 'queue', outcome: 'list' });
  docs.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  return {
    cases: docs
      .slice(0, 500)
      .map((c) =>
        summaryOf(c, programmes.get(c.programmeId)?.name ?? '', names.get(c.branchId) ?? ''),
      ),
  };
}
