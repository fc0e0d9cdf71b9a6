// Demo check-up campaign "2026年教职工体检" (the union's report: 认真做好教职工体检工作): booking
// open now, a retiree-only first day then five days × four slots of 25 at the city hospital,
// four packages by sex and age 45, two add-ons, reimbursement elsewhere, a quarter of the demo
// staff already booked, and a demo desk worker (dev-100006).
import { COLLECTIONS } from '../../database/collections';
import type { Db } from '../../cloudfunctions/_kit';
import { bookingIdOf, holdKeyOf, packageFor, slotIdOf } from '../../domain/checkups/rules';
import { DEFAULT_PACKAGES } from '../../domain/checkups/packages';
import { addDays, beijingDay, startOfBeijingDay } from '../../domain/time';

export const DEMO_CAMPAIGN_ID = 'ck-2026';
/** dev-100006 checks people in at the hospital desk in the demo */
export const DEMO_DESK = '100006';

const DAY = 24 * 60 * 60 * 1000;
const STARTS = ['07:30', '08:00', '08:30', '09:00'];

export async function seedCheckups(db: Db, now: Date): Promise<void> {
  const existing = await db.collection(COLLECTIONS.checkupCampaigns).doc(DEMO_CAMPAIGN_ID).get();
  if ((existing.data as unknown[]).length) return;
  const first = addDays(beijingDay(now), 7);
  const days = Array.from({ length: 6 }, (_v, i) => {
    const date = addDays(first, i);
    return {
      date,
      retireesOnly: i === 0,
      slots: STARTS.map((start) => ({
        slotId: slotIdOf(DEMO_CAMPAIGN_ID, date, start),
        start,
        capacity: 25,
      })),
    };
  });
  const packages = DEFAULT_PACKAGES.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    sex: p.sex ?? null,
    minAge: p.minAge ?? null,
    maxAge: p.maxAge ?? null,
    items: p.items ?? [],
    standardFen: p.standardFen ?? null,
  }));
  const addons = [
    { id: 'a1', name: '无痛胃肠镜', priceFen: 98000 },
    { id: 'a2', name: '肿瘤标志物（12项）', priceFen: 36000 },
  ];

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
    status: '在职' | '退休';
    gender?: '男' | '女';
    birth?: string;
    openid?: string;
    roles?: unknown[];
  }[];
  const slots = new Map(
    days.flatMap((d) =>
      d.slots.map((s) => [
        s.slotId,
        {
          _id: s.slotId,
          campaignId: DEMO_CAMPAIGN_ID,
          date: d.date,
          start: s.start,
          capacity: 25,
          left: 25,
          holds: {} as Record<string, Date>,
        },
      ]),
    ),
  );
  const bookings: Record<string, unknown>[] = [];
  // every 4th demo staff member (not the demo accounts) already booked, spread over the days
  staff
    .filter((s, i) => i % 4 === 3 && !['100001', '100002', '100003', DEMO_DESK].includes(s.staffNo))
    .forEach((s, i) => {
      const day = s.status === '退休' ? days[0] : days[1 + (i % 5)];
      const slot = day.slots[i % STARTS.length];
      const verdict = packageFor(packages, s, day.date);
      const doc = slots.get(slot.slotId);
      if (!verdict.ok || !doc || doc.left <= 0) return;
      doc.left -= 1;
      doc.holds[holdKeyOf(s.staffNo)] = new Date(now.getTime() - DAY);
      bookings.push({
        _id: bookingIdOf(DEMO_CAMPAIGN_ID, s.staffNo),
        campaignId: DEMO_CAMPAIGN_ID,
        staffNo: s.staffNo,
        name: s.name,
        branchId: s.branchId,
        status: 'booked',
        slotId: slot.slotId,
        date: day.date,
        start: slot.start,
        packageId: verdict.pkg.id,
        packageName: verdict.pkg.name,
        version: 0,
        releasing: null,
        addonIds: i % 7 === 0 ? ['a2'] : [],
        checkedInAt: null,
        createdAt: new Date(now.getTime() - DAY),
        updatedAt: new Date(now.getTime() - DAY),
      });
    });
  await db.collection(COLLECTIONS.checkupSlots).add([...slots.values()]);
  if (bookings.length) await db.collection(COLLECTIONS.checkupBookings).add(bookings);
  await db.collection(COLLECTIONS.checkupCampaigns).add({
    _id: DEMO_CAMPAIGN_ID,
    name: '2026年教职工体检',
    status: 'active',
    bookOpenAt: new Date(now.getTime() - 2 * DAY),
    bookCloseAt: startOfBeijingDay(addDays(first, 3)),
    places: [
      {
        name: '市第一人民医院健康管理中心',
        address: '人民路 1 号门诊楼 5 楼',
        shuttle: '体检日 6:50 东门、7:00 南门发车，9:30 返校',
      },
    ],
    packages,
    addons,
    days,
    recommended: [
      { branchId: 'b01', dates: [days[1].date] },
      { branchId: 'b06', dates: [days[2].date] },
    ],
    elsewhereDeadline: startOfBeijingDay(addDays(first, 30)),
    sent: {},
    passSeq: 0,
    createdAt: new Date(now.getTime() - 2 * DAY),
    createdBy: '100001',
  });
  const desk = staff.find((s) => s.staffNo === DEMO_DESK);
  if (desk && !(desk.roles ?? []).some((r) => (r as { role?: string }).role === 'checkup_desk')) {
    await db
      .collection(COLLECTIONS.staff)
      .doc(DEMO_DESK)
      .update({
        roles: db.command.set([
          ...(desk.roles ?? []),
          { role: 'checkup_desk', campaignId: DEMO_CAMPAIGN_ID },
        ]),
      });
  }
}
