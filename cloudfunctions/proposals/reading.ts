// What people read: the sessions, the board of one session, one proposal, my lists, the export.
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import type { ProposalDetail, proposalRef } from '../../domain/proposals/contract';
import { KIND_LABELS, STATUS_LABELS, type ProposalDoc } from '../../domain/proposals/model';
import { isEditable, isPublic, roundAnswers, windowState } from '../../domain/proposals/rules';
import { beijingDay } from '../../domain/time';
import type { CallContext } from '../_kit';
import { toXlsx } from '../_kit/xlsx';
import {
  getCongress,
  getSession,
  listCongresses,
  listDepartments,
  listSessions,
  representedCongresses,
} from './congress-repo';
import {
  NOT_FOUND,
  getProposal,
  listAssigned,
  listByProposer,
  listInvitations,
  listPublic,
  numberOf,
} from './proposal-repo';
import { detailOf, numbered, sessionInfo, summaryOf } from './views';

type Input<S extends z.ZodType> = z.output<S>;

export async function sessionsAction(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const [sessions, congresses, represented, departments] = await Promise.all([
    listSessions(ctx.db),
    listCongresses(ctx.db),
    representedCongresses(ctx.db, me.staffNo),
    listDepartments(ctx.db),
  ]);
  return {
    sessions: sessions.map((s) =>
      sessionInfo(
        s,
        congresses.find((c) => c._id === s.congressId),
        {
          isRepresentative: represented.has(s.congressId),
          isCommittee: ctx.can('committee', { congressId: s.congressId }),
        },
        ctx.now,
      ),
    ),
    handlerOf: ctx.can('handler')
      ? departments
          .filter((d) => ctx.can('handler', { departmentId: d._id }))
          .map((d) => ({ id: d._id, name: d.name }))
      : [],
    isAdmin: ctx.can('admin'),
  };
}

export async function departmentsAction(_input: unknown, ctx: CallContext) {
  return { departments: (await listDepartments(ctx.db)).map((d) => ({ id: d._id, name: d.name })) };
}

export async function boardAction(input: { sessionId: string }, ctx: CallContext) {
  const me = ctx.me();
  const session = await getSession(ctx.db, input.sessionId);
  const [docs, congress, represented] = await Promise.all([
    listPublic(ctx.db, session._id),
    getCongress(ctx.db, session.congressId),
    representedCongresses(ctx.db, me.staffNo),
  ]);
  const nos = numbered(docs);
  const items = docs
    .map((d) => summaryOf(d, nos.get(d._id) ?? null, ctx.now))
    .sort((a, b) => (a.no ?? 0) - (b.no ?? 0));
  return {
    session: sessionInfo(
      session,
      congress ?? undefined,
      {
        isRepresentative: represented.has(session.congressId),
        isCommittee: ctx.can('committee', { congressId: session.congressId }),
      },
      ctx.now,
    ),
    items,
  };
}

/** Drafts and proposals still gathering co-signers: only the people involved and the committee. */
function mayRead(ctx: CallContext, doc: ProposalDoc): boolean {
  if (isPublic(doc.status)) return true;
  const me = ctx.me().staffNo;
  const involved = [doc.proposer, ...doc.invites, ...doc.cosigners].some((p) => p.staffNo === me);
  return (
    involved || (doc.status !== 'draft' && ctx.can('committee', { congressId: doc.congressId }))
  );
}

export async function getAction(
  input: Input<typeof proposalRef>,
  ctx: CallContext,
): Promise<ProposalDetail> {
  const doc = await getProposal(ctx.db, input.proposalId);
  if (!doc || !mayRead(ctx, doc)) throw NOT_FOUND();
  const me = ctx.me().staffNo;
  const [no, session, target] = await Promise.all([
    numberOf(ctx.db, doc),
    getSession(ctx.db, doc.sessionId),
    doc.mergedInto ? getProposal(ctx.db, doc.mergedInto) : Promise.resolve(null),
  ]);
  const isProposer = doc.proposer.staffNo === me;
  const answered = new Set(roundAnswers(doc).map((a) => a.departmentId));
  const handling = doc.status === 'accepted' || doc.status === 'in_handling';
  return detailOf(
    doc,
    {
      no,
      sessionName: session.name,
      mergedInto: target ? { id: target._id, title: target.title } : null,
      can: {
        edit:
          isProposer &&
          isEditable(doc.status) &&
          (doc.status === 'draft' || windowState(session, ctx.now) === 'open'),
        invite: isProposer && doc.kind === 'proposal' && isEditable(doc.status),
        cosign: doc.invites.some((p) => p.staffNo === me) && isEditable(doc.status),
        review: doc.status === 'filed' && ctx.can('committee', { congressId: doc.congressId }),
        answerFor: handling
          ? doc.departments.filter(
              (d) => !answered.has(d.id) && ctx.can('handler', { departmentId: d.id }),
            )
          : [],
        rate: isProposer && doc.status === 'answered',
      },
    },
    ctx.now,
  );
}

export async function mineAction(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const handlerDepartments = me.roles.filter((g) => g.role === 'handler');
  // an admin, or a handler grant without a department, sees every assigned proposal
  const allDepartments = ctx.can('admin') || handlerDepartments.some((g) => !g.departmentId);
  const [mine, invitations, assigned] = await Promise.all([
    listByProposer(ctx.db, me.staffNo),
    listInvitations(ctx.db, me.staffNo),
    allDepartments || handlerDepartments.length
      ? listAssigned(
          ctx.db,
          allDepartments ? null : handlerDepartments.map((g) => g.departmentId as string),
        )
      : Promise.resolve([]),
  ]);
  const view = (docs: ProposalDoc[]) =>
    docs
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
      .map((d) => summaryOf(d, null, ctx.now));
  return { mine: view(mine), invitations: view(invitations), assigned: view(assigned) };
}

export async function exportAction(input: { sessionId: string }, ctx: CallContext) {
  const session = await getSession(ctx.db, input.sessionId);
  if (!ctx.can('committee', { congressId: session.congressId })) {
    throw new VisibleError('auth.forbidden', '导出提案汇总表需要提案委员会或校工会管理员权限。');
  }
  const docs = await listPublic(ctx.db, session._id);
  const nos = numbered(docs);
  const rows = docs.sort((a, b) => (nos.get(a._id) ?? 0) - (nos.get(b._id) ?? 0));
  const last = (d: ProposalDoc) => d.ratings[d.ratings.length - 1];
  const file = await toXlsx(
    `${session.name}提案汇总表-${beijingDay(ctx.now)}.xlsx`,
    `${session.name}提案`,
    [
      { header: '序号', width: 6, value: (d: ProposalDoc) => nos.get(d._id) ?? '' },
      { header: '类型', width: 6, value: (d) => KIND_LABELS[d.kind] },
      { header: '标题', width: 36, value: (d) => d.title },
      { header: '类别', width: 10, value: (d) => d.category },
      {
        header: '提案人',
        width: 14,
        value: (d) => [d.proposer, ...d.coProposers].map((p) => p.name).join('、'),
      },
      { header: '附议人', width: 20, value: (d) => d.cosigners.map((p) => p.name).join('、') },
      { header: '提交时间', width: 12, value: (d) => (d.filedAt ? beijingDay(d.filedAt) : '') },
      { header: '状态', width: 8, value: (d) => STATUS_LABELS[d.status] },
      { header: '审查意见', width: 24, value: (d) => d.review?.reason ?? '' },
      { header: '承办部门', width: 16, value: (d) => d.departments.map((x) => x.name).join('、') },
      { header: '答复期限', width: 12, value: (d) => d.dueOn ?? '' },
      {
        header: '办理情况',
        width: 14,
        value: (d) =>
          d.answers
            .filter((a) => a.round === d.round)
            .map((a) => `${a.departmentName}：${a.status}`)
            .join('；'),
      },
      {
        header: '答复内容',
        width: 40,
        value: (d) =>
          d.answers
            .filter((a) => a.round === d.round)
            .map((a) => `${a.departmentName}：${a.text}`)
            .join('\n'),
      },
      { header: '提案人评价', width: 10, value: (d) => last(d)?.rating ?? '' },
      { header: '评价意见', width: 20, value: (d) => last(d)?.comment ?? '' },
    ],
    rows,
  );
  return { filename: file.filename, base64: file.base64, rows: file.rows };
}
