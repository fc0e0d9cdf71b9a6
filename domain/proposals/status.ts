// Proposals rules, the status machine: which status may follow which, and who acts in each.
import { VisibleError } from '../errors';
import { STATUS_LABELS, type ProposalDoc, type ProposalStatus } from './model';

// ── the status machine ─────────────────────────────────────────────────────────────────────────

export type ProposalEvent =
  | 'save_draft'
  | 'submit'
  | 'submit_ready'
  | 'edit'
  | 'cosigned_enough'
  | 'accept'
  | 'merge'
  | 'decline'
  | 'to_suggestion'
  | 'answer_partial'
  | 'answer_complete'
  | 'rate_close'
  | 'send_back';

/** Which event moves which status where. Anything not listed is refused. */
export const TRANSITIONS: Record<ProposalStatus, Partial<Record<ProposalEvent, ProposalStatus>>> = {
  draft: { save_draft: 'draft', submit: 'awaiting_cosign', submit_ready: 'filed' },
  awaiting_cosign: { edit: 'awaiting_cosign', cosigned_enough: 'filed' },
  filed: {
    edit: 'filed',
    accept: 'accepted',
    merge: 'merged',
    decline: 'declined',
    to_suggestion: 'filed',
  },
  accepted: { answer_partial: 'in_handling', answer_complete: 'answered' },
  in_handling: { answer_partial: 'in_handling', answer_complete: 'answered' },
  answered: { rate_close: 'closed', send_back: 'accepted' },
  closed: {},
  merged: {},
  declined: {},
};

export function nextStatus(status: ProposalStatus, event: ProposalEvent): ProposalStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** The status an event leads to, or a plain refusal (used by every section of the rules). */
export function step(doc: ProposalDoc, event: ProposalEvent, doing: string): ProposalStatus {
  const next = nextStatus(doc.status, event);
  if (!next) {
    throw new VisibleError(
      'proposals.wrong_status',
      `这份${doc.kind === 'proposal' ? '提案' : '建议'}现在是“${STATUS_LABELS[doc.status]}”，不能${doing}。请刷新看看最新情况。`,
    );
  }
  return next;
}

/** The history with one more line (used by every section of the rules). */
export const log = (doc: ProposalDoc, now: Date, by: string, what: string) => [
  ...doc.history,
  { at: now, by, what },
];

/** Status groups of the board: what a reader of the congress report cares about. */
export const BOARD_GROUPS = ['filed', 'accepted', 'in_handling', 'answered', 'closed'] as const;
export type BoardGroup = (typeof BOARD_GROUPS)[number];
export const BOARD_GROUP_LABELS: Record<BoardGroup, string> = {
  filed: '待审查',
  accepted: '已立案',
  in_handling: '办理中',
  answered: '已答复',
  closed: '已办结',
};

/** The board group of a status; drafts and proposals still gathering co-signers are not on the board. */
export function boardGroup(status: ProposalStatus): BoardGroup | null {
  switch (status) {
    case 'draft':
    case 'awaiting_cosign':
      return null;
    case 'merged':
    case 'declined':
      return 'closed';
    default:
      return status;
  }
}

/** Only the proposer sees drafts and proposals still waiting for co-signers. */
export function isPublic(status: ProposalStatus): boolean {
  return boardGroup(status) !== null;
}

export function isEditable(status: ProposalStatus): boolean {
  return status === 'draft' || status === 'awaiting_cosign' || status === 'filed';
}
