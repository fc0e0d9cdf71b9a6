// Applying: staff for themselves or a branch chair for someone in their branch; drafts, edits,
// attachments (checked by their bytes, stored privately), submitting and withdrawing.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  applyInput,
  removeAttachmentInput,
  updateInput,
  uploadInput,
} from '../../domain/care/contract';
import { MAX_ATTACHMENTS, type CaseDoc, type ProgrammeDoc } from '../../domain/care/model';
import {
  applyBlock,
  canWithdraw,
  checkAttachment,
  firstStep,
  isClosed,
  missingItems,
  purgeAfter,
  submitTarget,
  suggestIllness,
} from '../../domain/care/rules';
import { VisibleError } from '../../domain/errors';
import type { StaffDoc } from '../../domain/roster/staff';
import { beijingDay } from '../../domain/time';
import { audit, deleteFiles, putFile, type CallContext } from '../_kit';
import { FORBIDDEN_MESSAGE } from '../_kit/context';
import { getStaff } from '../_kit/roster-repo';
import { caseFor, isOwner, viewerOf } from './access';
import { casesOfPersonYear, insertCase, mutateCase } from './case-repo';
import { noticeProgress } from './notices';
import { release, requireProgramme } from './programme-repo';

type In<S extends z.ZodType> = z.output<S>;

/** Whom the case is for, and as what the caller files it. */
async function applicantOf(
  ctx: CallContext,
  staffNo: string | undefined,
): Promise<{ person: StaffDoc; filedAs: CaseDoc['filedAs'] }> {
  const me = ctx.me();
  if (!staffNo || staffNo === me.staffNo) return { person: me, filedAs: 'self' };
  const admin = ctx.can('admin');
  // decided before the lookup, so that a plain member learns nothing about who exists
  if (!admin && !ctx.can('branch_chair'))
    throw new VisibleError('auth.forbidden', '只能为本分工会的教职工代为申请。');
  const person = await getStaff(ctx.db, staffNo);
  // someone of another branch gets the same answer as a 工号 nobody has
  if (!person || !person.active || !(admin || viewerOf(ctx).chairs(person.branchId)))
    throw new VisibleError(
      'care.staff_not_found',
      `本分工会没有找到工号 ${staffNo}，请核对后再填。`,
    );
  return { person, filedAs: admin ? 'admin' : 'branch_chair' };
}

/** The rule's suggestion for an illness case: this year's cases of the person, this one included. */
export async function suggestionFor(
  ctx: CallContext,
  p: ProgrammeDoc,
  c: Pick<CaseDoc, '_id' | 'staffNo' | 'year' | 'selfPaid'>,
): Promise<number | null> {
  if (p.kind !== 'illness' || !p.rule || c.selfPaid === null) return null;
  const others = (await casesOfPersonYear(ctx.db, c.staffNo, c.year)).filter(
    (o) => o._id !== c._id && o.kind === 'illness',
  );
  const selfPaid = others
    .filter((o) => o.status !== 'declined' && o.status !== 'withdrawn' && o.status !== 'draft')
    .reduce((s, o) => s + (o.selfPaid ?? 0), c.selfPaid);
  const granted = others
    .filter((o) => o.status === 'approved' || o.status === 'paid')
    .reduce((s, o) => s + (o.amount ?? 0), 0);
  return suggestIllness(p.rule, selfPaid, granted);
}

function requireStory(story: string): void {
  if (story.length < 5)
    throw new VisibleError('validation.failed', '请写明情况说明，至少 5 个字', [
      { path: 'story', message: '请写明情况说明，至少 5 个字' },
    ]);
}

function requireSelfPaid(p: ProgrammeDoc, selfPaid: number | null): void {
  if (p.kind === 'illness' && (selfPaid === null || selfPaid <= 0))
    throw new VisibleError('validation.failed', '大病补助请填写本次自付的医疗费用（元）', [
      { path: 'selfPaid', message: '请填写自付费用' },
    ]);
}

export async function apply(input: In<typeof applyInput>, ctx: CallContext) {
  const me = ctx.me();
  const p = await requireProgramme(ctx.db, input.programmeId);
  const { person, filedAs } = await applicantOf(ctx, input.staffNo);
  const block = applyBlock(p, person, beijingDay(ctx.now));
  if (block) throw new VisibleError('care.not_open', block);
  const draft = input.draft ?? false;
  if (!draft) {
    requireStory(input.story);
    requireSelfPaid(p, input.selfPaid ?? null);
  }
  const status = draft ? 'draft' : firstStep(filedAs);
  const doc: CaseDoc = {
    _id: `cc-${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    programmeId: p._id,
    kind: p.kind,
    year: p.year,
    staffNo: person.staffNo,
    name: person.name,
    branchId: person.branchId,
    filedBy: me.staffNo,
    filedAs,
    status,
    returnedFrom: null,
    story: input.story,
    selfPaid: input.selfPaid ?? null,
    suggestedAmount: null,
    amount: null,
    held: 0,
    needsCommittee: false,
    reason: '',
    attachments: [],
    history: draft
      ? []
      : [
          {
            at: ctx.now,
            by: me.staffNo,
            role: filedAs === 'self' ? 'applicant' : filedAs,
            from: 'draft',
            to: status,
            amount: null,
            reason: '',
          },
        ],
    claimStatus: p.kind === 'claim' ? 'missing' : null,
    claimAmount: null,
    payment: null,
    submittedAt: draft ? null : ctx.now,
    approvedAt: null,
    publicUntil: null,
    closedAt: null,
    purgeAfter: null,
    purged: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 0,
  };
  doc.suggestedAmount = await suggestionFor(ctx, p, doc);
  const existing = await insertCase(ctx.db, doc);
  if (existing) {
    // a retried call finds its own earlier write; anything else is a second open case
    if (existing.filedBy === me.staffNo && existing.story === doc.story)
      return {
        caseId: existing._id,
        status: existing.status,
        ...(existing.suggestedAmount !== null ? { suggestedAmount: existing.suggestedAmount } : {}),
      };
    throw new VisibleError(
      'care.already_open',
      '这个项目里已经有一份还在办理的申请，请在“我的申请”里继续办理。',
    );
  }
  if (filedAs !== 'self') await noticeProgress(ctx.db, doc, 0, ctx.now);
  return {
    caseId: doc._id,
    status: doc.status,
    ...(doc.suggestedAmount !== null ? { suggestedAmount: doc.suggestedAmount } : {}),
  };
}

function requireEditable(c: CaseDoc): void {
  if (c.purged || !(c.status === 'draft' || c.status === 'returned'))
    throw new VisibleError('care.wrong_state', '这份申请正在审核或已办结，现在不能修改。');
}

export async function update(input: In<typeof updateInput>, ctx: CallContext) {
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (!isOwner(role)) throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
  const p = await requireProgramme(ctx.db, doc.programmeId);
  const { after } = await mutateCase(ctx.db, doc, async (c) => {
    requireEditable(c);
    const next: CaseDoc = {
      ...c,
      story: input.story ?? c.story,
      selfPaid: input.selfPaid ?? c.selfPaid,
      updatedAt: ctx.now,
    };
    next.suggestedAmount = await suggestionFor(ctx, p, next);
    return next;
  });
  return {
    caseId: after._id,
    ...(after.suggestedAmount !== null ? { suggestedAmount: after.suggestedAmount } : {}),
  };
}

export async function submit(input: { caseId: string }, ctx: CallContext) {
  const me = ctx.me();
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (!isOwner(role)) throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
  const p = await requireProgramme(ctx.db, doc.programmeId);
  const { after } = await mutateCase(ctx.db, doc, async (c) => {
    const to = submitTarget(c);
    if (!to) throw new VisibleError('care.wrong_state', '这份申请已经提交过了，请刷新后查看。');
    requireStory(c.story);
    requireSelfPaid(p, c.selfPaid);
    const next: CaseDoc = {
      ...c,
      status: to,
      reason: '',
      submittedAt: c.submittedAt ?? ctx.now,
      updatedAt: ctx.now,
      history: [
        ...c.history,
        { at: ctx.now, by: me.staffNo, role, from: c.status, to, amount: null, reason: '' },
      ],
    };
    next.suggestedAmount = await suggestionFor(ctx, p, next);
    return next;
  });
  return { status: after.status };
}

export async function withdraw(input: { caseId: string }, ctx: CallContext) {
  const me = ctx.me();
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (!isOwner(role) && role !== 'admin')
    throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
  const p = await requireProgramme(ctx.db, doc.programmeId);
  const { before, after } = await mutateCase(ctx.db, doc, (c) => {
    if (!canWithdraw(c.status))
      throw new VisibleError('care.wrong_state', '这份申请已经办结，不能撤回。');
    return {
      ...c,
      status: 'withdrawn',
      held: 0,
      updatedAt: ctx.now,
      closedAt: ctx.now,
      purgeAfter: purgeAfter(ctx.now, p.retentionYears),
      history: [
        ...c.history,
        {
          at: ctx.now,
          by: me.staffNo,
          role,
          from: c.status,
          to: 'withdrawn',
          amount: null,
          reason: '',
        },
      ],
    };
  });
  // only the caller whose transition won gives the hold back: exactly once
  if (before.held > 0) await release(ctx.db, before.programmeId, before.held);
  if (role === 'admin') await audit(ctx, { target: doc._id, outcome: 'withdrawn', role });
  return { status: after.status };
}

export async function upload(input: In<typeof uploadInput>, ctx: CallContext) {
  const me = ctx.me();
  const bytes = Buffer.from(input.base64, 'base64');
  const check = checkAttachment(bytes);
  if (!check.ok) throw new VisibleError(check.code, check.message);
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (!isOwner(role) && role !== 'admin')
    throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
  if (doc.purged || isClosed(doc.status))
    throw new VisibleError('care.wrong_state', '这份申请已经办结，不能再添加材料。');
  const p = await requireProgramme(ctx.db, doc.programmeId);
  if (input.item && !p.checklist.some((i) => i.key === input.item))
    throw new VisibleError('validation.failed', '这项材料不在这个项目的清单里', [
      { path: 'item', message: '材料不在清单里' },
    ]);
  if (doc.attachments.length >= MAX_ATTACHMENTS)
    throw new VisibleError('care.too_many_files', `每份申请最多 ${MAX_ATTACHMENTS} 个材料文件。`);
  const { fileId } = await putFile(bytes, `care/${doc._id}`, [check.type], '材料');
  try {
    const { after } = await mutateCase(ctx.db, doc, (c) => {
      if (c.purged || isClosed(c.status))
        throw new VisibleError('care.wrong_state', '这份申请已经办结，不能再添加材料。');
      return {
        ...c,
        attachments: [
          ...c.attachments,
          {
            fileId,
            type: check.type,
            size: bytes.length,
            item: input.item,
            by: me.staffNo,
            at: ctx.now,
          },
        ],
        updatedAt: ctx.now,
      };
    });
    return {
      fileId,
      type: check.type,
      missing: missingItems(p.checklist, after.attachments).map((i) => i.label),
    };
  } catch (e) {
    await deleteFiles([fileId]);
    throw e;
  }
}

export async function removeAttachment(input: In<typeof removeAttachmentInput>, ctx: CallContext) {
  const { doc, role } = await caseFor(ctx, input.caseId);
  if (!isOwner(role)) throw new VisibleError('auth.forbidden', FORBIDDEN_MESSAGE);
  const p = await requireProgramme(ctx.db, doc.programmeId);
  const { after } = await mutateCase(ctx.db, doc, (c) => {
    requireEditable(c);
    if (!c.attachments.some((a) => a.fileId === input.fileId))
      throw new VisibleError('care.file_not_found', '没有找到这个材料文件，请刷新。');
    return {
      ...c,
      attachments: c.attachments.filter((a) => a.fileId !== input.fileId),
      updatedAt: ctx.now,
    };
  });
  await deleteFiles([input.fileId]);
  return { missing: missingItems(p.checklist, after.attachments).map((i) => i.label) };
}
