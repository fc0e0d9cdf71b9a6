// Proposals rules, answering by departments and rating by the proposer.
import { VisibleError } from '../errors';
import { addDays, beijingDay } from '../time';
import type { AnswerStatus, Person, ProposalDoc, Rating } from './model';
import { SECOND_ROUND_DAYS } from './content';
import type { Department } from './review';
import { log, step } from './status';

// ── answering and rating ───────────────────────────────────────────────────────────────────────

/** The answers of the current round, one per department. */
export function roundAnswers(doc: ProposalDoc) {
  return doc.answers.filter((a) => a.round === doc.round);
}

/** A department answers what is assigned to it, once per round. */
export function answer(
  doc: ProposalDoc,
  department: Department,
  by: Person,
  status: AnswerStatus,
  text: string,
  now: Date,
): ProposalDoc {
  if (!doc.departments.some((d) => d.id === department.id)) {
    throw new VisibleError(
      'proposals.not_assigned',
      `这份提案没有交给${department.name}办理，不能由你们答复。`,
    );
  }
  if (roundAnswers(doc).some((a) => a.departmentId === department.id)) {
    throw new VisibleError('proposals.already_answered', `${department.name}已经答复过这一轮了。`);
  }
  const answered = new Set([...roundAnswers(doc).map((a) => a.departmentId), department.id]);
  const complete = doc.departments.every((d) => answered.has(d.id));
  const next = step(doc, complete ? 'answer_complete' : 'answer_partial', '答复');
  return {
    ...doc,
    status: next,
    answers: [
      ...doc.answers,
      {
        departmentId: department.id,
        departmentName: department.name,
        round: doc.round,
        status,
        text,
        at: now,
        by,
      },
    ],
    updatedAt: now,
    history: log(
      doc,
      now,
      `${department.name} ${by.name}`,
      `答复（${status}）${doc.round > 1 ? '，第二次' : ''}`,
    ),
  };
}

/**
 * The proposer rates the answer. 满意 / 基本满意 close it; 不满意 sends it back ONCE for a second
 * answer (due SECOND_ROUND_DAYS later); after the second answer any rating closes it.
 */
export function rate(
  doc: ProposalDoc,
  me: Person,
  rating: Rating,
  comment: string,
  now: Date,
): ProposalDoc {
  if (doc.proposer.staffNo !== me.staffNo) {
    throw new VisibleError('proposals.not_proposer', '只有提案人可以评价答复。');
  }
  const sendBack = rating === '不满意' && doc.round === 1;
  const status = step(doc, sendBack ? 'send_back' : 'rate_close', '评价');
  const ratings = [...doc.ratings, { rating, comment, round: doc.round, at: now }];
  if (sendBack) {
    return {
      ...doc,
      status,
      round: 2,
      dueOn: addDays(beijingDay(now), SECOND_ROUND_DAYS),
      ratings,
      updatedAt: now,
      history: log(
        doc,
        now,
        me.name,
        `评价“不满意”，退回承办部门再次答复${comment ? `：${comment}` : ''}`,
      ),
    };
  }
  return {
    ...doc,
    status,
    ratings,
    updatedAt: now,
    history: log(doc, now, me.name, `评价“${rating}”，办结`),
  };
}

/** An accepted proposal whose answer is late (after its due day, Beijing time). */
export function isOverdue(doc: Pick<ProposalDoc, 'status' | 'dueOn'>, now: Date): boolean {
  return (
    (doc.status === 'accepted' || doc.status === 'in_handling') &&
    !!doc.dueOn &&
    beijingDay(now) > doc.dueOn
  );
}

/** Default due day: the session's answer period after acceptance. */
export function defaultDueOn(now: Date, days: number): string {
  return addDays(beijingDay(now), days);
}
