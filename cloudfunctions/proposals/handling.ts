// The committee's review (立案 / 并案 / 不立案), departments' answers, and the proposer's rating.
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import type { answerInput, rateInput, reviewInput } from '../../domain/proposals/contract';
import type { DepartmentDoc, ProposalDoc } from '../../domain/proposals/model';
import { pages } from '../../domain/pages';
import { notice } from '../../domain/notify/builders';
import {
  accept,
  answer,
  decline,
  defaultDueOn,
  merge,
  rate,
  roundAnswers,
  type Department,
} from '../../domain/proposals/rules';
import { FORBIDDEN_MESSAGE } from '../_kit/context';
import type { CallContext } from '../_kit';
import { enqueueNotice } from '../notify/enqueue';
import { getSession, listDepartments } from './congress-repo';
import { personOf } from './filing';
import { NOT_FOUND, getProposal, mutatePair, mutateProposal } from './proposal-repo';

type Input<S extends z.ZodType> = z.output<S>;

/** Departments named by id or by name; an unknown one is a validation error. */
export function resolveDepartments(all: DepartmentDoc[], wanted: string[]): Department[] {
  const out: Department[] = [];
  const unknown: string[] = [];
  for (const w of wanted) {
    const d = all.find((x) => x._id === w || x.name === w);
    if (!d) unknown.push(w);
    else if (!out.some((o) => o.id === d._id)) out.push({ id: d._id, name: d.name });
  }
  if (unknown.length) {
    throw new VisibleError(
      'validation.failed',
      `没有找到承办部门：${unknown.join('、')}。请从部门列表里选择。`,
      [{ path: 'departments', message: '承办部门不在列表里' }],
    );
  }
  return out;
}

function requireCommittee(ctx: CallContext, doc: ProposalDoc): void {
  ctx.require('committee', { congressId: doc.congressId });
}

export async function reviewAction(input: Input<typeof reviewInput>, ctx: CallContext) {
  const by = personOf(ctx);
  const reason = input.reason ?? '';
  const doc = await getProposal(ctx.db, input.proposalId);
  if (!doc) throw NOT_FOUND();
  requireCommittee(ctx, doc);

  if (input.decision === 'merge') {
    const targetId = (input.targetId ?? input.mergeInto) as string;
    const [source] = await mutatePair(ctx.db, [doc._id, targetId], (s, t) => {
      const r = merge(s, t, by, reason, ctx.now);
      return [r.source, r.target];
    });
    return { proposalId: source._id, status: source.status, kind: source.kind, targetId };
  }

  const needsDepartments =
    input.decision === 'accept' || (input.asSuggestion && input.departments?.length);
  const departments = needsDepartments
    ? resolveDepartments(await listDepartments(ctx.db), input.departments ?? [])
    : [];
  const dueOn =
    input.dueOn ??
    (needsDepartments
      ? defaultDueOn(ctx.now, (await getSession(ctx.db, doc.sessionId)).answerDays)
      : '');
  const { after } = await mutateProposal(
    ctx.db,
    doc._id,
    (d) =>
      input.decision === 'accept'
        ? accept(d, by, departments, dueOn, reason, ctx.now)
        : decline(
            d,
            by,
            reason,
            { asSuggestion: input.asSuggestion ?? false, departments, dueOn },
            ctx.now,
          ),
    doc,
  );
  return { proposalId: after._id, status: after.status, kind: after.kind, targetId: null };
}

/** Which assigned department the caller answers for: the one named, or their one unanswered. */
function answeringDepartment(
  ctx: CallContext,
  doc: ProposalDoc,
  departmentId: string | undefined,
): Department {
  const mine = doc.departments.filter((d) => ctx.can('handler', { departmentId: d.id }));
  if (departmentId) {
    const d = doc.departments.find((x) => x.id === departmentId);
    if (!d) throw new VisibleError('proposals.not_assigned', '这份提案没有交给这个部门办理。');
    if (!mine.includes(d)) throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
    return d;
  }
  if (mine.length === 0) {
    throw new VisibleError(
      'proposals.not_assigned',
      '这份提案没有交给你所在的部门办理，不能由你答复。',
    );
  }
  const answered = new Set(roundAnswers(doc).map((a) => a.departmentId));
  return mine.find((d) => !answered.has(d.id)) ?? mine[0];
}

export async function answerAction(input: Input<typeof answerInput>, ctx: CallContext) {
  const by = personOf(ctx);
  const doc = await getProposal(ctx.db, input.proposalId);
  if (!doc) throw NOT_FOUND();
  const department = answeringDepartment(ctx, doc, input.departmentId);
  const { after } = await mutateProposal(
    ctx.db,
    doc._id,
    (d) => answer(d, department, by, input.status, input.text, ctx.now),
    doc,
  );
  // the proposer (and proposers merged in) hear about it; the notify feature delivers
  for (const p of [after.proposer, ...after.coProposers]) {
    await enqueueNotice(
      ctx.db,
      notice('proposal_answered', {
        subject: after._id,
        slot: `r${after.round}:${department.id}`,
        staffNo: p.staffNo,
        title: '你的提案有了答复',
        body: `${department.name}答复了“${after.title}”：${input.status}。请打开查看并评价。`,
        page: pages.proposals.detail({ id: after._id }),
        fields: { title: after.title, department: department.name, status: input.status },
      }),
      ctx.now,
    );
  }
  return { proposalId: after._id, status: after.status, departmentId: department.id };
}

export async function rateAction(input: Input<typeof rateInput>, ctx: CallContext) {
  const me = personOf(ctx);
  const { after } = await mutateProposal(ctx.db, input.proposalId, (d) =>
    rate(d, me, input.rating, input.comment ?? '', ctx.now),
  );
  return { proposalId: after._id, status: after.status, round: after.round };
}
