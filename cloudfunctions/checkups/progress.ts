// Progress (booked / checked in / not booked per branch and per day) and the hospital's list for
// one day as .xlsx. A branch chair sees only their own branch.
import type { Progress } from '../../domain/checkups/contract';
import { sexOf } from '../../domain/checkups/rules';
import { VisibleError } from '../../domain/errors';
import type { BranchDoc, StaffDoc } from '../../domain/roster/staff';
import { ageOn } from '../../domain/time';
import { audit, type CallContext } from '../_kit';
import { toXlsx } from '../_kit/xlsx';
import { loadCampaign } from './booking';
import { listBookings } from './booking-repo';
import { activeStaff, listBranches } from '../_kit/roster-repo';

/** The branches this caller may see: all for admins, their own for a chair. */
function visibleBranch(ctx: CallContext, asked?: string): string | undefined {
  if (ctx.can('admin')) return asked;
  const own = ctx
    .me()
    .roles.filter((g) => g.role === 'branch_chair' && g.branchId)
    .map((g) => g.branchId as string);
  const branchId = asked ?? own[0];
  if (!branchId || !ctx.can('branch_chair', { branchId }))
    throw new VisibleError('auth.forbidden', '你只能查看自己分工会的体检进度。');
  return branchId;
}

export async function progress(
  input: { campaignId: string; branchId?: string },
  ctx: CallContext,
): Promise<Progress> {
  const branchId = visibleBranch(ctx, input.branchId);
  const { db } = ctx;
  const [c, bookings, staff, branches] = await Promise.all([
    loadCampaign(db, input.campaignId),
    listBookings(db, input.campaignId, { status: 'booked', ...(branchId ? { branchId } : {}) }),
    activeStaff(db, branchId),
    listBranches(db),
  ]);
  const bookedBy = new Map(bookings.map((b) => [b.staffNo, b]));
  const rows = new Map<string, { eligible: number; booked: number; checkedIn: number }>();
  for (const s of staff) {
    const row = rows.get(s.branchId) ?? { eligible: 0, booked: 0, checkedIn: 0 };
    row.eligible += 1;
    const b = bookedBy.get(s.staffNo);
    if (b) {
      row.booked += 1;
      if (b.checkedInAt) row.checkedIn += 1;
    }
    rows.set(s.branchId, row);
  }
  const names = new Map(branches.map((b: BranchDoc) => [b._id, b.name]));
  const order = new Map(branches.map((b: BranchDoc) => [b._id, b.order]));
  const branchRows = [...rows.entries()]
    .sort((a, b) => (order.get(a[0]) ?? 999) - (order.get(b[0]) ?? 999))
    .map(([id, r]) => ({
      branchId: id,
      name: names.get(id) ?? id,
      ...r,
      notBooked: r.eligible - r.booked,
    }));
  const totals = branchRows.reduce(
    (t, r) => ({
      eligible: t.eligible + r.eligible,
      booked: t.booked + r.booked,
      checkedIn: t.checkedIn + r.checkedIn,
      notBooked: t.notBooked + r.notBooked,
    }),
    { eligible: 0, booked: 0, checkedIn: 0, notBooked: 0 },
  );
  const days = c.days.map((d) => {
    const on = bookings.filter((b) => b.date === d.date);
    return {
      date: d.date,
      capacity: d.slots.reduce((n, s) => n + s.capacity, 0),
      booked: on.length,
      checkedIn: on.filter((b) => b.checkedInAt).length,
    };
  });
  return { campaignId: c._id, name: c.name, totals, branches: branchRows, days };
}

export async function exportDay(input: { campaignId: string; date: string }, ctx: CallContext) {
  if (!ctx.can('checkup_desk', { campaignId: input.campaignId }))
    throw new VisibleError('auth.forbidden', '只有校工会和本次体检的签到员可以导出医院名单。');
  const { db } = ctx;
  const c = await loadCampaign(db, input.campaignId);
  if (!c.days.some((d) => d.date === input.date))
    throw new VisibleError('checkups.no_day', `${input.date} 不是这次体检的体检日。`);
  const [bookings, staff] = await Promise.all([
    listBookings(db, input.campaignId, { status: 'booked', date: input.date }),
    activeStaff(db),
  ]);
  const people = new Map<string, StaffDoc>(staff.map((s) => [s.staffNo, s]));
  const rows = [...bookings].sort(
    (a, b) => a.start.localeCompare(b.start) || a.staffNo.localeCompare(b.staffNo),
  );
  const addonName = new Map(c.addons.map((a) => [a.id, a.name]));
  const file = await toXlsx(
    `${c.name}-${input.date}-体检名单.xlsx`,
    input.date,
    [
      { header: '时段', value: (b) => b.start },
      { header: '姓名', value: (b) => b.name },
      {
        header: '性别',
        value: (b) => {
          const s = sexOf(people.get(b.staffNo)?.gender);
          return s === 'M' ? '男' : s === 'F' ? '女' : '';
        },
      },
      {
        header: '年龄',
        value: (b) => {
          const birth = people.get(b.staffNo)?.birth;
          return birth ? ageOn(birth, b.date) : '';
        },
      },
      { header: '套餐', width: 16, value: (b) => b.packageName },
      {
        header: '自费加项',
        width: 28,
        value: (b) =>
          b.addonIds
            .map((a) => addonName.get(a) ?? '')
            .filter(Boolean)
            .join('、'),
      },
    ],
    rows,
  );
  await audit(ctx, { target: `${input.campaignId}:${input.date}`, outcome: 'export' });
  return { filename: file.filename, base64: file.base64, rows: file.rows };
}
