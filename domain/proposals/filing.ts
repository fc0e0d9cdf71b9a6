// Proposals rules, filing and co-signing: drafts, submitting, inviting, accepting and declining co-signers.
import { VisibleError } from '../errors';
import { STATUS_LABELS, type Person, type ProposalDoc } from './model';
import { COSIGNERS_REQUIRED, contentErrors, type Content } from './content';
import { isEditable, log, step } from './status';

// ── filing and co-signing ──────────────────────────────────────────────────────────────────────

export interface NewProposal {
  id: string;
  sessionId: string;
  congressId: string;
  proposer: Person;
}

function blank(n: NewProposal, content: Content, now: Date): ProposalDoc {
  return {
    _id: n.id,
    sessionId: n.sessionId,
    congressId: n.congressId,
    ...content,
    status: 'draft',
    version: 0,
    proposer: n.proposer,
    coProposers: [],
    invites: [],
    cosigners: [],
    createdAt: now,
    updatedAt: now,
    departments: [],
    mergedFrom: [],
    round: 1,
    answers: [],
    ratings: [],
    history: [],
  };
}

function requireProposer(doc: ProposalDoc, me: Person): void {
  if (doc.proposer.staffNo !== me.staffNo) {
    throw new VisibleError('proposals.not_proposer', '只有提案人本人可以修改这份提案。');
  }
}

/** Saving a draft: any lengths within the maxima (checked by the contract), no window needed. */
export function saveDraft(
  existing: ProposalDoc | null,
  n: NewProposal,
  content: Content,
  now: Date,
): ProposalDoc {
  if (!existing)
    return {
      ...blank(n, content, now),
      history: [{ at: now, by: n.proposer.name, what: '保存草稿' }],
    };
  requireProposer(existing, n.proposer);
  if (existing.status !== 'draft') {
    throw new VisibleError(
      'proposals.not_draft',
      '这份已经提交，不再是草稿了；修改请在“我的提案”里打开它再提交。',
    );
  }
  return { ...existing, ...content, updatedAt: now };
}

/**
 * Filing: a suggestion is submitted at once; a proposal waits for COSIGNERS_REQUIRED co-signers
 * (or is submitted at once when it already has them). Filing again edits it, until review starts.
 * The caller has checked that the proposer is a representative and the window is open.
 */
export function fileContent(
  existing: ProposalDoc | null,
  n: NewProposal,
  content: Content,
  now: Date,
): ProposalDoc {
  const errors = contentErrors(content);
  if (errors.length) {
    throw new VisibleError('validation.failed', `填写的内容有误：${errors[0].message}`, errors);
  }
  const doc = existing ?? blank(n, content, now);
  if (existing) {
    requireProposer(existing, n.proposer);
    if (!isEditable(existing.status)) {
      throw new VisibleError(
        'proposals.not_editable',
        '提案委员会已经开始审查，不能再修改了。如需补充，请联系提案委员会。',
      );
    }
  }
  const by = n.proposer.name;
  if (doc.status === 'draft') {
    const ready = content.kind === 'suggestion' || doc.cosigners.length >= COSIGNERS_REQUIRED;
    const status = step(doc, ready ? 'submit_ready' : 'submit', '提交');
    return {
      ...doc,
      ...content,
      status,
      updatedAt: now,
      filedAt: status === 'filed' ? now : doc.filedAt,
      history: log(doc, now, by, status === 'filed' ? '提交' : '提交，等待附议'),
    };
  }
  // an edit keeps the status; a proposal turned into a suggestion may not turn back by editing
  if (doc.kind !== content.kind) {
    throw new VisibleError(
      'proposals.kind_fixed',
      '提交后不能在提案和建议之间改换；如需改换，请先联系提案委员会。',
    );
  }
  step(doc, 'edit', '修改');
  return { ...doc, ...content, updatedAt: now, history: log(doc, now, by, '修改内容') };
}

/** Adds invitations (the caller has checked that they are representatives of this congress). */
export function invite(doc: ProposalDoc, me: Person, people: Person[], now: Date): ProposalDoc {
  requireProposer(doc, me);
  if (
    doc.kind !== 'proposal' ||
    (doc.status !== 'draft' && doc.status !== 'awaiting_cosign' && doc.status !== 'filed')
  ) {
    throw new VisibleError('proposals.wrong_status', '这份提案现在不能再邀请附议人了。');
  }
  if (people.some((p) => p.staffNo === me.staffNo)) {
    throw new VisibleError('proposals.self_cosign', '附议人须是提案人以外的代表，不能邀请自己。');
  }
  const known = new Set([...doc.invites, ...doc.cosigners].map((p) => p.staffNo));
  const fresh = people.filter((p) => !known.has(p.staffNo));
  if (fresh.length === 0) return doc;
  return {
    ...doc,
    invites: [...doc.invites, ...fresh],
    updatedAt: now,
    history: log(doc, now, me.name, `邀请${fresh.map((p) => p.name).join('、')}附议`),
  };
}

/** An invited representative co-signs; with enough co-signers the proposal is submitted. */
export function cosign(doc: ProposalDoc, me: Person, now: Date): ProposalDoc {
  if (doc.proposer.staffNo === me.staffNo) {
    throw new VisibleError('proposals.self_cosign', '提案人不能为自己的提案附议。');
  }
  if (doc.cosigners.some((p) => p.staffNo === me.staffNo)) return doc; // already co-signed: harmless repeat
  if (!doc.invites.some((p) => p.staffNo === me.staffNo)) {
    throw new VisibleError('proposals.not_invited', '提案人还没有邀请你附议这份提案。');
  }
  if (doc.status !== 'draft' && doc.status !== 'awaiting_cosign' && doc.status !== 'filed') {
    throw new VisibleError(
      'proposals.wrong_status',
      `这份提案现在是“${STATUS_LABELS[doc.status]}”，附议已经结束。`,
    );
  }
  const cosigners = [...doc.cosigners, me];
  const enough = doc.status === 'awaiting_cosign' && cosigners.length >= COSIGNERS_REQUIRED;
  return {
    ...doc,
    invites: doc.invites.filter((p) => p.staffNo !== me.staffNo),
    cosigners,
    status: enough ? step(doc, 'cosigned_enough', '提交') : doc.status,
    filedAt: enough ? now : doc.filedAt,
    updatedAt: now,
    history: log(doc, now, me.name, enough ? '附议（附议人已满，提案已提交）' : '附议'),
  };
}

/** An invited representative says no. */
export function declineInvite(doc: ProposalDoc, me: Person, now: Date): ProposalDoc {
  if (!doc.invites.some((p) => p.staffNo === me.staffNo)) {
    throw new VisibleError('proposals.not_invited', '你没有这份提案的附议邀请，不需要婉拒。');
  }
  return {
    ...doc,
    invites: doc.invites.filter((p) => p.staffNo !== me.staffNo),
    updatedAt: now,
    history: log(doc, now, me.name, '婉拒附议'),
  };
}
