// Pure decisions about proposals: content rules (lengths, 一事一案), the filing window, co-signers,
// and the status machine (file → co-sign → review → answer → rate), each returning the next doc.
import { VisibleError } from '../errors';
import { addDays, beijingDay } from '../time';
import {
  STATUS_LABELS,
  type AnswerStatus,
  type Category,
  type Person,
  type ProposalDoc,
  type ProposalKind,
  type ProposalStatus,
  type Rating,
  type SessionDoc,
} from './model';

// ── content ─────────────────────────────────────────────────────────────────────────────────────

export interface Limits {
  title: [number, number];
  background: [number, number];
  suggestion: [number, number];
}

/** A proposal is held to the congress's rules; a suggestion (建议) to lighter ones. */
export const LIMITS: Record<ProposalKind, Limits> = {
  proposal: { title: [5, 40], background: [50, 300], suggestion: [30, 1000] },
  suggestion: { title: [4, 40], background: [0, 300], suggestion: [10, 1000] },
};

export const COSIGNERS_REQUIRED = 2;
export const SECOND_ROUND_DAYS = 15;

export interface Content {
  kind: ProposalKind;
  title: string;
  category: Category;
  background: string;
  suggestion: string;
}

export interface Check {
  path: 'title' | 'background' | 'suggestion' | 'category';
  message: string;
}

/** Characters as a person counts them: spaces and line breaks do not count. */
export function charCount(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

const FIELD_NAMES = { title: '标题', background: '背景与问题', suggestion: '具体建议' } as const;

/** Hard rules: a proposal that breaks one cannot be submitted (a draft may). */
export function contentErrors(c: Content): Check[] {
  const errors: Check[] = [];
  const limits = LIMITS[c.kind];
  for (const path of ['title', 'background', 'suggestion'] as const) {
    const n = charCount(c[path]);
    const [min, max] = limits[path];
    const name = FIELD_NAMES[path];
    if (n < min) {
      errors.push({ path, message: `${name}至少要 ${min} 个字，现在 ${n} 个字，请再写具体些。` });
    } else if (n > max) {
      errors.push({ path, message: `${name}最多 ${max} 个字，现在 ${n} 个字，请精简一下。` });
    }
  }
  return errors;
}

/** Keywords that tell which area a numbered item is about (for the 一事一案 check). */
const AREA_WORDS: Record<Exclude<Category, '其他'>, string[]> = {
  教学科研: [
    '教学',
    '课程',
    '科研',
    '学生',
    '实验',
    '课题',
    '教材',
    '学科',
    '考试',
    '课堂',
    '论文',
    '授课',
    '课时',
  ],
  人事: ['职称', '评聘', '招聘', '编制', '岗位', '人才', '考核', '晋升', '聘任', '人事', '引进'],
  后勤: [
    '食堂',
    '停车',
    '宿舍',
    '维修',
    '校车',
    '班车',
    '绿化',
    '道路',
    '水电',
    '物业',
    '餐厅',
    '快递',
    '电梯',
    '空调',
  ],
  福利: [
    '体检',
    '福利',
    '慰问',
    '疗休养',
    '节日',
    '补贴',
    '补助',
    '子女',
    '托管',
    '健身',
    '医疗',
    '工会会员',
  ],
};

/** Splits a text at numbered items: "1." "2、" "（3）" "④" "五、". One item when there are none. */
export function numberedItems(text: string): string[] {
  const marker =
    /(?:^|[\s。；;：:])(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]{1,2}、)/gu;
  const starts: number[] = [];
  for (const m of text.matchAll(marker)) starts.push(m.index ?? 0);
  if (starts.length < 2) return [text];
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim()).filter(Boolean);
}

/** The areas a piece of text touches, by keyword. */
export function areasOf(text: string): Category[] {
  return (Object.keys(AREA_WORDS) as (keyof typeof AREA_WORDS)[]).filter((area) =>
    AREA_WORDS[area].some((w) => text.includes(w)),
  );
}

/**
 * 一事一案, as a heuristic: warn when the suggestion lists several numbered items and they are
 * about different areas (e.g. one on 食堂, one on 职称). It warns and explains; it does not block,
 * because items about one subject often mention other words too.
 */
export function oneSubjectWarning(c: Pick<Content, 'kind' | 'suggestion'>): Check | null {
  if (c.kind !== 'proposal') return null;
  const items = numberedItems(c.suggestion);
  if (items.length < 2) return null;
  // an item counts for an area only when that is the only area it names
  const areas = new Set<Category>();
  for (const item of items) {
    const a = areasOf(item);
    if (a.length === 1) areas.add(a[0]);
  }
  if (areas.size < 2) return null;
  return {
    path: 'suggestion',
    message:
      `具体建议列了 ${items.length} 条，分别涉及${[...areas].join('、')}。教代会提案要求“一事一案”：` +
      '一份提案只提一件事，才能交给一个部门办理、答复得清楚。请考虑把不同的事分成几份提案。',
  };
}

/** Soft checks: shown while typing and before filing, not blocking. */
export function contentWarnings(c: Content): Check[] {
  const w = oneSubjectWarning(c);
  return w ? [w] : [];
}

// ── the filing window ──────────────────────────────────────────────────────────────────────────

export type WindowState = 'not_yet' | 'open' | 'closed';

export function windowState(
  session: Pick<SessionDoc, 'filingOpensAt' | 'filingClosesAt'>,
  now: Date,
): WindowState {
  if (now < session.filingOpensAt) return 'not_yet';
  if (now > session.filingClosesAt) return 'closed';
  return 'open';
}

export function requireWindowOpen(session: SessionDoc, now: Date): void {
  const state = windowState(session, now);
  if (state === 'not_yet') {
    throw new VisibleError(
      'proposals.window_not_open',
      `${session.name}的提案征集还没开始，${beijingDay(session.filingOpensAt)} 起可以提交。`,
    );
  }
  if (state === 'closed') {
    throw new VisibleError(
      'proposals.window_closed',
      `${session.name}的提案征集已于 ${beijingDay(session.filingClosesAt)} 截止，不能再提交或修改。`,
    );
  }
}

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

function step(doc: ProposalDoc, event: ProposalEvent, doing: string): ProposalStatus {
  const next = nextStatus(doc.status, event);
  if (!next) {
    throw new VisibleError(
      'proposals.wrong_status',
      `这份${doc.kind === 'proposal' ? '提案' : '建议'}现在是“${STATUS_LABELS[doc.status]}”，不能${doing}。请刷新看看最新情况。`,
    );
  }
  return next;
}

const log = (doc: ProposalDoc, now: Date, by: string, what: string) => [
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
  closed: '已结束',
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
  if (!doc.invites.some((p) => p.staffNo === me.staffNo)) return doc;
  return {
    ...doc,
    invites: doc.invites.filter((p) => p.staffNo !== me.staffNo),
    updatedAt: now,
    history: log(doc, now, me.name, '婉拒附议'),
  };
}

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
