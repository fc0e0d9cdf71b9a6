// Welfare rules: eligibility, phases, pickup points, default order, progress and the rate limit.
import { createBatchInput } from './contract';
import {
  computeProgress,
  defaultOrder,
  eligibility,
  encodeLedger,
  parseLedger,
  phaseOf,
  pointFor,
  TokenBuckets,
} from './rules';

const staff = {
  staffNo: '100010',
  branchId: 'b02',
  member: true,
  status: '在职' as const,
  active: true,
};
const all = { membersOnly: false, includeRetired: true };

describe('eligibility', () => {
  it('admits all active staff by default', () => {
    expect(eligibility(staff, all)).toEqual({ ok: true });
    expect(eligibility({ ...staff, member: false, status: '退休' }, all)).toEqual({ ok: true });
  });
  it('refuses with a plain reason: members only, no retirees, other branch, not on the list, inactive', () => {
    expect(eligibility({ ...staff, member: false }, { ...all, membersOnly: true })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('会员'),
    });
    expect(
      eligibility({ ...staff, status: '退休' }, { ...all, includeRetired: false }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('在职') });
    expect(eligibility(staff, { ...all, branchIds: ['b01'] })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('分工会'),
    });
    expect(eligibility(staff, { ...all, staffNos: ['100011'] })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('名单'),
    });
    expect(eligibility({ ...staff, active: false }, all).ok).toBe(false);
    expect(eligibility(staff, { ...all, branchIds: ['b02'], staffNos: ['100010'] })).toEqual({
      ok: true,
    });
  });
});

describe('phaseOf', () => {
  const b = {
    claimOpenAt: new Date('2026-11-20T00:00:00Z'),
    claimCloseAt: new Date('2026-11-25T00:00:00Z'),
    status: 'open',
  };
  it('is upcoming, open, then closed (close time exclusive)', () => {
    expect(phaseOf(b, new Date('2026-11-19T23:59:59Z'))).toBe('upcoming');
    expect(phaseOf(b, new Date('2026-11-20T00:00:00Z'))).toBe('open');
    expect(phaseOf(b, new Date('2026-11-25T00:00:00Z'))).toBe('closed');
    expect(phaseOf({ ...b, status: 'closed' }, new Date('2026-11-21T00:00:00Z'))).toBe('closed');
  });
});

describe('pointFor', () => {
  const points = [
    { id: 'p1', name: '东区', place: '东区工会', hours: '9-16', branchIds: ['b01', 'b02'] },
    { id: 'p2', name: '西区', place: '西区工会', hours: '9-16', branchIds: [] },
  ];
  it('serves a branch from its listed point, else the catch-all, else its own office', () => {
    expect(pointFor(points, 'b02', '').id).toBe('p1');
    expect(pointFor(points, 'b09', '').id).toBe('p2');
    expect(pointFor([], 'b09', '理学院分工会')).toMatchObject({
      id: 'branch-b09',
      name: '理学院分工会领取点',
    });
  });
});

describe('defaultOrder', () => {
  it('tries the default, then the others with the most left first; nothing without a default', () => {
    expect(defaultOrder('o1', { o1: 0, o2: 5, o3: 50 })).toEqual(['o1', 'o3', 'o2']);
    expect(defaultOrder(null, { o1: 3 })).toEqual([]);
  });
});

describe('computeProgress', () => {
  it('counts per option and per branch from the ledger', () => {
    const p = computeProgress({
      options: [
        { id: 'o1', name: 'A' },
        { id: 'o2', name: 'B' },
      ],
      stock: { o1: 8, o2: 9 },
      stockTotal: { o1: 10, o2: 10 },
      ledger: {
        s1: { o: 'o1', n: 0 },
        s2: { o: 'o1', n: 1, h: new Date() },
        s3: { o: 'o2', n: 0 },
        x: { o: 'o2', n: 0 },
      },
      people: [
        { staffNo: 's1', branchId: 'b01' },
        { staffNo: 's2', branchId: 'b01' },
        { staffNo: 's3', branchId: 'b02' },
        { staffNo: 's4', branchId: 'b02' },
      ],
      branches: [
        { id: 'b01', name: '机关' },
        { id: 'b02', name: '化工' },
      ],
    });
    expect(p.options).toEqual([
      { optionId: 'o1', name: 'A', stock: 10, left: 8, claimed: 2, handedOver: 1 },
      { optionId: 'o2', name: 'B', stock: 10, left: 9, claimed: 1, handedOver: 0 },
    ]);
    expect(p.branches).toEqual([
      { branchId: 'b01', name: '机关', eligible: 2, chosen: 2, notChosen: 0, handedOver: 1 },
      { branchId: 'b02', name: '化工', eligible: 2, chosen: 1, notChosen: 1, handedOver: 0 },
    ]);
    expect(p.totals).toEqual({ eligible: 4, chosen: 3, notChosen: 1, handedOver: 1 });
  });
});

describe('TokenBuckets', () => {
  it('allows a burst, refuses a script, refills with time', () => {
    const b = new TokenBuckets(3, 1);
    expect([1, 2, 3, 4].map(() => b.take('x', 0))).toEqual([true, true, true, false]);
    expect(b.take('y', 0)).toBe(true);
    expect(b.take('x', 1000)).toBe(true);
    expect(b.take('x', 1000)).toBe(false);
  });
});

describe('createBatchInput', () => {
  const base = {
    name: '冬季慰问品',
    claimOpenAt: '2026-11-20T00:00:00+08:00',
    claimCloseAt: '2026-11-27T00:00:00+08:00',
    options: [{ name: 'A', stock: 5 }],
  };
  it('fills sensible defaults: all active staff, pickup at branch, first option as default', () => {
    const parsed = createBatchInput.parse(base);
    expect(parsed).toMatchObject({
      defaultOption: 0,
      fulfilment: 'pickup',
      points: [],
      eligibility: { membersOnly: false, includeRetired: true },
    });
  });
  it('refuses a close before the open, negative stock and a default out of range', () => {
    expect(
      createBatchInput.safeParse({ ...base, claimCloseAt: '2026-11-19T00:00:00+08:00' }).success,
    ).toBe(false);
    expect(
      createBatchInput.safeParse({ ...base, options: [{ name: 'A', stock: -1 }] }).success,
    ).toBe(false);
    expect(createBatchInput.safeParse({ ...base, defaultOption: 3 }).success).toBe(false);
  });
});

describe('ledger lines', () => {
  it('round-trip option, change count, default flag and hand-over time', () => {
    const at = new Date('2026-11-25T02:12:00Z');
    for (const e of [
      { o: 'o2', n: 3 },
      { o: 'o1', n: 0, d: true },
      { o: 'o3', n: 1, h: at },
      { o: 'o1', n: 0, d: true, h: at },
    ]) {
      expect(parseLedger(encodeLedger(e))).toEqual(e);
    }
    expect(encodeLedger({ o: 'o2', n: 3, h: at })).toBe('o2:3:h1795572720000');
    expect(parseLedger('garbage')).toBeNull();
  });
});
