// Care (关爱帮扶): granted cases (approved or paid, by the approval date) and their amounts by
// programme, and visits (慰问) — totals only, never a list, and cells of 1 or 2 cases are hidden
// (careCell) so a branch's figure cannot point at a person.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import { careCell, careText, yuan } from '../../../domain/report/rules';
import {
  AGG_LIMIT,
  branchWhere,
  daysBetween,
  instantsBetween,
  periodOf,
  rowsOf,
  type Section,
} from './section';

type Figures = FigureSet['care'];

const money = (fen: number | null) => (fen === null ? '—' : Number(yuan(fen)));

export const careSection: Section<'care'> = {
  key: 'care',
  title: '关爱帮扶',
  async compute({ db, cur, prev, branchId }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const years = [Number(prev.from.slice(0, 4)), Number(cur.to.slice(0, 4))];
    const [programmes, cases, visits] = await Promise.all([
      db
        .collection(COLLECTIONS.careProgrammes)
        .where({ year: _.gte(years[0]).and(_.lte(years[1])) })
        .field({ _id: true, name: true, year: true })
        .limit(1000)
        .get(),
      db
        .collection(COLLECTIONS.careCases)
        .aggregate()
        .match({
          status: _.in(['approved', 'paid']),
          approvedAt: instantsBetween(db, periods),
          ...branchWhere(branchId),
        })
        .group({
          _id: { p: periodOf(db, 'approvedAt', periods, 'instant'), programme: '$programmeId' },
          n: $.sum(1),
          fen: $.sum($.ifNull(['$amount', 0])),
        })
        .limit(AGG_LIMIT)
        .end(),
      db
        .collection(COLLECTIONS.careVisits)
        .aggregate()
        .match({ on: daysBetween(db, periods), ...branchWhere(branchId) })
        .group({
          _id: periodOf(db, 'on', periods, 'day'),
          n: $.sum(1),
          fen: $.sum($.ifNull(['$value', 0])),
        })
        .limit(AGG_LIMIT)
        .end(),
    ]);
    const names = new Map(
      (programmes.data as { _id: string; name: string }[]).map((p) => [p._id, p.name]),
    );
    type Row = { _id: { p: string; programme: string }; n: number; fen: number };
    const rows = rowsOf<Row>(cases);
    const vrows = rowsOf<{ _id: string; n: number; fen: number }>(visits);
    const fig = (period: 'c' | 'p'): Figures => {
      let n = 0;
      let fen = 0;
      const byProgramme: Figures['byProgramme'] = [];
      for (const r of rows) {
        if (r._id.p !== period) continue;
        n += r.n;
        fen += r.fen;
        byProgramme.push({
          key: r._id.programme,
          label: names.get(r._id.programme) ?? '帮扶项目',
          ...careCell(r.n, r.fen),
        });
      }
      const v = vrows.find((r) => r._id === period);
      const out = {
        cases: careCell(n, fen),
        byProgramme: byProgramme.sort((a, b) => a.label.localeCompare(b.label)),
        visits: careCell(v?.n ?? 0, v?.fen ?? 0),
      };
      const suppressed = [out.cases, out.visits, ...out.byProgramme].some((c) => c.count === null);
      return { ...out, suppressed };
    };
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '帮扶（人次）', value: careText(f.cases), previous: p ? careText(p.cases) : '' },
      {
        item: '帮扶金额（元）',
        value: money(f.cases.amountFen),
        previous: p ? money(p.cases.amountFen) : '',
      },
      ...f.byProgramme.map((b) => ({
        item: `${b.label}（人次 / 元）`,
        value: `${careText(b)} / ${money(b.amountFen)}`,
        previous: '' as const,
      })),
      { item: '慰问（人次）', value: careText(f.visits), previous: p ? careText(p.visits) : '' },
      {
        item: '慰问品价值（元）',
        value: money(f.visits.amountFen),
        previous: p ? money(p.visits.amountFen) : '',
      },
      { item: '说明', value: '不足 3 人次的格子不显示人数和金额，以保护隐私。', previous: '' },
    ];
  },
  // no details: care is totals only
};
