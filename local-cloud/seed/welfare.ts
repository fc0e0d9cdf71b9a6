// Demo welfare batch: "2026 冬季助力乡村振兴慰问品", open now, three gifts (the eggs are scarce),
// pickup points by campus, a third of the demo staff already chose, and a demo distributor.
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { encodeLedger } from '../../domain/welfare/rules';

export const DEMO_BATCH_ID = 'wb-2026-winter';
/** dev-100005 hands out gifts at the east point in the demo */
export const DEMO_DISTRIBUTOR = '100005';

const DAY = 24 * 60 * 60 * 1000;

export async function seedWelfare(db: Db, now: Date): Promise<void> {
  const existing = await db.collection(COLLECTIONS.welfareBatches).doc(DEMO_BATCH_ID).get();
  if ((existing.data as unknown[]).length) return;

  const options = [
    { id: 'o1', name: '五常大米礼盒（10 斤）', description: '黑龙江五常对口帮扶产区，当季新米' },
    { id: 'o2', name: '农家土鸡蛋（60 枚）', description: '云南对口帮扶村合作社散养，数量有限' },
    { id: 'o3', name: '山区菌菇干货组合', description: '香菇、木耳、茶树菇三件套' },
  ];
  const total: Record<string, number> = { o1: 400, o2: 40, o3: 400 };
  const points = [
    {
      id: 'p1',
      name: '东区领取点',
      place: '东区工会活动中心一楼',
      hours: '周一至周五 9:00–16:00',
      branchIds: ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08'],
    },
    {
      id: 'p2',
      name: '西区领取点',
      place: '西区图书馆一楼大厅',
      hours: '周一至周五 9:00–16:00',
      branchIds: ['b09', 'b10', 'b11', 'b12', 'b13', 'b14', 'b15', 'b16'],
    },
    {
      id: 'p3',
      name: '南区领取点',
      place: '南区后勤服务中心',
      hours: '周一至周六 8:30–17:00',
      branchIds: [],
    },
  ];

  // a third of the demo staff (not the demo accounts) already chose; a few got theirs
  const staff = (
    await db
      .collection(COLLECTIONS.staff)
      .where({ active: true })
      .orderBy('_id', 'asc')
      .limit(1000)
      .get()
  ).data as {
    staffNo: string;
    name: string;
    branchId: string;
  }[];
  const ledger: Record<string, string> = {};
  const claims: Record<string, unknown>[] = [];
  const stock = { ...total };
  staff
    .filter(
      (s) => /^1\d+$/.test(s.staffNo) && Number(s.staffNo) > 100010 && Number(s.staffNo) % 3 === 0,
    )
    .forEach((s, i) => {
      const o = i % 5 === 0 ? 'o2' : i % 2 ? 'o1' : 'o3';
      if (stock[o] <= 0) return;
      stock[o] -= 1;
      const handed = i % 7 === 0 ? new Date(now.getTime() - DAY / 2) : undefined;
      ledger[s.staffNo] = encodeLedger({ o, n: 0, h: handed ?? null });
      const point = points.find((p) => p.branchIds.includes(s.branchId)) ?? points[2];
      claims.push({
        _id: `${DEMO_BATCH_ID}:${s.staffNo}`,
        batchId: DEMO_BATCH_ID,
        staffNo: s.staffNo,
        name: s.name,
        branchId: s.branchId,
        optionId: o,
        version: 0,
        byDefault: false,
        pointId: point.id,
        delivery: null,
        handedOverAt: handed ?? null,
        createdAt: new Date(now.getTime() - DAY),
        updatedAt: new Date(now.getTime() - DAY),
      });
    });

  await db.collection(COLLECTIONS.welfareBatches).add({
    _id: DEMO_BATCH_ID,
    name: '2026 冬季助力乡村振兴慰问品',
    description:
      '校工会采购对口帮扶地区农产品，每位教职工选一份。截止后未选择的，统一发放五常大米礼盒。',
    claimOpenAt: new Date(now.getTime() - DAY),
    claimCloseAt: new Date(now.getTime() + 6 * DAY),
    status: 'open',
    fulfilment: 'pickup',
    options,
    stock,
    stockTotal: total,
    defaultOptionId: 'o1',
    eligibility: { membersOnly: false, includeRetired: true },
    points,
    ledger,
    createdAt: new Date(now.getTime() - 2 * DAY),
    createdBy: '100001',
    closedAt: null,
  });
  try {
    await db.collection(COLLECTIONS.welfareCounters).add({ _id: DEMO_BATCH_ID, seq: 0 });
  } catch {
    // already there
  }
  if (claims.length) await db.collection(COLLECTIONS.welfareClaims).add(claims);

  const d = (await db.collection(COLLECTIONS.staff).doc(DEMO_DISTRIBUTOR).get()).data as {
    roles?: { role: string }[];
  }[];
  if (d[0] && !(d[0].roles ?? []).some((g) => g.role === 'distributor')) {
    await db
      .collection(COLLECTIONS.staff)
      .doc(DEMO_DISTRIBUTOR)
      .update({
        roles: [
          ...(d[0].roles ?? []),
          { role: 'distributor', batchId: DEMO_BATCH_ID, pointId: 'p1' },
        ],
      });
  }
}
