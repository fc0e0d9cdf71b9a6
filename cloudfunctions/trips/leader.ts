// Departure: my pass (the events pass mechanism, kind "t"), the leader's check-in by scanning it,
// the group's list with emergency contacts (tier 3: this group's leader and admins, audited) and
// the travel agency's .xlsx (name, gender, phone; ID number only when the admin switched it on).
import type { z } from 'zod';
import type { tripsContract } from '../../domain/trips/contract';
import { applicationIdOf, type ApplicationDoc, type GroupDoc } from '../../domain/trips/model';
import { VisibleError, audit, type CallContext } from '../_kit';
import { issuePass, passAnswer, shortNoOfCode, verifyCode, verifyToken } from '../_kit/pass';
import { toXlsx } from '../_kit/xlsx';
import { byRank, getApplication, ofGroup, stampCheckin, waitingOn } from './app-repo';
import { branchNames, getStaffMany } from '../_kit/roster-repo';
import { contactsOf } from './people-repo';
import { getGroup, groupsOfPlans, listPlans } from './plan-repo';
import { loadPlan } from './plans';

/** An admin reading a group's list acts as admin, not as its leader (the trail says who did). */
function actingRole(ctx: CallContext): 'admin' | 'trip_leader' {
  return ctx.can('admin') ? 'admin' : 'trip_leader';
}

type In<A extends keyof typeof tripsContract> = z.output<(typeof tripsContract)[A]['input']>;

/** The group, if the caller leads it (or is an admin); otherwise auth.forbidden. */
async function loadLed(ctx: CallContext, groupId: string): Promise<GroupDoc> {
  ctx.require('trip_leader', { groupId });
  const g = await getGroup(ctx.db, groupId);
  if (!g) throw new VisibleError('trips.group_not_found', '没有找到这个批次。');
  return g;
}

export async function passAction(input: In<'trips.pass'>, ctx: CallContext) {
  const me = ctx.me();
  const app = await getApplication(ctx.db, applicationIdOf(input.planId, me.staffNo));
  if (!app || app.status !== 'confirmed' || !app.rank || !app.groupId)
    throw new VisibleError(
      'trips.no_pass',
      app?.status === 'assigned'
        ? '请先确认参加，确认后才有出发签到码。'
        : '你没有已确认的疗休养名额，没有出发签到码。',
    );
  const group = await getGroup(ctx.db, app.groupId);
  if (group && ctx.now >= group.returnAt)
    throw new VisibleError('trips.over', '这个批次已经返回，签到码不再需要了。');
  const p = issuePass('t', app._id, app.rank, ctx.now);
  return passAnswer(p, ctx.now);
}

const TOKEN_PROBLEMS: Record<string, [string, string]> = {
  malformed: ['trips.pass_invalid', '这不是疗休养的出发签到码，请让对方在小程序「疗休养」里打开。'],
  forged: ['trips.pass_forged', '签到码无效（可能是截图改过的），请让对方在小程序里重新打开。'],
  other_kind: ['trips.pass_wrong_kind', '这是其他活动的码，不是疗休养出发签到码。'],
  expired: ['trips.pass_expired', '签到码已过期（每 30 秒刷新），请让对方刷新后再扫一次。'],
};

async function findApplication(
  input: In<'trips.checkin'>,
  group: GroupDoc,
  ctx: CallContext,
): Promise<ApplicationDoc | null> {
  if ('token' in input) {
    const v = verifyToken(input.token, 't', ctx.now);
    if (!v.ok) {
      const [code, message] = TOKEN_PROBLEMS[v.reason];
      throw new VisibleError(code, message);
    }
    const app = await getApplication(ctx.db, v.subject);
    if (app && app.groupId !== group._id)
      throw new VisibleError(
        'trips.other_group',
        `${app.name}不在这个批次，请核对出发日期和路线。`,
      );
    return app;
  }
  if ('code' in input) {
    const shortNo = shortNoOfCode(input.code);
    if (shortNo === null)
      throw new VisibleError('trips.code_invalid', '签到码是 8 位数字，请核对后再输入。');
    const app = await byRank(ctx.db, group._id, shortNo);
    if (!app || !verifyCode(input.code, 't', app._id, ctx.now))
      throw new VisibleError('trips.code_invalid', '签到码不对或已过期，请让对方刷新后再读一次。');
    return app;
  }
  const app = await getApplication(ctx.db, applicationIdOf(group.planId, input.staffNo));
  return app && app.groupId === group._id ? app : null;
}

export async function checkinAction(input: In<'trips.checkin'>, ctx: CallContext) {
  const group = await loadLed(ctx, input.groupId);
  const app = await findApplication(input, group, ctx);
  if (!app || app.status !== 'confirmed')
    throw new VisibleError(
      'trips.not_confirmed',
      `${app ? app.name : '这位教职工'}没有确认参加这个批次，不能签到。请联系校工会核对。`,
    );
  const answer = (at: Date, already: boolean) => ({
    staffNo: app.staffNo,
    name: app.name,
    checkedInAt: at.toISOString(),
    already,
  });
  if (app.checkedInAt) return answer(app.checkedInAt, true);
  if (await stampCheckin(ctx.db, app._id, ctx.now, ctx.me().staffNo)) return answer(ctx.now, false);
  const again = await getApplication(ctx.db, app._id);
  if (again?.checkedInAt) return answer(again.checkedInAt, true);
  throw new VisibleError('trips.not_confirmed', `${app.name}刚刚退出了这个批次，不能签到。`);
}

export async function rosterAction(input: In<'trips.roster'>, ctx: CallContext) {
  const group = await loadLed(ctx, input.groupId);
  const [people, waiting, branches] = await Promise.all([
    ofGroup(ctx.db, group._id, ['assigned', 'confirmed']),
    waitingOn(ctx.db, group.planId, group._id, 100),
    branchNames(ctx.db),
  ]);
  people.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const [byNo, contacts] = await Promise.all([
    getStaffMany(
      ctx.db,
      people.map((p) => p.staffNo),
    ),
    contactsOf(
      ctx.db,
      people.map((p) => p._id),
    ),
  ]);
  await audit(ctx, { target: group._id, outcome: 'read', role: actingRole(ctx) });
  return {
    routeName: group.routeName,
    departAt: group.departAt.toISOString(),
    people: people.map((p) => {
      const s = byNo.get(p.staffNo);
      const c = contacts.get(p._id);
      return {
        staffNo: p.staffNo,
        name: p.name,
        branchName: branches.get(p.branchId) ?? p.branchId,
        ...(s?.gender ? { gender: s.gender } : {}),
        ...(s?.phone ? { phone: s.phone } : {}),
        status: p.status as 'assigned' | 'confirmed',
        ...(p.checkedInAt ? { checkedInAt: p.checkedInAt.toISOString() } : {}),
        ...(c?.emergencyName ? { emergencyName: c.emergencyName } : {}),
        ...(c?.emergencyPhone ? { emergencyPhone: c.emergencyPhone } : {}),
      };
    }),
    waitlist: waiting.map((w) => ({ staffNo: w.staffNo, name: w.name })),
  };
}

export async function exportAction(input: In<'trips.export'>, ctx: CallContext) {
  const group = await loadLed(ctx, input.groupId);
  const [plan, people] = await Promise.all([
    loadPlan(ctx, group.planId),
    ofGroup(ctx.db, group._id, ['confirmed']),
  ]);
  people.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const [byNo, contacts] = await Promise.all([
    getStaffMany(
      ctx.db,
      people.map((p) => p.staffNo),
    ),
    plan.exportIdNumbers
      ? contactsOf(
          ctx.db,
          people.map((p) => p._id),
        )
      : Promise.resolve(new Map()),
  ]);
  const rows = people.map((p) => ({
    name: p.name,
    gender: byNo.get(p.staffNo)?.gender ?? '',
    phone: byNo.get(p.staffNo)?.phone ?? '',
    idNumber: (contacts.get(p._id) as { idNumber?: string } | undefined)?.idNumber ?? '',
  }));
  const day = group.departAt.toISOString().slice(0, 10);
  const file = await toXlsx(
    `${group.routeName}-${day}-出行名单.xlsx`,
    '出行名单',
    [
      { header: '序号', value: (r) => rows.indexOf(r) + 1 },
      { header: '姓名', value: (r) => r.name },
      { header: '性别', value: (r) => r.gender },
      { header: '手机号', width: 16, value: (r) => r.phone },
      ...(plan.exportIdNumbers
        ? [{ header: '身份证号', width: 22, value: (r: (typeof rows)[number]) => r.idNumber }]
        : []),
    ],
    rows,
  );
  await audit(ctx, {
    target: group._id,
    outcome: plan.exportIdNumbers ? 'export_ids' : 'export',
    role: actingRole(ctx),
  });
  return { filename: file.filename, base64: file.base64, rows: file.rows };
}

/** The groups I lead (admins: every group of the recent plans), for the leader's page. */
export async function myGroupsAction(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const plans = await listPlans(ctx.db);
  const names = new Map(plans.map((p) => [p._id, p.name]));
  const groups = await groupsOfPlans(
    ctx.db,
    plans.map((p) => p._id),
  );
  const led = new Set(me.roles.filter((g) => g.role === 'trip_leader').map((g) => g.groupId));
  const admin = ctx.can('admin');
  return {
    groups: groups
      .filter((g) => admin || led.has(g._id))
      .sort((a, b) => a.departAt.getTime() - b.departAt.getTime())
      .map((g) => ({
        groupId: g._id,
        planName: names.get(g.planId) ?? '',
        routeName: g.routeName,
        departAt: g.departAt.toISOString(),
      })),
  };
}
