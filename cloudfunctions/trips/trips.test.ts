// The trips function through the gateway, the real SDK and the local cloud: plans, eligibility,
// applying, allocation from a seed, confirmation, timeouts moving the waitlist exactly once,
// concurrent confirm/withdraw, the leader's list, pass, check-in and export, history import.
import ExcelJS from 'exceljs';
import { COLLECTIONS } from '../../database/collections';
import type { StaffDoc } from '../../domain/roster/staff';
import type { ApplicationDoc, GroupDoc } from '../../domain/trips/model';
import { DEMO_LEADER, DEMO_PLAN_ID, seedTrips } from '../../local-cloud/seed/trips';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
const call = (event: Record<string, unknown>, openid: string | null) =>
  t.call('trips', event, openid);
const data = <T>(event: Record<string, unknown>, openid: string | null) =>
  t.data<T>('trips', event, openid);

const ADMIN = 'dev-admin';
const H = 3600_000;
const DAY = 24 * H;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Bound, active, member, 在职, joined before 2015, not an admin or chair: may apply. */
let eligible: StaffDoc[] = [];
let retiree: StaffDoc;
let nonMember: StaffDoc;
const oid = (s: StaffDoc) => `dev-${s.staffNo}`;

interface PlanIds {
  planId: string;
  groupIds: string[][];
}

async function createPlan(extra: Record<string, unknown> = {}, caps = [2, 1]): Promise<PlanIds> {
  return data<PlanIds>(
    {
      action: 'trips.createPlan',
      name: '2027 年度教职工疗休养',
      applyOpenAt: iso(-H),
      applyCloseAt: iso(DAY),
      serviceYears: 5,
      cycleYears: 4,
      year: 2027,
      routes: [
        {
          name: '千岛湖',
          days: 4,
          level: 2,
          costFen: 300000,
          subsidyFen: 250000,
          selfPaidFen: 50000,
          groups: [{ departAt: iso(60 * DAY), returnAt: iso(63 * DAY), capacity: caps[0] }],
        },
        {
          name: '黄山',
          level: 4,
          retireesOk: false,
          groups: [{ departAt: iso(70 * DAY), returnAt: iso(73 * DAY), capacity: caps[1] }],
        },
      ],
      ...extra,
    },
    ADMIN,
  );
}

const apply = (planId: string, s: StaffDoc, choices: string[]) =>
  data<{ applicationId: string }>({ action: 'trips.apply', planId, choices }, oid(s));
const mine = (planId: string, s: StaffDoc) =>
  data<{ status: string; groupId?: string; waitPosition?: number }>(
    { action: 'trips.mine', planId },
    oid(s),
  );

async function group(id: string): Promise<GroupDoc> {
  const res = await t.db.collection(COLLECTIONS.tripGroups).doc(id).get();
  return (res.data as GroupDoc[])[0];
}
async function appsOf(planId: string): Promise<ApplicationDoc[]> {
  const res = await t.db
    .collection(COLLECTIONS.tripApplications)
    .where({ planId })
    .limit(1000)
    .get();
  return res.data as ApplicationDoc[];
}
const tick = () => t.data<{ expired: number }>('trips', { Type: 'Timer', TriggerName: 'tick' });

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  const res = await t.db.collection(COLLECTIONS.staff).limit(1000).get();
  const all = res.data as StaffDoc[];
  eligible = all.filter(
    (s) =>
      s.openid &&
      s.active &&
      s.member &&
      s.status === '在职' &&
      (s.joinedOn ?? '9999') < '2015' &&
      s.roles.length === 0,
  );
  retiree = all.find((s) => s.openid && s.status === '退休' && s.member && s.roles.length === 0)!;
  nonMember = all.find((s) => s.openid && !s.member && s.roles.length === 0)!;
  expect(eligible.length).toBeGreaterThan(60);
});
afterAll(() => t.stop());

describe('plans', () => {
  it('creates a plan: group ids per route, per group, in order; places left = capacity', async () => {
    const p = await createPlan();
    expect(p.groupIds).toHaveLength(2);
    expect(p.groupIds[0]).toHaveLength(1);
    expect((await group(p.groupIds[0][0])).left).toBe(2);
    const view = await data<{ routes: { name: string; groups: unknown[] }[]; phase: string }>(
      { action: 'trips.plan', planId: p.planId },
      oid(eligible[0]),
    );
    expect(view.phase).toBe('open');
    expect(view.routes.map((r) => r.name)).toEqual(['千岛湖', '黄山']);
  });

  it('lets only admins create, and names the field in a plain message', async () => {
    const input = { action: 'trips.createPlan', name: 'x' };
    expect(await call(input, null)).toMatchObject({ ok: false });
    expect(await call({ ...input }, oid(eligible[0]))).toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
    const r = await call(
      {
        action: 'trips.createPlan',
        name: '测试',
        applyOpenAt: iso(-H),
        applyCloseAt: iso(DAY),
        serviceYears: 5,
        cycleYears: 4,
        routes: [
          { name: '千岛湖', groups: [{ departAt: iso(DAY), returnAt: iso(DAY), capacity: 0 }] },
        ],
      },
      ADMIN,
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation.failed', message: expect.stringContaining('名额应为 1 到 5000') },
    });
    const ok = {
      action: 'trips.createPlan',
      name: '测试',
      applyOpenAt: iso(-H),
      applyCloseAt: iso(DAY),
      serviceYears: 5,
      cycleYears: 4,
      routes: [
        { name: '千岛湖', groups: [{ departAt: iso(DAY), returnAt: iso(DAY), capacity: 3 }] },
      ],
    };
    expect(await call(ok, oid(eligible[0]))).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect(await call(ok, 'dev-chair')).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect(await call(ok, 'dev-100295')).toMatchObject({
      ok: false,
      error: { code: 'auth.unbound' },
    });
  });
});

describe('eligibility and applying', () => {
  it('says exactly why not: a trip in 2024 with a 4-year cycle → from 2028', async () => {
    const p = await createPlan();
    const s = eligible[1];
    expect(
      await data(
        { action: 'trips.importHistory', rows: [{ staffNo: s.staffNo, year: 2024 }] },
        ADMIN,
      ),
    ).toEqual({ imported: 1 });
    expect(await data({ action: 'trips.eligibility', planId: p.planId }, oid(s))).toEqual({
      eligible: false,
      reason: '你 2024 年参加过，2028 年起可以再报名。',
    });
    expect(
      await call({ action: 'trips.apply', planId: p.planId, choices: [p.groupIds[0][0]] }, oid(s)),
    ).toMatchObject({ ok: false, error: { code: 'trips.not_eligible' } });
    expect(await data({ action: 'trips.eligibility', planId: p.planId }, oid(eligible[2]))).toEqual(
      {
        eligible: true,
      },
    );
    expect(await data({ action: 'trips.myTrips' }, oid(s))).toEqual({
      trips: [{ year: 2024, counted: false }],
    });
  });

  it('refuses non-members and retirees by default, and a hard route for a retiree', async () => {
    const p = await createPlan();
    const r1 = await data<{ eligible: boolean; reason?: string }>(
      { action: 'trips.eligibility', planId: p.planId },
      oid(nonMember),
    );
    expect(r1.reason).toContain('工会会员');
    const r2 = await data<{ eligible: boolean; reason?: string }>(
      { action: 'trips.eligibility', planId: p.planId },
      oid(retiree),
    );
    expect(r2.reason).toContain('退休');
    const q = await createPlan({ includeRetired: true, serviceYears: 0 });
    expect(
      await call(
        { action: 'trips.apply', planId: q.planId, choices: [q.groupIds[1][0]] },
        oid(retiree),
      ),
    ).toMatchObject({ ok: false, error: { code: 'trips.route_not_for_retirees' } });
    expect(
      await call(
        { action: 'trips.apply', planId: q.planId, choices: [q.groupIds[0][0]] },
        oid(retiree),
      ),
    ).toMatchObject({ ok: true });
  });

  it('changes preferences until the deadline, withdraws, rejects duplicate or foreign choices', async () => {
    const p = await createPlan();
    const s = eligible[3];
    const [a] = p.groupIds[0];
    const [b] = p.groupIds[1];
    await apply(p.planId, s, [a]);
    await apply(p.planId, s, [b, a]);
    expect(await mine(p.planId, s)).toMatchObject({ status: 'applied', choices: [b, a] });
    expect(
      await call({ action: 'trips.apply', planId: p.planId, choices: [a, a] }, oid(s)),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation.failed', message: expect.stringContaining('重复') },
    });
    expect(
      await call({ action: 'trips.apply', planId: p.planId, choices: ['nope'] }, oid(s)),
    ).toMatchObject({ ok: false, error: { code: 'trips.bad_choice' } });
    expect(await data({ action: 'trips.withdraw', planId: p.planId }, oid(s))).toEqual({
      status: 'withdrawn',
    });
    expect(await mine(p.planId, s)).toEqual({ status: 'none' });
  });
});

describe('allocation', () => {
  it('waits for the deadline unless forced; honours order and preferences; never over capacity', async () => {
    const p = await createPlan({ priorityNos: [eligible[14].staffNo] });
    const [a] = p.groupIds[0]; // 2 places
    const [b] = p.groupIds[1]; // 1 place
    const people = eligible.slice(10, 15);
    for (const s of people) await apply(p.planId, s, [a, b]);
    expect(await call({ action: 'trips.allocate', planId: p.planId }, ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'trips.window_open' },
    });
    expect(
      await call({ action: 'trips.allocate', planId: p.planId, force: true }, oid(people[0])),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const r = await data<{ seed: string; assigned: number; waitlisted: number }>(
      { action: 'trips.allocate', planId: p.planId, seed: 'S-1', force: true },
      ADMIN,
    );
    expect(r).toEqual({ seed: 'S-1', assigned: 3, waitlisted: 2 });
    const apps = await appsOf(p.planId);
    const first = apps.find((x) => x.staffNo === eligible[14].staffNo)!;
    expect(first).toMatchObject({ rank: 1, status: 'assigned', groupId: a });
    // the first two in order got their first choice; the third their second
    const byRank = [...apps].sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0));
    expect(byRank.map((x) => x.groupId ?? 'wait')).toEqual([a, a, b, 'wait', 'wait']);
    expect((await group(a)).left).toBe(0);
    expect((await group(b)).left).toBe(0);
    // again: the same answer, no second allocation
    expect(await data({ action: 'trips.allocate', planId: p.planId, force: true }, ADMIN)).toEqual(
      r,
    );
    const last = people.find((s) => s.staffNo === byRank[4].staffNo)!;
    expect(await mine(p.planId, last)).toMatchObject({
      status: 'waitlisted',
      waitPosition: 2,
    });
    // everyone told: one inbox notice each
    const inbox = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ subject: p.planId, kind: 'trip_result' })
      .limit(100)
      .get();
    expect(inbox.data).toHaveLength(5);
  });

  it('puts the honoured (评优评先 of the plan year or the year before) first', async () => {
    const p = await createPlan({}, [1, 1]);
    const [a] = p.groupIds[0];
    const people = eligible.slice(-3);
    const honoured = people[2];
    const honourId = `ar-test:c1:${honoured.staffNo}`;
    await t.db.collection(COLLECTIONS.honours).doc(honourId).set({
      staffNo: honoured.staffNo,
      branchId: honoured.branchId,
      year: 2026,
      roundId: 'ar-test',
      categoryId: 'c1',
      categoryName: '先进工会工作者',
      awardedAt: new Date(),
    });
    try {
      for (const s of people) await apply(p.planId, s, [a]);
      await data({ action: 'trips.allocate', planId: p.planId, seed: 'S-H', force: true }, ADMIN);
      const apps = await appsOf(p.planId);
      expect(apps.find((x) => x.staffNo === honoured.staffNo)).toMatchObject({
        rank: 1,
        status: 'assigned',
        groupId: a,
      });
    } finally {
      await t.db.collection(COLLECTIONS.honours).doc(honourId).remove();
    }
  });

  it('gives the same result from the same seed and applications', async () => {
    const people = eligible.slice(20, 32);
    const runOnce = async () => {
      const p = await createPlan({}, [3, 4]);
      for (const [i, s] of people.entries())
        await apply(p.planId, s, i % 2 ? [p.groupIds[0][0], p.groupIds[1][0]] : [p.groupIds[1][0]]);
      await data({ action: 'trips.allocate', planId: p.planId, seed: 'same', force: true }, ADMIN);
      const apps = await appsOf(p.planId);
      const route = (g?: string) => (g ? (g === p.groupIds[0][0] ? 'A' : 'B') : '-');
      return apps
        .map((x) => `${x.staffNo}:${x.rank}:${route(x.groupId)}`)
        .sort()
        .join(',');
    };
    const one = await runOnce();
    expect(await runOnce()).toBe(one);
  });

  it('never exceeds a branch quota', async () => {
    const byBranch = new Map<string, StaffDoc[]>();
    for (const s of eligible.slice(32))
      byBranch.set(s.branchId, [...(byBranch.get(s.branchId) ?? []), s]);
    const [branch, list] = [...byBranch].sort((x, y) => y[1].length - x[1].length)[0];
    expect(list.length).toBeGreaterThanOrEqual(3);
    const p = await createPlan({ branchQuotas: { [branch]: 1 } }, [10, 10]);
    for (const s of list.slice(0, 3)) await apply(p.planId, s, [p.groupIds[0][0]]);
    const r = await data<{ assigned: number }>(
      { action: 'trips.allocate', planId: p.planId, force: true },
      ADMIN,
    );
    expect(r.assigned).toBe(1);
  });
});

describe('confirmation and the waitlist', () => {
  async function allocated(n: number, caps: [number, number]) {
    const p = await createPlan({}, caps);
    const people = eligible.slice(40, 40 + n);
    for (const s of people) await apply(p.planId, s, [p.groupIds[0][0]]);
    await data({ action: 'trips.allocate', planId: p.planId, seed: 'w', force: true }, ADMIN);
    const apps = (await appsOf(p.planId)).sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0));
    const who = (no: string) => people.find((s) => s.staffNo === no)!;
    return { p, ranked: apps.map((x) => who(x.staffNo)) };
  }

  it('confirms; a timeout passes the place to the next on the waitlist, exactly once', async () => {
    const { p, ranked } = await allocated(4, [2, 1]);
    const [a] = p.groupIds[0];
    expect(
      await data({ action: 'trips.respond', planId: p.planId, accept: true }, oid(ranked[0])),
    ).toEqual({ status: 'confirmed' });
    // ranked[1] lets the deadline pass
    await t.db
      .collection(COLLECTIONS.tripApplications)
      .doc(`${p.planId}:${ranked[1].staffNo}`)
      .update({ confirmBy: new Date(Date.now() - 1000) });
    expect(
      await call({ action: 'trips.respond', planId: p.planId, accept: true }, oid(ranked[1])),
    ).toMatchObject({ ok: false, error: { code: 'trips.confirm_late' } });
    const [r1, r2] = await Promise.all([tick(), tick()]);
    expect(r1.expired + r2.expired).toBe(1);
    expect(await tick()).toMatchObject({ expired: 0 });
    expect(await mine(p.planId, ranked[1])).toMatchObject({ status: 'expired' });
    expect(await mine(p.planId, ranked[2])).toMatchObject({ status: 'assigned', groupId: a });
    expect(await mine(p.planId, ranked[3])).toMatchObject({
      status: 'waitlisted',
      waitPosition: 1,
    });
    expect((await group(a)).left).toBe(0);
    const offer = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ subject: p.planId, staffNo: ranked[2].staffNo })
      .limit(10)
      .get();
    expect(offer.data).toHaveLength(2); // waitlisted at allocation, then the offer
  });

  it('keeps counts exact under concurrent confirmations, withdrawals and repeats', async () => {
    const { p, ranked } = await allocated(16, [8, 1]);
    const [a] = p.groupIds[0];
    const holders = ranked.slice(0, 8);
    const calls = holders.flatMap((s, i) =>
      i % 2
        ? [
            call({ action: 'trips.withdraw', planId: p.planId }, oid(s)),
            call({ action: 'trips.withdraw', planId: p.planId }, oid(s)),
          ]
        : [
            call({ action: 'trips.respond', planId: p.planId, accept: true }, oid(s)),
            call({ action: 'trips.respond', planId: p.planId, accept: true }, oid(s)),
          ],
    );
    await Promise.all(calls);
    const apps = await appsOf(p.planId);
    const held = apps.filter(
      (x) => x.groupId === a && ['assigned', 'confirmed'].includes(x.status),
    );
    expect(held).toHaveLength(8);
    expect(apps.filter((x) => x.status === 'confirmed')).toHaveLength(4);
    expect(apps.filter((x) => x.status === 'declined')).toHaveLength(4);
    expect(apps.filter((x) => x.status === 'waitlisted')).toHaveLength(4);
    expect((await group(a)).left).toBe(0);
    // the four offered places went to the next four in allocation order
    const offered = apps
      .filter((x) => x.status === 'assigned')
      .map((x) => x.rank)
      .sort((x, y) => x! - y!);
    expect(offered).toEqual([9, 10, 11, 12]);
  });

  it('counts a withdrawal after the group is formed as having gone, and records it', async () => {
    const p = await createPlan({}, [1, 1]);
    const s = eligible[60];
    await t.db
      .collection(COLLECTIONS.tripGroups)
      .doc(p.groupIds[0][0])
      .update({ formAt: new Date(Date.now() + 2 * H) });
    await apply(p.planId, s, [p.groupIds[0][0]]);
    await apply(p.planId, eligible[61], [p.groupIds[0][0]]);
    await data({ action: 'trips.allocate', planId: p.planId, seed: 'f', force: true }, ADMIN);
    const holder = (await appsOf(p.planId)).find((x) => x.status === 'assigned')!;
    await data(
      { action: 'trips.respond', planId: p.planId, accept: true },
      `dev-${holder.staffNo}`,
    );
    await t.db
      .collection(COLLECTIONS.tripGroups)
      .doc(p.groupIds[0][0])
      .update({ formAt: new Date(Date.now() - 1000) });
    expect(
      await data({ action: 'trips.withdraw', planId: p.planId }, `dev-${holder.staffNo}`),
    ).toEqual({ status: 'declined' });
    expect(
      await data({ action: 'trips.mine', planId: p.planId }, `dev-${holder.staffNo}`),
    ).toMatchObject({ status: 'declined', countsAsTravelled: true });
    expect(await data({ action: 'trips.myTrips' }, `dev-${holder.staffNo}`)).toEqual({
      trips: [{ year: 2027, route: '千岛湖', counted: true }],
    });
    // formed: the place is not offered to the waitlist any more
    const other = (await appsOf(p.planId)).find((x) => x.staffNo !== holder.staffNo)!;
    expect(other.status).toBe('waitlisted');
  });
});

describe('the group leader', () => {
  let p: PlanIds;
  let traveller: StaffDoc;
  const leader = () => eligible[70];
  const otherLeader = () => eligible[71];
  beforeAll(async () => {
    p = await createPlan({}, [3, 1]);
    // leaders named at creation get the scoped role
    const withLeaders = await data<PlanIds>(
      {
        action: 'trips.createPlan',
        name: '2027 年度疗休养（领队）',
        applyOpenAt: iso(-H),
        applyCloseAt: iso(DAY),
        serviceYears: 5,
        cycleYears: 4,
        routes: [
          {
            name: '千岛湖',
            groups: [
              {
                departAt: iso(60 * DAY),
                returnAt: iso(63 * DAY),
                capacity: 3,
                leaderNo: leader().staffNo,
              },
              {
                departAt: iso(80 * DAY),
                returnAt: iso(83 * DAY),
                capacity: 3,
                leaderNo: otherLeader().staffNo,
              },
            ],
          },
        ],
      },
      ADMIN,
    );
    p = withLeaders;
    traveller = eligible[72];
    await apply(p.planId, traveller, [p.groupIds[0][0]]);
    await apply(p.planId, eligible[73], [p.groupIds[0][0]]);
    await data({ action: 'trips.allocate', planId: p.planId, force: true }, ADMIN);
    await data(
      {
        action: 'trips.respond',
        planId: p.planId,
        accept: true,
        emergencyName: '王芳',
        emergencyPhone: '13900001111',
        idNumber: '110101196501011234',
      },
      oid(traveller),
    );
  });

  it('shows the list with emergency contacts to this group’s leader and admins only', async () => {
    const g = p.groupIds[0][0];
    const r = await data<{ people: { staffNo: string; emergencyPhone?: string }[] }>(
      { action: 'trips.roster', groupId: g },
      oid(leader()),
    );
    expect(r.people.find((x) => x.staffNo === traveller.staffNo)).toMatchObject({
      emergencyPhone: '13900001111',
    });
    expect(await call({ action: 'trips.roster', groupId: g }, ADMIN)).toMatchObject({ ok: true });
    for (const who of [oid(otherLeader()), oid(traveller), 'dev-chair'])
      expect(await call({ action: 'trips.roster', groupId: g }, who)).toMatchObject({
        ok: false,
        error: { code: 'auth.forbidden' },
      });
    expect(await call({ action: 'trips.roster', groupId: g }, 'dev-100295')).toMatchObject({
      ok: false,
      error: { code: 'auth.unbound' },
    });
    const audit = await t.db
      .collection(COLLECTIONS.auditLog)
      .where({ target: g, outcome: 'read' })
      .limit(10)
      .get();
    expect(audit.data.length).toBeGreaterThanOrEqual(2);
    // each read under the role it was made in: the leader's as trip_leader, the admin's as admin
    const roles = new Set(audit.data.map((a) => (a as { role: string }).role));
    expect(roles).toEqual(new Set(['trip_leader', 'admin']));
    // tier 3 never in the person's own status or a notice
    const inbox = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ subject: p.planId })
      .limit(100)
      .get();
    expect(JSON.stringify(inbox.data)).not.toContain('13900001111');
  });

  it('checks a traveller in by scanning their pass, once', async () => {
    const g = p.groupIds[0][0];
    const pass = await data<{ token: string; code: string }>(
      { action: 'trips.pass', planId: p.planId },
      oid(traveller),
    );
    expect(await call({ action: 'trips.pass', planId: p.planId }, oid(eligible[73]))).toMatchObject(
      {
        ok: false,
        error: { code: 'trips.no_pass' },
      },
    );
    expect(
      await call({ action: 'trips.checkin', groupId: g, token: pass.token }, oid(otherLeader())),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(
      await data({ action: 'trips.checkin', groupId: g, token: pass.token }, oid(leader())),
    ).toMatchObject({ staffNo: traveller.staffNo, already: false });
    expect(
      await data({ action: 'trips.checkin', groupId: g, code: pass.code }, oid(leader())),
    ).toMatchObject({ staffNo: traveller.staffNo, already: true });
    expect(
      await call(
        { action: 'trips.checkin', groupId: p.groupIds[0][1], token: pass.token },
        oid(otherLeader()),
      ),
    ).toMatchObject({ ok: false, error: { code: 'trips.other_group' } });
  });

  it('exports for the agency: name, gender, phone; the ID number only when switched on', async () => {
    const g = p.groupIds[0][0];
    const read = async (who: string) => {
      const f = await data<{ base64: string; rows: number }>(
        { action: 'trips.export', groupId: g },
        who,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      return {
        header: ws.getRow(1).values as unknown[],
        row: ws.getRow(2).values as unknown[],
        rows: f.rows,
      };
    };
    const off = await read(oid(leader()));
    expect(off.rows).toBe(1);
    expect(off.header).toEqual([undefined, '序号', '姓名', '性别', '手机号']);
    expect(JSON.stringify(off.row)).not.toContain('110101196501011234');
    // the number was not kept while the plan did not collect it
    await data({ action: 'trips.updatePlan', planId: p.planId, exportIdNumbers: true }, ADMIN);
    await data(
      {
        action: 'trips.respond',
        planId: p.planId,
        accept: true,
        emergencyName: '王芳',
        emergencyPhone: '13900001111',
        idNumber: '110101196501011234',
      },
      oid(traveller),
    );
    const on = await read(ADMIN);
    expect(on.header).toContain('身份证号');
    expect(on.row).toContain('110101196501011234');
    const roster = await data({ action: 'trips.roster', groupId: g }, oid(leader()));
    expect(JSON.stringify(roster)).not.toContain('110101196501011234');
    expect(await call({ action: 'trips.export', groupId: g }, oid(otherLeader()))).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
  });
});

describe('history import', () => {
  it('previews an .xlsx like the roster (bad lines, unknown 工号) and imports idempotently', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('往年');
    ws.addRow(['工号', '年份', '路线']);
    ws.addRow([eligible[80].staffNo, 2023, '普陀山']);
    ws.addRow([eligible[81].staffNo, '2022', '']);
    ws.addRow(['999999', 2021, '黄山']);
    ws.addRow(['', 2021, '黄山']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(
      await call(
        { action: 'trips.previewHistory', fileBase64: base64, fileName: 'h.xlsx' },
        oid(eligible[80]),
      ),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const pre = await data<{ rows: unknown[]; bad: { line: number }[]; unknown: string[] }>(
      { action: 'trips.previewHistory', fileBase64: base64, fileName: 'h.xlsx' },
      ADMIN,
    );
    expect(pre.rows).toHaveLength(3);
    expect(pre.bad).toEqual([{ line: 5, message: '工号为空或格式不对' }]);
    expect(pre.unknown).toEqual(['999999']);
    expect(await data({ action: 'trips.importHistory', rows: pre.rows }, ADMIN)).toEqual({
      imported: 3,
    });
    expect(await data({ action: 'trips.importHistory', rows: pre.rows }, ADMIN)).toEqual({
      imported: 3,
    });
    expect(await data({ action: 'trips.myTrips' }, oid(eligible[80]))).toEqual({
      trips: [{ year: 2023, route: '普陀山', counted: false }],
    });
  });
});

describe('demo seed', () => {
  it('seeds once, and its plan allocates within every group’s capacity', async () => {
    await seedTrips(t.db, new Date());
    await seedTrips(t.db, new Date());
    const apps = await appsOf(DEMO_PLAN_ID);
    expect(apps.length).toBeGreaterThan(20);
    const roster = await data<{ people: unknown[] }>(
      { action: 'trips.roster', groupId: `${DEMO_PLAN_ID}-r1g1` },
      `dev-${DEMO_LEADER}`,
    );
    expect(roster.people).toEqual([]);
    t.resetRequests();
    const r = await data<{ assigned: number; waitlisted: number }>(
      { action: 'trips.allocate', planId: DEMO_PLAN_ID, seed: 'demo', force: true },
      ADMIN,
    );
    const requests = t.requests();
    expect(r.assigned + r.waitlisted).toBe(apps.length);
    const res = await t.db
      .collection(COLLECTIONS.tripGroups)
      .where({ planId: DEMO_PLAN_ID })
      .limit(100)
      .get();
    for (const g of res.data as GroupDoc[]) {
      const held = (await appsOf(DEMO_PLAN_ID)).filter(
        (a) => a.groupId === g._id && a.status === 'assigned',
      ).length;
      expect(held).toBeLessThanOrEqual(g.capacity);
      expect(g.left).toBe(g.capacity - held);
    }
    // one write per application plus a handful of reads and counter writes
    expect(requests).toBeLessThan(apps.length + 30);
  });
});
