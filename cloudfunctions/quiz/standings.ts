// quiz.standings / exportStandings: live individual and team tables from the per-person counters
// (best score, its time) and the roster (a team's eligible members = its active staff), and
// the same tables as .xlsx for the union office.
import type { z } from 'zod';
import type { Standings, contestRef, exportInput } from '../../domain/quiz/contract';
import { phaseOf, rankPeople, rankTeams } from '../../domain/quiz/rules';
import { audit, type CallContext } from '../_kit';
import { staffWhere } from '../_kit/roster-repo';
import { toXlsx } from '../_kit/xlsx';
import { contestCounters } from './attempt-repo';
import { loadContest } from './taking';

/** Staff see the top of the table (and their own row); admins see everyone. */
export const STAFF_TOP = 50;

async function compute(contestId: string, ctx: CallContext): Promise<Standings> {
  const contest = await loadContest(ctx, contestId);
  const [counters, staff] = await Promise.all([
    contestCounters(ctx.db, contest._id),
    staffWhere(ctx.db, { active: true }),
  ]);
  const nameOf = new Map(staff.map((s) => [s.staffNo, s.name]));
  const teamName = new Map(contest.teams.map((t) => [t.teamId, t.name]));
  const teamOfBranch = new Map<string, string>();
  for (const t of contest.teams) for (const b of t.branchIds) teamOfBranch.set(b, t.teamId);
  const members = new Map<string, number>();
  for (const s of staff) {
    if (contest.branchIds && !contest.branchIds.includes(s.branchId)) continue;
    const team = teamOfBranch.get(s.branchId);
    if (team) members.set(team, (members.get(team) ?? 0) + 1);
  }
  const took = counters.filter((c) => c.best !== null);
  const admin = ctx.can('admin');
  const people = rankPeople(
    took.map((c) => ({
      staffNo: c.staffNo,
      name: nameOf.get(c.staffNo) ?? '',
      teamId: c.teamId,
      teamName: teamName.get(c.teamId) ?? '',
      best: c.best ?? 0,
      bestMs: c.bestMs ?? 0,
      attempts: c.closed,
      flagged: admin ? c.flagged : 0,
    })),
  );
  const sums = new Map<string, { participants: number; bestSum: number }>();
  for (const c of took) {
    const s = sums.get(c.teamId) ?? { participants: 0, bestSum: 0 };
    s.participants += 1;
    s.bestSum += c.best ?? 0;
    sums.set(c.teamId, s);
  }
  const teams = rankTeams(
    contest.teams.map((t) => ({
      teamId: t.teamId,
      name: t.name,
      members: members.get(t.teamId) ?? 0,
      participants: sums.get(t.teamId)?.participants ?? 0,
      bestSum: sums.get(t.teamId)?.bestSum ?? 0,
    })),
  ).map(({ bestSum: _sum, ...t }) => ({ ...t, rate: Math.round(t.rate * 10000) / 10000 }));
  const myNo = ctx.staff?.staffNo;
  return {
    contestId: contest._id,
    name: contest.name,
    phase: phaseOf(contest.openAt, contest.closeAt, ctx.now),
    people: admin ? people : people.slice(0, STAFF_TOP),
    participants: people.length,
    teams,
    me: people.find((p) => p.staffNo === myNo) ?? null,
  };
}

export async function standings(input: z.output<typeof contestRef>, ctx: CallContext) {
  return compute(input.contestId, ctx);
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export async function exportStandings(input: z.output<typeof exportInput>, ctx: CallContext) {
  const s = await compute(input.contestId, ctx);
  await audit(ctx, { target: s.contestId, outcome: `export:${input.kind}` });
  if (input.kind === 'people') {
    return toXlsx(
      `${s.name}-个人排名.xlsx`,
      '个人排名',
      [
        { header: '名次', value: (r) => r.rank },
        { header: '工号', value: (r) => r.staffNo },
        { header: '姓名', value: (r) => r.name },
        { header: '参赛队', width: 20, value: (r) => r.teamName },
        { header: '最好成绩', value: (r) => r.best },
        { header: '用时（秒）', value: (r) => seconds(r.bestMs) },
        { header: '答题次数', value: (r) => r.attempts },
        { header: '过快次数', value: (r) => r.flagged },
      ],
      s.people,
    );
  }
  return toXlsx(
    `${s.name}-参赛队排名.xlsx`,
    '参赛队排名',
    [
      { header: '名次', value: (r) => r.rank },
      { header: '参赛队', width: 20, value: (r) => r.name },
      { header: '参与人数', value: (r) => r.participants },
      { header: '应参与人数', value: (r) => r.members },
      { header: '参与率（%）', value: (r) => Math.round(r.rate * 1000) / 10 },
      { header: '平均最好成绩', value: (r) => r.avgBest },
    ],
    s.teams,
  );
}
