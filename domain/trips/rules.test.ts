// Trips rules with hand-computed cases: eligibility on a date, the cycle, retirees, membership;
// allocation order and allocation under capacity, quotas and preferences; seed reproducibility.
import {
  allocate,
  allocationOrder,
  checkHistoryRows,
  dropCounts,
  eligibility,
  formationOf,
  planPhase,
  planYear,
  type Applicant,
  type EligibilityPlan,
} from './rules';

const plan: EligibilityPlan = {
  year: 2027,
  serviceYears: 5,
  cycleYears: 4,
  membersOnly: true,
  includeRetired: false,
  referenceDay: '2027-03-31',
};
const staff = { member: true, status: '在职' as const, joinedOn: '2010-09-01' };

describe('eligibility', () => {
  it('lets a member with service and no trip apply', () => {
    expect(eligibility(plan, staff, [])).toEqual({ eligible: true });
  });

  it('counts service years on the reference day: 5 years reached on the day, not the day before', () => {
    expect(eligibility(plan, { ...staff, joinedOn: '2022-03-31' }, [])).toEqual({
      eligible: true,
    });
    const r = eligibility(plan, { ...staff, joinedOn: '2022-04-01' }, []);
    expect(r).toEqual({
      eligible: false,
      reason: '需要工龄满 5 年。你 2022 年 4 月入职，2027 年 4 月满 5 年。',
    });
  });

  it('says when a person may go again: travelled 2024, cycle 4 → from 2028', () => {
    expect(eligibility(plan, staff, [2019, 2024])).toEqual({
      eligible: false,
      reason: '你 2024 年参加过，2028 年起可以再报名。',
    });
    expect(eligibility(plan, staff, [2023])).toEqual({ eligible: true });
    expect(eligibility({ ...plan, cycleYears: 0 }, staff, [2027])).toEqual({ eligible: true });
  });

  it('refuses non-members and retirees when the plan says so, and allows them when it does not', () => {
    expect(eligibility(plan, { ...staff, member: false }, []).eligible).toBe(false);
    expect(eligibility(plan, { ...staff, status: '退休' }, []).eligible).toBe(false);
    expect(
      eligibility({ ...plan, includeRetired: true }, { ...staff, status: '退休' }, []).eligible,
    ).toBe(true);
    expect(
      eligibility({ ...plan, membersOnly: false }, { ...staff, member: false }, []).eligible,
    ).toBe(true);
  });

  it('cannot count service without an entry date, unless no service is required', () => {
    const noDate = { member: true, status: '在职' as const };
    expect(eligibility(plan, noDate, []).eligible).toBe(false);
    expect(eligibility({ ...plan, serviceYears: 0 }, noDate, []).eligible).toBe(true);
  });
});

const a = (staffNo: string, choices: string[], extra: Partial<Applicant> = {}): Applicant => ({
  staffNo,
  branchId: 'b01',
  choices,
  priority: false,
  ...extra,
});

describe('allocation order', () => {
  it('puts the priority list first, then the longest since a last trip, never travelled first', () => {
    const order = allocationOrder(
      [
        a('1', ['g'], { lastYear: 2020 }),
        a('2', ['g'], { lastYear: 2015 }),
        a('3', ['g']),
        a('4', ['g'], { priority: true, lastYear: 2022 }),
      ],
      'seed',
    );
    expect(order.map((x) => x.staffNo)).toEqual(['4', '3', '2', '1']);
  });

  it('breaks ties by the seed alone: the same seed in any input order gives the same order', () => {
    const people = Array.from({ length: 30 }, (_, i) => a(String(1000 + i), ['g']));
    const one = allocationOrder(people, '2027-spring').map((x) => x.staffNo);
    const two = allocationOrder([...people].reverse(), '2027-spring').map((x) => x.staffNo);
    const other = allocationOrder(people, '2027-autumn').map((x) => x.staffNo);
    expect(two).toEqual(one);
    expect(other).not.toEqual(one);
    expect([...one].sort()).toEqual(people.map((p) => p.staffNo));
  });
});

describe('allocate', () => {
  it('gives each person their highest preference with room, in order; the rest wait', () => {
    // order (no ties by design): p first (priority), then by last year 2010 < 2015 < 2018 < 2020
    const r = allocate(
      [
        a('p', ['A', 'B'], { priority: true }),
        a('x', ['A', 'B'], { lastYear: 2010 }),
        a('y', ['A', 'B'], { lastYear: 2015 }),
        a('z', ['A'], { lastYear: 2018 }),
        a('w', ['B', 'A'], { lastYear: 2020 }),
      ],
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
      's',
    );
    expect(r.order).toEqual(['p', 'x', 'y', 'z', 'w']);
    expect(Object.fromEntries(r.assigned)).toEqual({ p: 'A', x: 'A', y: 'B' });
    expect(r.waitlisted).toEqual(['z', 'w']);
    expect(Object.fromEntries(r.taken)).toEqual({ A: 2, B: 1 });
  });

  it('never exceeds a branch quota: a branch out of quota waits even with room left', () => {
    const r = allocate(
      [
        a('1', ['A'], { branchId: 'b01', lastYear: 2001 }),
        a('2', ['A'], { branchId: 'b01', lastYear: 2002 }),
        a('3', ['A'], { branchId: 'b02', lastYear: 2003 }),
        a('4', ['A'], { branchId: 'b01', lastYear: 2004 }),
      ],
      new Map([['A', 10]]),
      's',
      new Map([['b01', 2]]),
    );
    expect(Object.fromEntries(r.assigned)).toEqual({ '1': 'A', '2': 'A', '3': 'A' });
    expect(r.waitlisted).toEqual(['4']);
    expect(r.quotaUsed.get('b01')).toBe(2);
  });

  it('keeps every group within capacity and quotas for many random applicants', () => {
    const groups = new Map([
      ['A', 7],
      ['B', 5],
      ['C', 3],
    ]);
    const quotas = new Map([
      ['b01', 4],
      ['b02', 6],
    ]);
    const ids = ['A', 'B', 'C'];
    const people = Array.from({ length: 60 }, (_, i) =>
      a(`s${i}`, [ids[i % 3], ids[(i + 1) % 3]].slice(0, 1 + (i % 2)), {
        branchId: `b0${(i % 3) + 1}`,
        priority: i % 17 === 0,
        lastYear: i % 5 === 0 ? undefined : 2010 + (i % 9),
      }),
    );
    const r = allocate(people, groups, 'many', quotas);
    for (const [g, cap] of groups) expect(r.taken.get(g) ?? 0).toBeLessThanOrEqual(cap);
    for (const [b, q] of quotas) {
      const used = [...r.assigned.keys()].filter(
        (no) => people.find((p) => p.staffNo === no)?.branchId === b,
      ).length;
      expect(used).toBeLessThanOrEqual(q);
    }
    expect(r.assigned.size + r.waitlisted.length).toBe(60);
    // reproducible: the same seed and applications give the same places
    const again = allocate(people, groups, 'many', quotas);
    expect(Object.fromEntries(again.assigned)).toEqual(Object.fromEntries(r.assigned));
  });

  it('ignores group ids that are not in the plan', () => {
    const r = allocate([a('1', ['nope', 'A'])], new Map([['A', 1]]), 's');
    expect(r.assigned.get('1')).toBe('A');
  });
});

describe('phases and dates', () => {
  const p = {
    applyOpenAt: new Date('2027-03-01T00:00:00+08:00'),
    applyCloseAt: new Date('2027-03-31T00:00:00+08:00'),
    status: 'open',
  };
  it('tells upcoming, open, closed and allocated apart', () => {
    expect(planPhase(p, new Date('2027-02-28T23:59:00+08:00'))).toBe('upcoming');
    expect(planPhase(p, new Date('2027-03-01T00:00:00+08:00'))).toBe('open');
    expect(planPhase(p, new Date('2027-03-31T00:00:00+08:00'))).toBe('closed');
    expect(planPhase({ ...p, status: 'allocated' }, new Date('2027-03-02'))).toBe('allocated');
  });
  it('forms a group a week before departure and counts a late drop only if the plan says so', () => {
    const depart = new Date('2027-05-10T08:00:00+08:00');
    const formed = formationOf(depart);
    expect(formed.toISOString()).toBe(new Date('2027-05-03T08:00:00+08:00').toISOString());
    expect(dropCounts(new Date('2027-05-02T00:00:00+08:00'), formed, true)).toBe(false);
    expect(dropCounts(new Date('2027-05-04T00:00:00+08:00'), formed, true)).toBe(true);
    expect(dropCounts(new Date('2027-05-04T00:00:00+08:00'), formed, false)).toBe(false);
  });
  it('takes the plan year from the earliest departure in Beijing time', () => {
    expect(planYear([new Date('2026-12-31T17:00:00Z'), new Date('2027-06-01T00:00:00Z')])).toBe(
      2027,
    );
    expect(planYear([new Date('2027-06-01T00:00:00Z')], 2026)).toBe(2026);
  });
});

describe('history rows', () => {
  it('keeps good rows once, and names what is wrong with a bad one', () => {
    const r = checkHistoryRows(
      [
        { line: 2, cells: { 工号: '100004', 年份: '2024', 路线: '千岛湖' } },
        { line: 3, cells: { 工号: '100004', 年份: '2024年' } },
        { line: 4, cells: { 工号: '', 年份: '2024' } },
        { line: 5, cells: { 工号: '100005', 年份: '2031' } },
      ],
      2026,
    );
    expect(r.rows).toEqual([{ staffNo: '100004', year: 2024, route: '千岛湖' }]);
    expect(r.bad).toEqual([
      { line: 4, message: '工号为空或格式不对' },
      { line: 5, message: '年份应为 1980 到 2026 之间的四位数' },
    ]);
  });
});
