// Proposals (提案与建议): filed in the period (by the filing date), accepted for handling,
// answered, still being handled, and the proposers' satisfaction with the last answer.
import { COLLECTIONS } from '../../../database/collections';
import {
  KIND_LABELS,
  STATUS_LABELS,
  type ProposalKind,
  type ProposalStatus,
} from '../../../domain/proposals/model';
import type { FigureSet } from '../../../domain/report/contract';
import { instantsOf, percent, rate } from '../../../domain/report/rules';
import { beijingDay } from '../../../domain/time';
import {
  AGG_LIMIT,
  instantsBetween,
  periodOf,
  rowsOf,
  type DetailInput,
  type Section,
} from './section';

type Figures = FigureSet['proposals'];

const ACCEPTED = new Set(['accepted', 'in_handling', 'answered', 'closed']);
const ANSWERED = new Set(['answered', 'closed']);
const HANDLING = new Set(['accepted', 'in_handling']);
const SATISFIED = new Set(['满意', '基本满意']);

export const proposalsSection: Section<'proposals'> = {
  key: 'proposals',
  title: '提案建议',
  async compute({ db, cur, prev, branchId }) {
    const $ = db.command.aggregate;
    const periods = { cur, prev };
    let q = db
      .collection(COLLECTIONS.proposals)
      .aggregate()
      .match({ filedAt: instantsBetween(db, periods) });
    if (branchId)
      q = q
        .lookup({
          from: COLLECTIONS.staff,
          localField: 'proposer.staffNo',
          foreignField: 'staffNo',
          as: 'who',
        })
        .match({ 'who.branchId': branchId });
    const res = await q
      .group({
        _id: {
          p: periodOf(db, 'filedAt', periods, 'instant'),
          kind: '$kind',
          status: '$status',
          rating: $.arrayElemAt(['$ratings.rating', -1]),
        },
        n: $.sum(1),
      })
      .limit(AGG_LIMIT)
      .end();
    type Row = {
      _id: { p: string; kind: string; status: string; rating?: string | null };
      n: number;
    };
    const rows = rowsOf<Row>(res);
    const fig = (period: 'c' | 'p'): Figures => {
      const f = {
        filed: 0,
        proposals: 0,
        suggestions: 0,
        accepted: 0,
        answered: 0,
        inHandling: 0,
        rated: 0,
        satisfied: 0,
        satisfaction: 0,
      };
      for (const r of rows) {
        if (r._id.p !== period) continue;
        f.filed += r.n;
        if (r._id.kind === 'proposal') f.proposals += r.n;
        else f.suggestions += r.n;
        if (ACCEPTED.has(r._id.status)) f.accepted += r.n;
        if (ANSWERED.has(r._id.status)) f.answered += r.n;
        if (HANDLING.has(r._id.status)) f.inHandling += r.n;
        if (r._id.rating) {
          f.rated += r.n;
          if (SATISFIED.has(r._id.rating)) f.satisfied += r.n;
        }
      }
      f.satisfaction = rate(f.satisfied, f.rated);
      return f;
    };
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '收到（件）', value: f.filed, previous: p ? p.filed : '' },
      { item: '其中：提案', value: f.proposals, previous: p ? p.proposals : '' },
      { item: '其中：建议', value: f.suggestions, previous: p ? p.suggestions : '' },
      { item: '立案（件）', value: f.accepted, previous: p ? p.accepted : '' },
      { item: '已答复（件）', value: f.answered, previous: p ? p.answered : '' },
      { item: '正在办理（件）', value: f.inHandling, previous: p ? p.inHandling : '' },
      {
        item: '满意率',
        value: f.rated ? percent(f.satisfaction) : '—',
        previous: p && p.rated ? percent(p.satisfaction) : '',
      },
    ];
  },
  details: { 'proposals.filed': filedList },
};

async function filedList({ db, span, branchId, skip, limit }: DetailInput) {
  const $ = db.command.aggregate;
  const _ = db.command;
  const { start, end } = instantsOf(span);
  const base = () => {
    const q = db
      .collection(COLLECTIONS.proposals)
      .aggregate()
      .match({ filedAt: _.gte(start).and(_.lt(end)) });
    return branchId
      ? q
          .lookup({
            from: COLLECTIONS.staff,
            localField: 'proposer.staffNo',
            foreignField: 'staffNo',
            as: 'who',
          })
          .match({ 'who.branchId': branchId })
      : q;
  };
  const [page, count] = await Promise.all([
    base()
      .sort({ filedAt: 1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .project({ title: 1, kind: 1, status: 1, filedAt: 1, proposer: 1 })
      .end(),
    base()
      .group({ _id: null, n: $.sum(1) })
      .limit(1)
      .end(),
  ]);
  type Row = {
    title: string;
    kind: ProposalKind;
    status: ProposalStatus;
    filedAt: Date | string;
    proposer: { name: string };
  };
  return {
    title: '收到的提案和建议',
    columns: [
      { key: 'title', label: '标题' },
      { key: 'kind', label: '类型' },
      { key: 'proposer', label: '提出人' },
      { key: 'status', label: '状态' },
      { key: 'on', label: '提交日期' },
    ],
    rows: rowsOf<Row>(page).map((r) => ({
      title: r.title,
      kind: KIND_LABELS[r.kind] ?? r.kind,
      proposer: r.proposer?.name ?? '',
      status: STATUS_LABELS[r.status] ?? r.status,
      on: beijingDay(new Date(r.filedAt)),
    })),
    total: rowsOf<{ n: number }>(count)[0]?.n ?? 0,
  };
}
