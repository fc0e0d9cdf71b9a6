// Nominations: a chair nominates within the branch's quota (one conditional update on the
// branch's counter), a person nominates themself where the category allows it, withdrawals, the
// admin's review (accept / return / reject with a reason, audited, the filer told), and the lists.
import type { NominationRow } from '../../domain/awards/contract';
import {
  HOLDS_PLACE,
  RENOMINABLE,
  nominationIdOf,
  nominationOpen,
  quotaCounterIdOf,
  quotaFor,
} from '../../domain/awards/rules';
import { VisibleError } from '../../domain/errors';
import { notice } from '../../domain/notify/builders';
import { pages } from '../../domain/pages';
import { beijingDateTime, beijingDay } from '../../domain/time';
import { audit, type CallContext, type Db } from '../_kit';
import { getStaff, listBranches } from '../_kit/roster-repo';
import { enqueueNotice } from '../notify/enqueue';
import {
  addNomination,
  ensureCounter,
  getCounter,
  getNomination,
  holdsPlace,
  listNominations,
  releasePlace,
  renominate,
  setStatus,
  takePlace,
  type NominationDoc,
} from './nomination-repo';
import type { CategoryDoc, RoundDoc } from './round-repo';
import { activeMembers, chairedBranch, loadRound } from './rounds';
import { isDuplicate } from '../_kit/db-errors';

const UNKNOWN_STAFF = '没有找到这个工号的教职工，请核对工号（只能提名本分工会的教职工）。';

export function categoryOf(r: RoundDoc, categoryId: string): CategoryDoc {
  const c = r.categories.find((x) => x.id === categoryId);
  if (!c) throw new VisibleError('awards.not_found', '没有找到这个荣誉类别，请返回重新选择。');
  return c;
}

export async function loadNomination(db: Db, nominationId: string): Promise<NominationDoc> {
  const n = await getNomination(db, nominationId);
  if (!n) throw new VisibleError('awards.not_found', '没有找到这条提名，请返回列表刷新。');
  return n;
}

/** Takes a place on the branch's counter, creating the counter (with its quota) on first use. */
async function takeBranchPlace(
  db: Db,
  r: RoundDoc,
  c: CategoryDoc,
  branchId: string,
  staffNo: string,
  now: Date,
): Promise<'taken' | 'full' | 'held'> {
  const counterId = quotaCounterIdOf(r._id, c.id, branchId);
  // the common case: the counter exists and has a place — one conditional update
  if (await takePlace(db, counterId, staffNo, now)) return 'taken';
  if (await holdsPlace(db, counterId, staffNo)) return 'held';
  if (!(await getCounter(db, counterId))) {
    // the branch's first nomination in this category: the quota is fixed now (first one stands)
    const members = 'share' in c.quota ? await activeMembers(db, branchId) : 0;
    const quota = quotaFor(c.quota, members);
    await ensureCounter(db, {
      _id: counterId,
      roundId: r._id,
      categoryId: c.id,
      branchId,
      quota,
      used: 0,
      left: quota,
    });
    if (await takePlace(db, counterId, staffNo, now)) return 'taken';
    if (await holdsPlace(db, counterId, staffNo)) return 'held';
  }
  return 'full';
}

export async function nominate(
  input: { roundId: string; categoryId: string; staffNo: string; reason: string },
  ctx: CallContext,
) {
  const { db, now } = ctx;
  const me = ctx.me();
  const [r, person] = await Promise.all([
    loadRound(db, input.roundId),
    getStaff(db, input.staffNo),
  ]);
  const c = categoryOf(r, input.categoryId);
  const self = input.staffNo === me.staffNo;
  const admin = ctx.can('admin');
  // another branch's staff answer exactly as an unknown 工号 does: no existence leak
  const mayNominate =
    person !== null &&
    person.active &&
    (admin || ctx.can('branch_chair', { branchId: person.branchId }) || (self && c.selfNomination));
  if (!mayNominate) {
    if (self && !c.selfNomination && !chairedBranch(ctx)) {
      throw new VisibleError('awards.no_self', `“${c.name}”不接受自荐，请由分工会推荐。`);
    }
    if (!chairedBranch(ctx) && !admin && !self) {
      throw new VisibleError('awards.forbidden', '只有分工会主席可以提名本分工会的教职工。');
    }
    throw new VisibleError('awards.unknown_staff', UNKNOWN_STAFF);
  }
  if (!nominationOpen(r, now)) {
    throw new VisibleError(
      'awards.closed',
      `现在不在提名时间内（${beijingDateTime(r.nominateOpenAt)} 至 ${beijingDateTime(r.nominateCloseAt)}）。`,
    );
  }
  const nominationId = nominationIdOf(r._id, c.id, person.staffNo);
  const taken = await takeBranchPlace(db, r, c, person.branchId, person.staffNo, now);
  if (taken === 'full') {
    throw new VisibleError(
      'awards.quota_full',
      `本分工会“${c.name}”的名额已经用完。如需换人，可先撤回一位再提名。`,
    );
  }
  if (taken === 'held') {
    // already holds a place: nominated (or a retry of this very call) — either way, said plainly
    throw new VisibleError(
      'awards.already',
      `${person.name}已经被提名为“${c.name}”，不用重复提名。`,
    );
  }
  const fields = {
    reason: input.reason,
    by: me.staffNo,
    self,
    name: person.name,
    branchId: person.branchId,
  };
  try {
    await addNomination(db, {
      _id: nominationId,
      roundId: r._id,
      categoryId: c.id,
      staffNo: person.staffNo,
      status: 'submitted',
      reviewReason: '',
      createdAt: now,
      ...fields,
    });
    await audit(ctx, { target: nominationId, outcome: self ? 'self' : 'ok' });
    return { nominationId };
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
  // nominated before: again only when that nomination was returned or withdrawn
  if (await renominate(db, nominationId, RENOMINABLE, fields)) {
    await audit(ctx, { target: nominationId, outcome: 'again' });
    return { nominationId };
  }
  await releasePlace(db, quotaCounterIdOf(r._id, c.id, person.branchId), person.staffNo);
  const old = await getNomination(db, nominationId);
  if (old?.status === 'rejected') {
    throw new VisibleError(
      'awards.rejected',
      `${person.name}的“${c.name}”提名已未通过审核，不能再次提名。`,
    );
  }
  throw new VisibleError('awards.already', `${person.name}已经被提名为“${c.name}”，不用重复提名。`);
}

/** Gives a nomination's place back (at most once: only its holder's mark is removed). */
async function giveBack(db: Db, n: NominationDoc) {
  await releasePlace(db, quotaCounterIdOf(n.roundId, n.categoryId, n.branchId), n.staffNo);
}

export async function withdraw(input: { nominationId: string }, ctx: CallContext) {
  const me = ctx.me();
  const found = await getNomination(ctx.db, input.nominationId);
  const mine =
    found &&
    (ctx.can('admin') ||
      ctx.can('branch_chair', { branchId: found.branchId }) ||
      (found.self && found.staffNo === me.staffNo));
  // a missing nomination answers as someone else's does: nominations' ids can be guessed
  if (!found || !mine) {
    throw new VisibleError('awards.forbidden', '只能撤回本分工会的提名或自己的自荐。');
  }
  const n = found;
  const r = await loadRound(ctx.db, n.roundId);
  if (r.stage !== 'nominating') {
    throw new VisibleError('awards.wrong_stage', '提名阶段已经结束，不能再撤回。');
  }
  const from = [...HOLDS_PLACE, 'returned'] as const;
  if (!(await setStatus(ctx.db, n._id, from, 'withdrawn'))) {
    const now = await loadNomination(ctx.db, n._id);
    if (now.status !== 'withdrawn') {
      throw new VisibleError('awards.wrong_stage', '这条提名已经审核完毕，不能撤回。');
    }
  }
  await giveBack(ctx.db, n);
  await audit(ctx, { target: n._id, outcome: 'withdrawn' });
  return { status: 'withdrawn' as const };
}

export async function review(
  input: { nominationId: string; decision: 'accept' | 'return' | 'reject'; reason: string },
  ctx: CallContext,
) {
  const n = await loadNomination(ctx.db, input.nominationId);
  const r = await loadRound(ctx.db, n.roundId);
  if (r.stage !== 'nominating') {
    throw new VisibleError('awards.wrong_stage', '评委投票已经开始，不能再改审核结果。');
  }
  const to: 'accepted' | 'returned' | 'rejected' =
    input.decision === 'accept'
      ? 'accepted'
      : input.decision === 'return'
        ? 'returned'
        : 'rejected';
  const from = input.decision === 'accept' ? (['submitted'] as const) : HOLDS_PLACE;
  const changed = await setStatus(ctx.db, n._id, from, to, { reviewReason: input.reason });
  if (!changed) {
    const cur = await loadNomination(ctx.db, n._id);
    if (cur.status !== to) {
      throw new VisibleError('awards.wrong_stage', '这条提名的状态已经变了，请刷新后再审核。');
    }
  }
  if (to !== 'accepted') await giveBack(ctx.db, n);
  await audit(ctx, { target: n._id, outcome: to });
  // a retried review (already changed) queues the same notice id: it lands once
  await noticeReview(ctx, n, r, to);
  return { status: to };
}

const REVIEW_WORDS = {
  accepted: { result: '已通过', body: '已通过审核，进入评委投票。', tip: '进入评委投票' },
  returned: {
    result: '已退回',
    body: '被退回，请打开小程序查看原因，修改后再提交。',
    tip: '请查看原因，修改后再提交',
  },
  rejected: {
    result: '未通过',
    body: '没有通过审核，请打开小程序查看原因。',
    tip: '请打开小程序查看原因',
  },
} as const;

/** To whoever filed the nomination (a chair, or the person themself): the decision and where to
 * look; never the admin's reason or the nomination's text (those stay in the app). */
async function noticeReview(
  ctx: CallContext,
  n: NominationDoc,
  r: RoundDoc,
  to: keyof typeof REVIEW_WORDS,
) {
  const w = REVIEW_WORDS[to];
  const category = r.categories.find((c) => c.id === n.categoryId)?.name ?? '';
  const who = n.self ? '你的自荐' : `你提名的 ${n.name}`;
  await enqueueNotice(
    ctx.db,
    notice('award_review', {
      subject: n._id,
      slot: `${to}:${beijingDay(ctx.now)}`,
      staffNo: n.by,
      title: `${r.name}：提名${w.result}`,
      body: `${who}${category ? `（${category}）` : ''}${w.body}`,
      page: pages.awards.nominate({ round: r._id }),
      fields: { title: r.name, result: w.result, tip: w.tip },
    }),
    ctx.now,
  );
}

export async function rowsOf(db: Db, r: RoundDoc, list: NominationDoc[]): Promise<NominationRow[]> {
  const branches = new Map((await listBranches(db)).map((b) => [b._id, b.name]));
  const cats = new Map(r.categories.map((c) => [c.id, c.name]));
  return list.map((n) => ({
    nominationId: n._id,
    staffNo: n.staffNo,
    name: n.name,
    branchId: n.branchId,
    branchName: branches.get(n.branchId) ?? n.branchId,
    categoryId: n.categoryId,
    categoryName: cats.get(n.categoryId) ?? n.categoryId,
    status: n.status,
    reason: n.reason,
    reviewReason: n.reviewReason,
    self: n.self,
  }));
}

export async function nominations(input: { roundId: string }, ctx: CallContext) {
  const r = await loadRound(ctx.db, input.roundId);
  return { items: await rowsOf(ctx.db, r, await listNominations(ctx.db, r._id)) };
}

/** A chair's branch's nominations and my own self-nominations. */
export async function mine(input: { roundId: string }, ctx: CallContext) {
  const me = ctx.me();
  const r = await loadRound(ctx.db, input.roundId);
  const branchId = chairedBranch(ctx);
  const [branch, own] = await Promise.all([
    branchId ? listNominations(ctx.db, r._id, { branchId }) : Promise.resolve([]),
    listNominations(ctx.db, r._id, { staffNo: me.staffNo }),
  ]);
  const byId = new Map<string, NominationDoc>();
  for (const n of [...branch, ...own]) byId.set(n._id, n);
  return { items: await rowsOf(ctx.db, r, [...byId.values()]) };
}
