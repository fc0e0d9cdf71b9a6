// Demo data for care (关爱帮扶), shaped by the union's 2023 report: 帮困送温暖 (~30 万元 for 100+
// staff), 大病补助 (14.6 万元, the 湖州-style rule), claim help for the staff service card and the
// commercial insurer, a welfare-committee member, some decided cases (with a live 公示) and visits.
// Idempotent: deterministic ids; the ledger is written from the seeded cases once.
import { COLLECTIONS } from '../../database/collections';
import type { RoleGrant } from '../../domain/account/roles';
import type { CaseDoc, ProgrammeDoc, VisitDoc, VisitReason } from '../../domain/care/model';
import { publicUntil, purgeAfter } from '../../domain/care/rules';
import { addDays, beijing, beijingDay } from '../../domain/time';
import type { Db } from '../../cloudfunctions/_kit';
import { programmeIdOf } from '../../cloudfunctions/care/programmes';

/** The welfare committee's demo member (dev sign-in: dev-100048). */
export const DEMO_CARE_COMMITTEE = '100048';
const DAY = 24 * 60 * 60 * 1000;

type Seedable = Omit<ProgrammeDoc, '_id' | 'year' | 'createdAt' | 'createdBy' | 'active'>;

const PROGRAMMES: Seedable[] = [
  {
    kind: 'hardship',
    name: '帮困送温暖',
    budget: 30_000_000,
    membersOnly: true,
    retirees: true,
    checklist: [
      { key: 'proof', label: '困难情况证明', required: true, original: true, where: '所在分工会' },
      { key: 'income', label: '家庭收入情况', required: true, original: false, where: '' },
      { key: 'photo', label: '家庭情况照片', required: false, original: false, where: '' },
    ],
    opensOn: null,
    closesOn: null,
    rule: null,
    publicity: true,
    publicityDays: 7,
    committeeAbove: 500_000,
    memberShare: 0.02,
    retentionYears: 5,
  },
  {
    kind: 'illness',
    name: '大病补助',
    budget: 20_000_000,
    membersOnly: true,
    retirees: true,
    checklist: [
      { key: 'receipts', label: '医疗费票据', required: true, original: true, where: '所在分工会' },
      { key: 'summary', label: '出院小结', required: true, original: false, where: '' },
      { key: 'bill', label: '费用明细清单', required: true, original: false, where: '' },
    ],
    opensOn: null,
    closesOn: null,
    rule: { threshold: 500_000, rate: 0.6, yearlyCap: 3_000_000 },
    publicity: true,
    publicityDays: 7,
    committeeAbove: 1_000_000,
    memberShare: 0.02,
    retentionYears: 5,
  },
  {
    kind: 'claim',
    name: '教职工服务卡理赔',
    budget: 0,
    membersOnly: true,
    retirees: false,
    checklist: [
      { key: 'form', label: '理赔申请表', required: true, original: true, where: '校工会' },
      { key: 'invoice', label: '医疗费发票', required: true, original: true, where: '校工会' },
      { key: 'record', label: '病历或诊断证明', required: true, original: false, where: '' },
    ],
    opensOn: null,
    closesOn: null,
    rule: null,
    publicity: false,
    publicityDays: 7,
    committeeAbove: 100_000_000,
    memberShare: 0.02,
    retentionYears: 3,
  },
  {
    kind: 'claim',
    name: '商业保险理赔（天安）',
    budget: 0,
    membersOnly: true,
    retirees: true,
    checklist: [
      { key: 'form', label: '理赔申请书', required: true, original: true, where: '校工会' },
      { key: 'invoice', label: '发票原件', required: true, original: true, where: '校工会' },
      { key: 'id', label: '身份证复印件', required: true, original: false, where: '' },
      { key: 'bank', label: '银行卡复印件', required: true, original: false, where: '' },
    ],
    opensOn: null,
    closesOn: null,
    rule: null,
    publicity: false,
    publicityDays: 7,
    committeeAbove: 100_000_000,
    memberShare: 0.02,
    retentionYears: 3,
  },
];

/** Decided demo cases: [staffNo, programme index, amount in fen, days ago approved, paid?]. */
const CASES: [string, number, number, number, boolean][] = [
  ['100061', 0, 300_000, 2, false],
  ['100084', 0, 200_000, 3, true],
  ['100107', 0, 300_000, 40, true],
  ['100130', 0, 500_000, 80, true],
  ['100153', 0, 200_000, 120, true],
  ['100176', 0, 300_000, 1, false],
  ['100199', 1, 420_000, 4, true],
  ['100222', 1, 1_200_000, 60, true],
];

const VISITS: [string, number, VisitReason, string, number][] = [
  ['100070', 5, 'illness', '水果、慰问金', 50_000],
  ['100093', 12, 'retirement', '纪念品', 30_000],
  ['100116', 20, 'bereavement', '慰问金', 100_000],
  ['100139', 33, 'childbirth', '慰问品', 30_000],
  ['100162', 47, 'hardship', '米、油、慰问金', 80_000],
  ['100185', 70, 'illness', '慰问金', 50_000],
];

async function has(db: Db, collection: string, id: string): Promise<boolean> {
  const res = await db.collection(collection).doc(id).get();
  return (res.data as unknown[]).length > 0;
}

export async function seedCare(db: Db, now: Date): Promise<void> {
  const year = beijing(now).year();
  const staffRes = await db
    .collection(COLLECTIONS.staff)
    .where({
      _id: db.command.in([
        DEMO_CARE_COMMITTEE,
        ...CASES.map((c) => c[0]),
        ...VISITS.map((v) => v[0]),
      ]),
    })
    .limit(1000)
    .get();
  const staff = new Map(
    (staffRes.data as { _id: string; name: string; branchId: string; roles?: RoleGrant[] }[]).map(
      (s) => [s._id, s],
    ),
  );
  if (staff.size === 0) return; // no demo roster

  const committee = staff.get(DEMO_CARE_COMMITTEE);
  if (committee && !(committee.roles ?? []).some((g) => g.role === 'care_committee'))
    await db
      .collection(COLLECTIONS.staff)
      .doc(DEMO_CARE_COMMITTEE)
      .update({ roles: db.command.set([...(committee.roles ?? []), { role: 'care_committee' }]) });

  const ids = PROGRAMMES.map((p) => programmeIdOf(p.kind, year, p.name));
  // only programmes not there yet are seeded (with their cases), so each ledger matches its cases
  const fresh = new Set<number>();
  for (const [i, id] of ids.entries())
    if (!(await has(db, COLLECTIONS.careProgrammes, id))) fresh.add(i);
  if (fresh.size === 0) return;

  const cases: CaseDoc[] = [];
  for (const [n, [staffNo, pi, amount, daysAgo, paid]] of CASES.entries()) {
    const s = staff.get(staffNo);
    if (!s || !fresh.has(pi)) continue;
    const p = PROGRAMMES[pi];
    const approvedAt = new Date(now.getTime() - daysAgo * DAY);
    const closedAt = paid ? new Date(approvedAt.getTime() + DAY) : null;
    cases.push({
      _id: `cc-demo-${n + 1}`,
      programmeId: ids[pi],
      kind: p.kind,
      year,
      staffNo,
      name: s.name,
      branchId: s.branchId,
      filedBy: staffNo,
      filedAs: 'self',
      status: paid ? 'paid' : 'approved',
      returnedFrom: null,
      story: p.kind === 'illness' ? '住院治疗，自付费用较多。' : '家庭生活困难，申请帮扶。',
      selfPaid: p.kind === 'illness' ? Math.round(amount / 0.6) + 500_000 : null,
      suggestedAmount: p.kind === 'illness' ? amount : null,
      amount,
      held: paid ? 0 : amount,
      needsCommittee: amount > p.committeeAbove,
      reason: '',
      attachments: [],
      history: [
        {
          at: approvedAt,
          by: '100001',
          role: 'admin',
          from: 'union_review',
          to: 'approved',
          amount,
          reason: '',
        },
      ],
      claimStatus: null,
      claimAmount: null,
      payment: paid
        ? { on: beijingDay(closedAt as Date), method: 'salary_card', by: '100001' }
        : null,
      submittedAt: new Date(approvedAt.getTime() - 5 * DAY),
      approvedAt,
      publicUntil: p.publicity ? publicUntil(approvedAt, p.publicityDays) : null,
      closedAt,
      purgeAfter: closedAt ? purgeAfter(closedAt, p.retentionYears) : null,
      purged: false,
      createdAt: new Date(approvedAt.getTime() - 6 * DAY),
      updatedAt: closedAt ?? approvedAt,
      version: 1,
    });
  }
  for (const c of cases)
    if (!(await has(db, COLLECTIONS.careCases, c._id)))
      await db.collection(COLLECTIONS.careCases).add({ ...c, openKey: c._id });

  for (const [i, p] of PROGRAMMES.entries()) {
    if (!fresh.has(i)) continue;
    const mine = cases.filter((c) => c.programmeId === ids[i]);
    const reserved = mine
      .filter((c) => c.status === 'approved')
      .reduce((s, c) => s + (c.amount ?? 0), 0);
    const paidSum = mine
      .filter((c) => c.status === 'paid')
      .reduce((s, c) => s + (c.amount ?? 0), 0);
    const doc: ProgrammeDoc = {
      ...p,
      _id: ids[i],
      year,
      active: true,
      createdAt: new Date(now.getTime() - 200 * DAY),
      createdBy: '100001',
    };
    await db.collection(COLLECTIONS.careProgrammes).add(doc);
    await db.collection(COLLECTIONS.careLedgers).add({
      _id: ids[i],
      budget: p.budget,
      reserved,
      paid: paidSum,
      left: p.budget - reserved - paidSum,
    });
  }

  const today = beijingDay(now);
  for (const [staffNo, daysAgo, reason, gift, value] of VISITS) {
    const s = staff.get(staffNo);
    if (!s) continue;
    const on = addDays(today, -daysAgo);
    const v: VisitDoc = {
      _id: `cv-demo-${staffNo}`,
      staffNo,
      name: s.name,
      branchId: s.branchId,
      on,
      year: Number(on.slice(0, 4)),
      reason,
      gift,
      value,
      by: '100003',
      createdAt: now,
    };
    if (!(await has(db, COLLECTIONS.careVisits, v._id)))
      await db.collection(COLLECTIONS.careVisits).add(v);
  }
}
