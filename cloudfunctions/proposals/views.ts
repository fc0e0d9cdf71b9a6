// What the app sees of a proposal: the summary on lists and the board, the detail on its page.
import type { ProposalDetail, ProposalSummary, SessionInfo } from '../../domain/proposals/contract';
import type { CongressDoc, ProposalDoc, SessionDoc } from '../../domain/proposals/model';
import { isOverdue, windowState } from '../../domain/proposals/rules';

export function summaryOf(doc: ProposalDoc, no: number | null, now: Date): ProposalSummary {
  return {
    id: doc._id,
    no,
    kind: doc.kind,
    title: doc.title,
    category: doc.category,
    status: doc.status,
    proposer: doc.proposer,
    coProposers: doc.coProposers,
    cosignerCount: doc.cosigners.length,
    departments: doc.departments,
    dueOn: doc.dueOn ?? null,
    overdue: isOverdue(doc, now),
    filedAt: doc.filedAt?.toISOString() ?? null,
    updatedAt: doc.updatedAt.toISOString(),
    lastRating: doc.ratings[doc.ratings.length - 1]?.rating ?? null,
    round: doc.round,
  };
}

export function detailOf(
  doc: ProposalDoc,
  extra: {
    no: number | null;
    sessionName: string;
    mergedInto: { id: string; title: string } | null;
    can: ProposalDetail['can'];
  },
  now: Date,
): ProposalDetail {
  return {
    ...summaryOf(doc, extra.no, now),
    sessionId: doc.sessionId,
    sessionName: extra.sessionName,
    background: doc.background,
    suggestion: doc.suggestion,
    version: doc.version,
    invites: doc.invites,
    cosigners: doc.cosigners,
    mergedInto: extra.mergedInto,
    mergedFrom: doc.mergedFrom,
    review: doc.review
      ? {
          decision: doc.review.decision,
          at: doc.review.at.toISOString(),
          by: doc.review.by.name,
          reason: doc.review.reason,
          asSuggestion: doc.review.asSuggestion ?? false,
        }
      : null,
    answers: doc.answers.map((a) => ({
      departmentName: a.departmentName,
      round: a.round,
      status: a.status,
      text: a.text,
      at: a.at.toISOString(),
      by: a.by.name,
    })),
    ratings: doc.ratings.map((r) => ({ ...r, at: r.at.toISOString() })),
    history: doc.history.map((h) => ({ ...h, at: h.at.toISOString() })),
    can: extra.can,
  };
}

/** Sorted by filing time, each public proposal's 序号 is its place (filing only appends). */
export function numbered(docs: ProposalDoc[]): Map<string, number> {
  const filed = docs
    .filter((d) => d.filedAt)
    .sort(
      (a, b) =>
        (a.filedAt as Date).getTime() - (b.filedAt as Date).getTime() || a._id.localeCompare(b._id),
    );
  return new Map(filed.map((d, i) => [d._id, i + 1]));
}

export function sessionInfo(
  s: SessionDoc,
  congress: CongressDoc | undefined,
  flags: { isRepresentative: boolean; isCommittee: boolean },
  now: Date,
): SessionInfo {
  return {
    id: s._id,
    name: s.name,
    congressId: s.congressId,
    congressName: congress?.name ?? '',
    filingOpensAt: s.filingOpensAt.toISOString(),
    filingClosesAt: s.filingClosesAt.toISOString(),
    window: windowState(s, now),
    ...flags,
  };
}
