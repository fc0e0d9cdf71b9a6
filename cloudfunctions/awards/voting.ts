// The committee's vote: a judge of the round sees the accepted nominations per category and gives
// up to M votes in each (one per nominee, idempotent); the results rank them with ties left open.
import type { Ballot, Results } from '../../domain/awards/contract';
import { ballotCounterIdOf, rankCategory } from '../../domain/awards/rules';
import { VisibleError } from '../../domain/errors';
import type { CallContext, Db } from '../_kit';
import { listBranches } from '../_kit/roster-repo';
import { listNominations, type NominationDoc } from './nomination-repo';
import type { CategoryDoc, RoundDoc } from './round-repo';
import { categoryOf, loadNomination } from './nominating';
import { loadRound } from './rounds';
import { ballotsOf, ensureBallot, getBallot, pick, pickedNos, unpick } from './vote-repo';

/** Nominations that went through review (and what became of them after the vote). */
const ON_BALLOT = ['accepted', 'publicized', 'not_selected', 'awarded'] as const;

/** A judge's votes per category: M, else the category's places, else 1. */
export function votesPerJudge(r: RoundDoc, c: CategoryDoc): number {
  return r.votesPerJudge ?? c.places ?? 1;
}

export async function ballot(input: { roundId: string }, ctx: CallContext): Promise<Ballot> {
  ctx.require('judge', { roundId: input.roundId });
  const me = ctx.me();
  const r = await loadRound(ctx.db, input.roundId);
  const [noms, mine, branches] = await Promise.all([
    listNominations(ctx.db, r._id, { status: 'accepted' }),
    ballotsOf(ctx.db, r._id, me.staffNo),
    listBranches(ctx.db),
  ]);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  return {
    roundId: r._id,
    stage: r.stage,
    categories: r.categories.map((c) => {
      const b = mine.find((x) => x.categoryId === c.id);
      const picked = new Set(b ? pickedNos(b) : []);
      const max = votesPerJudge(r, c);
      return {
        categoryId: c.id,
        name: c.name,
        votesPerJudge: max,
        votesLeft: Math.max(0, max - (b?.used ?? 0)),
        items: noms
          .filter((n) => n.categoryId === c.id)
          .map((n) => ({
            nominationId: n._id,
            name: n.name,
            branchName: names.get(n.branchId) ?? n.branchId,
            reason: n.reason,
            voted: picked.has(n.staffNo),
          })),
      };
    }),
  };
}

export async function vote(input: { nominationId: string; vote: boolean }, ctx: CallContext) {
  const { db, now } = ctx;
  const me = ctx.me();
  // a judge of another round learns nothing about this nomination, not even that it exists
  const roundOfId = input.nominationId.split(':')[0] ?? '';
  if (!ctx.can('judge', { roundId: roundOfId })) {
    throw new VisibleError('awards.forbidden', '你不是这次评优的评委。');
  }
  const n = await loadNomination(db, input.nominationId);
  const r = await loadRound(db, n.roundId);
  if (r.stage !== 'voting') {
    throw new VisibleError('awards.wrong_stage', '现在不是评委投票时间。');
  }
  if (n.status !== 'accepted') {
    throw new VisibleError('awards.not_on_ballot', '这条提名没有通过审核，不在投票名单里。');
  }
  const c = categoryOf(r, n.categoryId);
  const ballotId = ballotCounterIdOf(r._id, c.id, me.staffNo);
  const max = votesPerJudge(r, c);
  if (input.vote) {
    if (!(await pick(db, { _id: ballotId, max }, n.staffNo, now))) {
      let b = await getBallot(db, ballotId);
      if (!b) {
        await ensureBallot(db, {
          _id: ballotId,
          roundId: r._id,
          categoryId: c.id,
          judgeNo: me.staffNo,
          max,
          used: 0,
        });
        if (!(await pick(db, { _id: ballotId, max }, n.staffNo, now)))
          b = await getBallot(db, ballotId);
      }
      // refused: already voted for this nominee (idempotent), or no votes left in the category
      if (b && !pickedNos(b).includes(n.staffNo)) {
        throw new VisibleError(
          'awards.no_votes_left',
          `“${c.name}”每位评委最多投 ${max} 票，你已经投满了。可以先取消一票再投。`,
        );
      }
    }
  } else {
    await unpick(db, ballotId, n.staffNo);
  }
  const after = await getBallot(db, ballotId);
  return { voted: input.vote, votesLeft: Math.max(0, max - (after?.used ?? 0)) };
}

/** Votes per nominee (by 工号) in each category, from every ballot of the round. */
export async function tally(db: Db, roundId: string) {
  const ballots = await ballotsOf(db, roundId);
  const votes = new Map<string, number>();
  const judges = new Set<string>();
  for (const b of ballots) {
    judges.add(b.judgeNo);
    for (const no of pickedNos(b)) {
      const key = `${b.categoryId}:${no}`;
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
  }
  return { votes, judges: judges.size };
}

export async function computeResults(db: Db, r: RoundDoc) {
  const [noms, { votes, judges }, branches] = await Promise.all([
    listNominations(db, r._id, { status: db.command.in([...ON_BALLOT]) }),
    tally(db, r._id),
    listBranches(db),
  ]);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  const byId = new Map<string, NominationDoc>(noms.map((n) => [n._id, n]));
  const categories = r.categories.map((c) => {
    const mine = noms.filter((n) => n.categoryId === c.id);
    const places = c.places ?? mine.length;
    const { rows, tiedPlaces } = rankCategory(
      mine.map((n) => ({
        nominationId: n._id,
        votes: votes.get(`${c.id}:${n.staffNo}`) ?? 0,
        key: n.staffNo,
      })),
      places,
    );
    return { category: c, places, tiedPlaces, rows };
  });
  return { categories, judges, byId, names };
}

/** Once the 公示 is out, what was decided stands over what the votes alone would say. */
export function outcomeOf(n: NominationDoc, byVotes: 'elected' | 'tied' | 'out') {
  if (n.status === 'publicized' || n.status === 'awarded') return 'elected' as const;
  if (n.status === 'not_selected') return 'out' as const;
  return byVotes;
}

export async function results(input: { roundId: string }, ctx: CallContext): Promise<Results> {
  const r = await loadRound(ctx.db, input.roundId);
  const { categories, judges, byId, names } = await computeResults(ctx.db, r);
  return {
    roundId: r._id,
    stage: r.stage,
    judges,
    categories: categories.map(({ category, places, tiedPlaces, rows }) => ({
      categoryId: category.id,
      name: category.name,
      places,
      tiedPlaces,
      rows: rows.map((row) => {
        const n = byId.get(row.nominationId)!;
        return {
          nominationId: row.nominationId,
          staffNo: n.staffNo,
          name: n.name,
          branchName: names.get(n.branchId) ?? n.branchId,
          votes: row.votes,
          rank: row.rank,
          outcome: outcomeOf(n, row.outcome),
        };
      }),
    })),
  };
}
