// Proposals rules, review by the committee: accept, merge, refer, return, and assigning departments.
import { VisibleError } from '../errors';
import { STATUS_LABELS, type Person, type ProposalDoc } from './model';
import { log, step } from './status';

// ── review by the committee ────────────────────────────────────────────────────────────────────

export interface Department {
  id: string;
  name: string;
}

/** 立案: assign departments (承办部门) and a due day. For a suggestion: forward to them. */
export function accept(
  doc: ProposalDoc,
  by: Person,
  departments: Department[],
  dueOn: string,
  reason: string,
  now: Date,
): ProposalDoc {
  if (departments.length === 0) {
    throw new VisibleError('validation.failed', '立案需要至少指定一个承办部门。', [
      { path: 'departments', message: '请选择承办部门' },
    ]);
  }
  const status = step(doc, 'accept', '立案');
  return {
    ...doc,
    status,
    departments,
    dueOn,
    review: { decision: 'accept', at: now, by, reason },
    updatedAt: now,
    history: log(
      doc,
      now,
      by.name,
      `${doc.kind === 'proposal' ? '立案' : '转交'}，承办部门：${departments.map((d) => d.name).join('、')}，${dueOn} 前答复`,
    ),
  };
}

/** 不立案 with a reason; or turned into a suggestion, forwarded at once when departments are given. */
export function decline(
  doc: ProposalDoc,
  by: Person,
  reason: string,
  opts: { asSuggestion: boolean; departments: Department[]; dueOn: string },
  now: Date,
): ProposalDoc {
  if (!reason.trim()) {
    throw new VisibleError('validation.failed', '不立案需要写明理由，提案人会看到。', [
      { path: 'reason', message: '请写明不立案的理由' },
    ]);
  }
  if (!opts.asSuggestion) {
    const status = step(doc, 'decline', '不立案');
    return {
      ...doc,
      status,
      review: { decision: 'decline', at: now, by, reason },
      updatedAt: now,
      history: log(doc, now, by.name, `不立案：${reason}`),
    };
  }
  if (doc.kind !== 'proposal') {
    throw new VisibleError('proposals.wrong_status', '这已经是一条建议了。');
  }
  step(doc, 'to_suggestion', '转为建议');
  const asSuggestion: ProposalDoc = {
    ...doc,
    kind: 'suggestion',
    review: { decision: 'decline', at: now, by, reason, asSuggestion: true },
    updatedAt: now,
    history: log(doc, now, by.name, `不立案，转为建议：${reason}`),
  };
  return opts.departments.length
    ? {
        ...accept(asSuggestion, by, opts.departments, opts.dueOn, reason, now),
        review: asSuggestion.review,
      }
    : asSuggestion;
}

function addPeople(list: Person[], more: Person[], except: Set<string>): Person[] {
  const seen = new Set([...list.map((p) => p.staffNo), ...except]);
  const out = [...list];
  for (const p of more) {
    if (!seen.has(p.staffNo)) {
      seen.add(p.staffNo);
      out.push(p);
    }
  }
  return out;
}

/**
 * 并案: the source closes as merged; the target keeps its own proposer and gains the source's
 * proposer (and co-proposers) as co-proposers and its co-signers as co-signers.
 */
export function merge(
  source: ProposalDoc,
  target: ProposalDoc,
  by: Person,
  reason: string,
  now: Date,
): { source: ProposalDoc; target: ProposalDoc } {
  if (source._id === target._id)
    throw new VisibleError('validation.failed', '不能把提案并入它自己。', [
      { path: 'targetId', message: '请选择另一份提案' },
    ]);
  if (source.sessionId !== target.sessionId) {
    throw new VisibleError('proposals.merge_other_session', '只能并入同一次会议的提案。');
  }
  if (!['filed', 'accepted', 'in_handling'].includes(target.status)) {
    throw new VisibleError(
      'proposals.merge_target_status',
      `要并入的提案现在是“${STATUS_LABELS[target.status]}”，不能再并入别的提案。`,
    );
  }
  const status = step(source, 'merge', '并案');
  const targetProposer = new Set([target.proposer.staffNo]);
  const coProposers = addPeople(
    target.coProposers,
    [source.proposer, ...source.coProposers],
    targetProposer,
  );
  const proposersNow = new Set([target.proposer.staffNo, ...coProposers.map((p) => p.staffNo)]);
  const cosigners = addPeople(target.cosigners, source.cosigners, proposersNow).filter(
    (p) => !proposersNow.has(p.staffNo),
  );
  return {
    source: {
      ...source,
      status,
      mergedInto: target._id,
      review: { decision: 'merge', at: now, by, reason, targetId: target._id },
      updatedAt: now,
      history: log(source, now, by.name, `并入“${target.title}”${reason ? `：${reason}` : ''}`),
    },
    target: {
      ...target,
      coProposers,
      cosigners,
      mergedFrom: [...target.mergedFrom, source._id],
      updatedAt: now,
      history: log(target, now, by.name, `并入“${source.title}”（提案人${source.proposer.name}）`),
    },
  };
}
