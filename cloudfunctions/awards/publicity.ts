// After the vote: the 公示 (name, branch and category only) for N days, the private objections
// to the admin (audited), the final list into honours, the exports, and a person's own honours.
import type { Publicity } from '../../domain/awards/contract';
import { honourIdOf, objectionIdOf, publicityList, STATUS_LABELS } from '../../domain/awards/rules';
import { VisibleError } from '../../domain/errors';
import { beijingDateTime } from '../../domain/time';
import { audit, type CallContext } from '../_kit';
import { getStaff, listBranches } from '../_kit/roster-repo';
import { toXlsx } from '../_kit/xlsx';
import { getNomination, listNominations, setStatusMany } from './nomination-repo';
import { moveStage } from './round-repo';
import { loadRound } from './rounds';
import { computeResults, outcomeOf } from './voting';
import { addObjection, honoursWhere, objectionsOf, putHonour } from './vote-repo';

const DAY = 86_400_000;

export async function startPublicity(
  input: { roundId: string; chosen: string[] },
  ctx: CallContext,
) {
  const { db, now } = ctx;
  const r = await loadRound(db, input.roundId);
  if (r.stage === 'publicity' && r.publicityEndAt) {
    const listed = await listNominations(db, r._id, { status: 'publicized' });
    return {
      stage: 'publicity' as const,
      publicityEndAt: r.publicityEndAt.toISOString(),
      listed: listed.length,
    };
  }
  if (r.stage !== 'voting') {
    throw new VisibleError('awards.wrong_stage', '评委投票结束后才能开始公示。');
  }
  const { categories } = await computeResults(db, r);
  const chosen = new Set(input.chosen);
  const listed: string[] = [];
  for (const { category, rows, tiedPlaces } of categories) {
    const res = publicityList(rows, tiedPlaces, chosen);
    if (res.error) throw new VisibleError('awards.tie_open', `“${category.name}”：${res.error}`);
    listed.push(...res.listed);
  }
  const on = new Set(listed);
  const off = categories
    .flatMap((c) => c.rows.map((x) => x.nominationId))
    .filter((id) => !on.has(id));
  await setStatusMany(db, listed, ['accepted'], 'publicized');
  await setStatusMany(db, off, ['accepted'], 'not_selected');
  const endAt = new Date(now.getTime() + r.publicityDays * DAY);
  await moveStage(db, r._id, 'voting', 'publicity', {
    publicityStartAt: now,
    publicityEndAt: endAt,
  });
  await audit(ctx, { target: r._id, outcome: 'publicity' });
  return {
    stage: 'publicity' as const,
    publicityEndAt: endAt.toISOString(),
    listed: listed.length,
  };
}

export async function publicity(input: { roundId: string }, ctx: CallContext): Promise<Publicity> {
  ctx.me();
  const r = await loadRound(ctx.db, input.roundId);
  const shown = r.stage === 'publicity' ? 'publicized' : r.stage === 'final' ? 'awarded' : null;
  const [list, branches] = shown
    ? await Promise.all([listNominations(ctx.db, r._id, { status: shown }), listBranches(ctx.db)])
    : [[], []];
  const names = new Map(branches.map((b) => [b._id, b.name]));
  const cats = new Map(r.categories.map((c) => [c.id, c.name]));
  const order = new Map(r.categories.map((c, i) => [c.id, i]));
  return {
    roundId: r._id,
    name: r.name,
    stage: r.stage,
    publicityEndAt: r.publicityEndAt ? r.publicityEndAt.toISOString() : null,
    open: r.stage === 'publicity' && !!r.publicityEndAt && ctx.now < r.publicityEndAt,
    items: [...list]
      .sort((a, b) => (order.get(a.categoryId) ?? 0) - (order.get(b.categoryId) ?? 0))
      .map((n) => ({
        nominationId: n._id,
        name: n.name,
        branchName: names.get(n.branchId) ?? n.branchId,
        categoryName: cats.get(n.categoryId) ?? '',
      })),
  };
}

export async function object(input: { nominationId: string; text: string }, ctx: CallContext) {
  const me = ctx.me();
  const n = await getNomination(ctx.db, input.nominationId);
  // only what is on a 公示 can be objected to; anything else answers alike (no existence leak)
  const r = n && n.status === 'publicized' ? await loadRound(ctx.db, n.roundId) : null;
  const open = !!r && r.stage === 'publicity' && !!r.publicityEndAt && ctx.now < r.publicityEndAt;
  if (!n || !r || !open) {
    throw new VisibleError('awards.not_open', '现在不在公示期内，或这个人不在公示名单上。');
  }
  const added = await addObjection(ctx.db, {
    _id: objectionIdOf(n._id, me.staffNo),
    roundId: r._id,
    nominationId: n._id,
    staffNo: me.staffNo,
    text: input.text,
    at: ctx.now,
  });
  await audit(ctx, { target: n._id, outcome: added ? 'objection' : 'objection_repeat' });
  return { received: true as const };
}

export async function objections(input: { roundId: string }, ctx: CallContext) {
  const r = await loadRound(ctx.db, input.roundId);
  const [list, noms] = await Promise.all([
    objectionsOf(ctx.db, r._id),
    listNominations(ctx.db, r._id, {
      status: ctx.db.command.in(['publicized', 'awarded', 'not_selected']),
    }),
  ]);
  const byId = new Map(noms.map((n) => [n._id, n]));
  const cats = new Map(r.categories.map((c) => [c.id, c.name]));
  const people = new Map<string, string>();
  for (const no of new Set(list.map((o) => o.staffNo))) {
    people.set(no, (await getStaff(ctx.db, no))?.name ?? '');
  }
  await audit(ctx, { target: r._id, outcome: 'read' });
  return {
    items: list.map((o) => {
      const n = byId.get(o.nominationId);
      return {
        objectionId: o._id,
        nominationId: o.nominationId,
        nomineeName: n?.name ?? '',
        categoryName: n ? (cats.get(n.categoryId) ?? '') : '',
        fromStaffNo: o.staffNo,
        fromName: people.get(o.staffNo) ?? '',
        text: o.text,
        at: o.at.toISOString(),
      };
    }),
  };
}

export async function finalize(input: { roundId: string; exclude: string[] }, ctx: CallContext) {
  const { db, now } = ctx;
  const r = await loadRound(db, input.roundId);
  if (r.stage === 'final') {
    const done = await listNominations(db, r._id, { status: 'awarded' });
    return { stage: 'final' as const, awarded: done.length };
  }
  if (r.stage !== 'publicity' || !r.publicityEndAt) {
    throw new VisibleError('awards.wrong_stage', '公示结束后才能公布最终名单。');
  }
  if (now < r.publicityEndAt) {
    throw new VisibleError(
      'awards.publicity_running',
      `公示到 ${beijingDateTime(r.publicityEndAt)} 结束，之后才能公布最终名单。`,
    );
  }
  const listed = await listNominations(db, r._id, { status: 'publicized' });
  const exclude = new Set(input.exclude);
  const award = listed.filter((n) => !exclude.has(n._id));
  const cats = new Map(r.categories.map((c) => [c.id, c.name]));
  // honours first: a retried finalize writes the same documents, then the statuses follow
  for (const n of award) {
    await putHonour(db, {
      _id: honourIdOf(r._id, n.categoryId, n.staffNo),
      staffNo: n.staffNo,
      branchId: n.branchId,
      year: r.year,
      roundId: r._id,
      categoryId: n.categoryId,
      categoryName: cats.get(n.categoryId) ?? '',
      awardedAt: now,
    });
  }
  await setStatusMany(
    db,
    listed.filter((n) => exclude.has(n._id)).map((n) => n._id),
    ['publicized'],
    'not_selected',
  );
  await setStatusMany(
    db,
    award.map((n) => n._id),
    ['publicized'],
    'awarded',
  );
  await moveStage(db, r._id, 'publicity', 'final', { finalAt: now });
  await audit(ctx, { target: r._id, outcome: 'final' });
  return { stage: 'final' as const, awarded: award.length };
}

const OUTCOME_LABELS = { elected: '当选', tied: '得票并列（待定）', out: '未当选' } as const;

export async function exportResults(input: { roundId: string }, ctx: CallContext) {
  const r = await loadRound(ctx.db, input.roundId);
  const { categories, byId, names } = await computeResults(ctx.db, r);
  const rows = categories.flatMap(({ category, rows: ranked }) =>
    ranked.map((row) => {
      const n = byId.get(row.nominationId)!;
      return {
        category: category.name,
        rank: row.rank,
        name: n.name,
        staffNo: n.staffNo,
        branch: names.get(n.branchId) ?? n.branchId,
        votes: row.votes,
        outcome: OUTCOME_LABELS[outcomeOf(n, row.outcome)],
        status: STATUS_LABELS[n.status],
      };
    }),
  );
  type Row = (typeof rows)[number];
  await audit(ctx, { target: r._id, outcome: 'export' });
  return toXlsx<Row>(
    `${r.name}-评选结果.xlsx`,
    '评选结果',
    [
      { header: '荣誉类别', width: 18, value: (x) => x.category },
      { header: '名次', value: (x) => x.rank },
      { header: '姓名', value: (x) => x.name },
      { header: '工号', value: (x) => x.staffNo },
      { header: '分工会', width: 20, value: (x) => x.branch },
      { header: '得票', value: (x) => x.votes },
      { header: '结果', width: 16, value: (x) => x.outcome },
      { header: '状态', value: (x) => x.status },
    ],
    rows,
  );
}

export async function exportCertificates(input: { roundId: string }, ctx: CallContext) {
  const r = await loadRound(ctx.db, input.roundId);
  if (r.stage !== 'final' && r.stage !== 'publicity') {
    throw new VisibleError('awards.wrong_stage', '公示开始后才有证书名单。');
  }
  const shown = r.stage === 'final' ? 'awarded' : 'publicized';
  const [list, branches] = await Promise.all([
    listNominations(ctx.db, r._id, { status: shown }),
    listBranches(ctx.db),
  ]);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  const order = new Map(r.categories.map((c, i) => [c.id, i]));
  const cats = new Map(r.categories.map((c) => [c.id, c.name]));
  const rows = [...list].sort(
    (a, b) =>
      (order.get(a.categoryId) ?? 0) - (order.get(b.categoryId) ?? 0) ||
      a.branchId.localeCompare(b.branchId) ||
      a.staffNo.localeCompare(b.staffNo),
  );
  await audit(ctx, { target: r._id, outcome: 'export' });
  return toXlsx<(typeof rows)[number]>(
    `${r.name}-证书名单.xlsx`,
    '证书名单',
    [
      { header: '序号', value: (n) => rows.indexOf(n) + 1 },
      { header: '年度', value: () => r.year },
      { header: '荣誉称号', width: 20, value: (n) => cats.get(n.categoryId) ?? '' },
      { header: '姓名', value: (n) => n.name },
      { header: '分工会', width: 20, value: (n) => names.get(n.branchId) ?? n.branchId },
      { header: '工号', value: (n) => n.staffNo },
    ],
    rows,
  );
}

export async function myHonours(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const list = await honoursWhere(ctx.db, { staffNo: me.staffNo });
  return {
    items: list.map((h) => ({ year: h.year, roundId: h.roundId, categoryName: h.categoryName })),
  };
}
