// Welfare (普惠福利): batches opened, gifts handed over (a claim counts in the period its hand-over
// falls in) and their value: Σ handed over × the chosen option's value, in fen.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import { yuan } from '../../../domain/report/rules';
import { beijingDateTime, beijingDay } from '../../../domain/time';
import type { Db } from '../../_kit';
import {
  AGG_LIMIT,
  branchWhere,
  bump,
  instantsBetween,
  instantsIn,
  pageOf,
  perBranch,
  periodOf,
  periodOfValue,
  rowsOf,
  type DetailInput,
  type Section,
  recordsOf,
  type Where,
} from './section';

type Figures = FigureSet['welfare'];

interface BatchRow {
  _id: string;
  name: string;
  claimOpenAt: Date | string;
  options: { id: string; name: string; valueFen?: number | null }[];
}

/** Batches by id or opened in the periods: names and option values only (never the ledger). */
const batchesOf = (db: Db, where: Where) =>
  recordsOf<BatchRow>(db, COLLECTIONS.welfareBatches, where, [
    '_id',
    'name',
    'claimOpenAt',
    'options',
  ]);

export const welfareSection: Section<'welfare'> = {
  key: 'welfare',
  title: '福利发放',
  async compute({ db, cur, prev, branchId, branches }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const handed = await db
      .collection(COLLECTIONS.welfareClaims)
      .aggregate()
      .match({ handedOverAt: instantsBetween(db, periods), ...branchWhere(branchId) })
      .group({
        _id: {
          batch: '$batchId',
          option: '$optionId',
          branch: '$branchId',
          p: periodOf(db, 'handedOverAt', periods, 'instant'),
        },
        n: $.sum(1),
      })
      .limit(AGG_LIMIT)
      .end();
    const rows = rowsOf<{
      _id: { batch: string; option: string; branch: string; p: string };
      n: number;
    }>(handed);
    const batchIds = [...new Set(rows.map((r) => r._id.batch))];
    const batches = await batchesOf(
      db,
      batchIds.length
        ? _.or([{ _id: _.in(batchIds) }, { claimOpenAt: instantsBetween(db, periods) }])
        : { claimOpenAt: instantsBetween(db, periods) },
    );
    const byId = new Map(batches.map((b) => [b._id, b]));
    const valueOf = (batch: string, option: string) =>
      byId.get(batch)?.options.find((o) => o.id === option)?.valueFen ?? 0;

    const figures = (period: 'c' | 'p'): Figures => {
      const count = new Map<string, number>();
      const value = new Map<string, number>();
      const branch = new Map<string, number>();
      let handedOver = 0;
      let valueFen = 0;
      for (const r of rows) {
        if (r._id.p !== period) continue;
        const v = valueOf(r._id.batch, r._id.option) * r.n;
        handedOver += r.n;
        valueFen += v;
        bump(count, r._id.batch, r.n);
        bump(value, r._id.batch, v);
        bump(branch, r._id.branch, r.n);
      }
      const opened = batches.filter(
        (b) => periodOfValue(new Date(b.claimOpenAt), periods) === period,
      );
      const shown = [...new Set([...opened.map((b) => b._id), ...count.keys()])];
      return {
        batches: opened.length,
        handedOver,
        valueFen,
        byBatch: shown
          .map((id) => ({
            key: id,
            label: byId.get(id)?.name ?? id,
            value: count.get(id) ?? 0,
            valueFen: value.get(id) ?? 0,
            at: byId.get(id) ? new Date(byId.get(id)!.claimOpenAt).getTime() : 0,
          }))
          .sort((a, b) => a.at - b.at)
          .map(({ at: _at, ...b }) => b),
        byBranch: period === 'c' ? perBranch(branches, branch) : [],
      };
    };
    return { cur: figures('c'), prev: figures('p') };
  },
  sheet(f, p) {
    return [
      { item: '福利发放（次）', value: f.batches, previous: p ? p.batches : '' },
      { item: '发放礼包（份）', value: f.handedOver, previous: p ? p.handedOver : '' },
      {
        item: '礼包价值（元）',
        value: Number(yuan(f.valueFen)),
        previous: p ? Number(yuan(p.valueFen)) : '',
      },
      ...f.byBatch.map((b) => ({
        item: `${b.label}（份 / 元）`,
        value: `${b.value} 份 / ${yuan(b.valueFen)} 元`,
        previous: '' as const,
      })),
    ];
  },
  details: {
    'welfare.batches': batchList,
    'welfare.handedOver': handedList,
  },
};

async function batchList({ db, span, skip, limit }: DetailInput) {
  const where = { claimOpenAt: instantsIn(db, span) };
  const { rows, total } = await pageOf<BatchRow>(
    db,
    COLLECTIONS.welfareBatches,
    where,
    { name: true, claimOpenAt: true, options: true },
    { skip, limit },
    [['claimOpenAt', 'asc']],
  );
  return {
    title: '福利发放',
    columns: [
      { key: 'name', label: '福利发放' },
      { key: 'opens', label: '开始领取' },
      { key: 'options', label: '礼包' },
    ],
    rows: rows.map((b) => ({
      name: b.name,
      opens: beijingDay(new Date(b.claimOpenAt)),
      options: b.options.map((o) => o.name).join('、'),
    })),
    total,
  };
}

async function handedList({ db, span, branchId, skip, limit, branchName }: DetailInput) {
  const _ = db.command;
  const where = { handedOverAt: instantsIn(db, span), ...branchWhere(branchId) };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.welfareClaims,
    where,
    {
      batchId: true,
      optionId: true,
      staffNo: true,
      name: true,
      branchId: true,
      handedOverAt: true,
    },
    { skip, limit },
  );
  type Row = {
    batchId: string;
    optionId: string;
    staffNo: string;
    name: string;
    branchId: string;
    handedOverAt: Date | string;
  };
  const batches = await batchesOf(db, { _id: _.in([...new Set(rows.map((r) => r.batchId)), '-']) });
  const byId = new Map(batches.map((b) => [b._id, b]));
  return {
    title: '已发放的礼包',
    columns: [
      { key: 'batch', label: '福利发放' },
      { key: 'option', label: '礼包' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'at', label: '核销时间' },
    ],
    rows: rows.map((r) => ({
      batch: byId.get(r.batchId)?.name ?? '',
      option: byId.get(r.batchId)?.options.find((o) => o.id === r.optionId)?.name ?? '',
      name: r.name,
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      at: beijingDateTime(new Date(r.handedOverAt)),
    })),
    total,
  };
}
