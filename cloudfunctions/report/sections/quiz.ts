// Knowledge contests (知识竞赛): contests opening in the period, attempts taken, distinct people
// and their branches, and the mean best score, from each person's counter of a contest (attempts
// used and best score) — one read of the contests and one aggregation of the counters.
import { COLLECTIONS } from '../../../database/collections';
import type { FigureSet } from '../../../domain/report/contract';
import { averageOf } from '../../../domain/report/rules';
import type { Db } from '../../_kit';
import { getStaffMany } from '../../_kit/roster-repo';
import {
  AGG_LIMIT,
  branchLines,
  branchWhere,
  instantsBetween,
  instantsIn,
  pageOf,
  perBranch,
  periodOfValue,
  rowsOf,
  type DetailInput,
  type Section,
  recordsOf,
} from './section';

type Figures = FigureSet['quiz'];

interface ContestRow {
  _id: string;
  name: string;
  openAt: Date | string;
}

const contestsOf = (db: Db, where: Record<string, unknown>) =>
  recordsOf<ContestRow>(db, COLLECTIONS.quizContests, where, ['_id', 'name', 'openAt']);

interface CounterRow {
  _id: { c: string; b: string };
  attempts: number;
  bestSum: number;
  bestN: number;
  people: string[];
}

export const quizSection: Section<'quiz'> = {
  key: 'quiz',
  title: '知识竞赛',
  async compute({ db, cur, prev, branchId, branches }) {
    const $ = db.command.aggregate;
    const _ = db.command;
    const periods = { cur, prev };
    const contests = await contestsOf(db, { openAt: instantsBetween(db, periods) });
    const period = new Map(
      contests.map((c) => [c._id, periodOfValue(new Date(c.openAt), periods)]),
    );
    // a best of 0 is a score: only a missing or null best is "not scored yet"
    const hasBest = $.cond({ if: $.eq([$.ifNull(['$best', null]), null]), then: 0, else: 1 });
    const res = contests.length
      ? await db
          .collection(COLLECTIONS.quizAttemptCounts)
          .aggregate()
          .match({
            contestId: _.in(contests.map((c) => c._id)),
            used: _.gt(0),
            ...branchWhere(branchId),
          })
          .group({
            _id: { c: '$contestId', b: '$branchId' },
            attempts: $.sum('$used'),
            bestSum: $.sum($.ifNull(['$best', 0])),
            bestN: $.sum(hasBest),
            people: $.addToSet('$staffNo'),
          })
          .limit(AGG_LIMIT)
          .end()
      : { data: [] };
    const rows = rowsOf<CounterRow>(res);
    const fig = (p: 'c' | 'p'): Figures => {
      const mine = rows.filter((r) => period.get(r._id.c) === p);
      const everyone = new Set<string>();
      const people = new Map<string, Set<string>>();
      for (const r of mine) {
        const set = people.get(r._id.b) ?? new Set<string>();
        for (const s of r.people) {
          everyone.add(s);
          set.add(s);
        }
        people.set(r._id.b, set);
      }
      return {
        contests: contests.filter((c) => period.get(c._id) === p).length,
        attempts: mine.reduce((s, r) => s + r.attempts, 0),
        people: everyone.size,
        averageBest: averageOf(
          mine.reduce((s, r) => s + r.bestSum, 0),
          mine.reduce((s, r) => s + r.bestN, 0),
        ),
        byBranch:
          p === 'c' ? perBranch(branches, new Map([...people].map(([b, s]) => [b, s.size]))) : [],
      };
    };
    return { cur: fig('c'), prev: fig('p') };
  },
  sheet(f, p) {
    return [
      { item: '举办知识竞赛（场）', value: f.contests, previous: p ? p.contests : '' },
      { item: '答题（人次）', value: f.attempts, previous: p ? p.attempts : '' },
      { item: '参加教职工（人）', value: f.people, previous: p ? p.people : '' },
      { item: '平均最好成绩（分）', value: f.averageBest, previous: p ? p.averageBest : '' },
      ...branchLines(f.byBranch, (b) => `${b}参加（人）`),
    ];
  },
  details: { 'quiz.people': participantList },
};

/** Who took part, one line per person per contest (the contest's standings are public to staff). */
async function participantList({ db, span, branchId, skip, limit, branchName }: DetailInput) {
  const _ = db.command;
  const contests = await contestsOf(db, { openAt: instantsIn(db, span) });
  const byId = new Map(contests.map((c) => [c._id, c]));
  const where = {
    contestId: _.in([...byId.keys(), '-']),
    used: _.gt(0),
    ...branchWhere(branchId),
  };
  const { rows, total } = await pageOf<Row>(
    db,
    COLLECTIONS.quizAttemptCounts,
    where,
    { contestId: true, staffNo: true, branchId: true, used: true, best: true },
    { skip, limit },
  );
  type Row = { contestId: string; staffNo: string; branchId: string; used: number; best?: number };
  const staff = await getStaffMany(db, [...new Set(rows.map((r) => r.staffNo))]);
  return {
    title: '参加知识竞赛的教职工',
    columns: [
      { key: 'contest', label: '竞赛' },
      { key: 'name', label: '姓名' },
      { key: 'staffNo', label: '工号' },
      { key: 'branch', label: '分工会' },
      { key: 'attempts', label: '答题次数' },
      { key: 'best', label: '最好成绩' },
    ],
    rows: rows.map((r) => ({
      contest: byId.get(r.contestId)?.name ?? '',
      name: staff.get(r.staffNo)?.name ?? '',
      staffNo: r.staffNo,
      branch: branchName(r.branchId),
      attempts: r.used,
      best: typeof r.best === 'number' ? r.best : '—',
    })),
    total,
  };
}
