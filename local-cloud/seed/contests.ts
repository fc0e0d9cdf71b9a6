// Demo judged contest: 第十届青年教师教学竞赛 (DOMAIN.md: 教学设计 20, 课堂教学 75, 教学反思 5; a
// college round, then a university final), three contestants from each of four colleges who
// are 40 or younger, three judges of whom two have submitted every sheet; the third (dev-100009)
// can score live in the demo while the hall's scoreboard updates.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { isDuplicate } from '../../cloudfunctions/_kit/db-errors';
import { grantRole } from '../../cloudfunctions/_kit/roster-repo';
import {
  checkEligibility,
  entryIdOf,
  judgeTotal,
  sheetIdOf,
  weightedSum,
} from '../../domain/contests/rules';

export const DEMO_CONTEST_ID = 'jc-teaching-2026';
/** the demo judges: the first two have submitted their sheets, the third has not */
export const DEMO_JUDGES = ['100007', '100008', '100009'] as const;
export const DEMO_LIVE_JUDGE = DEMO_JUDGES[2];

const CRITERIA = [
  { name: '教学设计', weight: 20 },
  { name: '课堂教学', weight: 75 },
  { name: '教学反思', weight: 5 },
];
const ELIGIBILITY = { onDay: '2026-09-01', maxAge: 40, minServiceYears: null };
/** four colleges (分工会 b02–b05) in the demo's college round */
const COLLEGES = ['b02', 'b03', 'b04', 'b05'];
const PER_COLLEGE = 3;

/** A plausible score 78–96.5 in halves, the same on every seeding. */
const demoScore = (entry: number, judge: number, criterion: number) =>
  78 + ((entry * 7 + judge * 11 + criterion * 5) % 19) * 0.5 + (entry % 3) * 2;

export async function seedContests(db: Db, now: Date): Promise<void> {
  const existing = await db.collection(COLLECTIONS.contestDefs).doc(DEMO_CONTEST_ID).get();
  if ((existing.data as unknown[]).length) return;
  const _ = db.command;
  const staff = (
    await db
      .collection(COLLECTIONS.staff)
      .where({ active: true, status: '在职', branchId: _.in(COLLEGES) })
      .orderBy('_id', 'asc')
      .limit(1000)
      .get()
  ).data as {
    staffNo: string;
    name: string;
    branchId: string;
    birth?: string;
    joinedOn?: string;
  }[];
  const picked = COLLEGES.flatMap((b) =>
    staff
      .filter(
        (s) =>
          s.branchId === b &&
          !(DEMO_JUDGES as readonly string[]).includes(s.staffNo) &&
          s.birth &&
          checkEligibility(ELIGIBILITY, s).ok,
      )
      .slice(0, PER_COLLEGE),
  );
  const entries = picked.map((s) => ({
    _id: entryIdOf(DEMO_CONTEST_ID, s.staffNo),
    contestId: DEMO_CONTEST_ID,
    staffNo: s.staffNo,
    name: s.name,
    branchId: s.branchId,
    round: 0,
    notes: [],
    registeredBy: '100001',
    registeredAt: now,
  }));
  const sheets = entries.flatMap((e, i) =>
    DEMO_JUDGES.slice(0, 2).map((judge, j) => {
      const scores: Record<string, number> = {};
      CRITERIA.forEach((k, c) => (scores[k.name] = Math.min(100, demoScore(i, j, c))));
      return {
        _id: sheetIdOf(e._id, 0, judge),
        contestId: DEMO_CONTEST_ID,
        round: 0,
        entryId: e._id,
        staffNo: e.staffNo,
        judge,
        scores,
        sum: weightedSum(CRITERIA, scores),
        total: judgeTotal(CRITERIA, scores),
        locked: true,
        submittedAt: now,
      };
    }),
  );
  for (const e of entries) await put(db, COLLECTIONS.contestEntries, e);
  for (const s of sheets) await put(db, COLLECTIONS.contestSheets, s);
  for (const judge of DEMO_JUDGES)
    await grantRole(db, judge, { role: 'judge', contestId: DEMO_CONTEST_ID });
  // the contest last: it is only visible once its entries and sheets are there
  await put(db, COLLECTIONS.contestDefs, {
    _id: DEMO_CONTEST_ID,
    name: '第十届青年教师教学竞赛',
    status: 'active',
    criteria: CRITERIA,
    judges: [...DEMO_JUDGES],
    rounds: [
      { name: '学院初赛', groupBy: 'branch', advance: 2, judges: [...DEMO_JUDGES] },
      { name: '校级决赛', groupBy: 'all', advance: null, judges: [...DEMO_JUDGES] },
    ],
    currentRound: 0,
    eligibility: ELIGIBILITY,
    registerCloseAt: null,
    createdAt: now,
    createdBy: '100001',
  });
}

/** Adds a document; one left by an earlier, interrupted seeding stays as it is. */
async function put(db: Db, collection: string, doc: { _id: string } & Record<string, unknown>) {
  try {
    await db.collection(collection).add(doc);
  } catch (e) {
    if (!isDuplicate(e)) throw e;
  }
}
