// Event rules: phases, the one-line verdict, audience rules and the reproducible lottery.
import { checkEligibility, describeAudience, type EligibilityFacts } from './audience';
import { createInput, type AudienceRule } from './contract';
import { drawOrder, pickWinners } from './lottery';
import {
  checkinTimingWarning,
  phaseOf,
  verdictOf,
  waitPosition,
  windowProblem,
  type VerdictInput,
} from './rules';

const at = (s: string) => new Date(s);
const base: VerdictInput = {
  status: 'published',
  allocation: 'first_come',
  approval: false,
  waitlist: true,
  capacity: 40,
  seatsLeft: 5,
  signupOpenAt: at('2026-03-01T09:00:00+08:00'),
  signupCloseAt: at('2026-03-05T12:00:00+08:00'),
  cancelCutoffAt: at('2026-03-07T12:00:00+08:00'),
  endAt: at('2026-03-08T17:00:00+08:00'),
  lotteryDrawn: false,
};
const during = at('2026-03-02T10:00:00+08:00');
const ok = { ok: true } as const;

describe('phaseOf', () => {
  it('walks upcoming → open → closed → over', () => {
    expect(phaseOf(base, at('2026-02-28T00:00:00+08:00'))).toBe('upcoming');
    expect(phaseOf(base, during)).toBe('open');
    expect(phaseOf(base, at('2026-03-06T00:00:00+08:00'))).toBe('closed');
    expect(phaseOf(base, at('2026-03-09T00:00:00+08:00'))).toBe('over');
  });
});

describe('verdictOf', () => {
  it('says how many seats are left when I can sign up', () => {
    expect(verdictOf(base, null, ok, during)).toEqual({
      can: 'signup',
      line: '还剩 5 个名额，现在可以报名。',
    });
  });
  it('offers the waitlist when full, or says full when there is none', () => {
    expect(verdictOf({ ...base, seatsLeft: 0 }, null, ok, during).can).toBe('waitlist');
    expect(verdictOf({ ...base, seatsLeft: 0, waitlist: false }, null, ok, during)).toMatchObject({
      can: 'none',
      line: expect.stringContaining('名额已满'),
    });
  });
  it('says when sign-up opens, and that it closed', () => {
    expect(verdictOf(base, null, ok, at('2026-02-01T00:00:00+08:00')).line).toContain(
      '3月1日 09:00 开放报名',
    );
    expect(verdictOf(base, null, ok, at('2026-03-06T00:00:00+08:00')).line).toBe('报名已截止。');
  });
  it('says why not eligible', () => {
    expect(verdictOf(base, null, { ok: false, reason: '这个活动面向女教职工' }, during)).toEqual({
      can: 'none',
      line: '你不能报名：这个活动面向女教职工。',
    });
  });
  it('gives my waitlist place and my pass', () => {
    expect(verdictOf(base, { status: 'waitlisted', waitPosition: 3 }, ok, during).line).toContain(
      '候补第 3 位',
    );
    expect(verdictOf(base, { status: 'confirmed' }, ok, during).can).toBe('pass');
    expect(
      verdictOf({ ...base, allocation: 'lottery' }, { status: 'pending' }, ok, during).line,
    ).toContain('开奖');
  });
  it('leaves team events to branch chairs and lotteries to the draw', () => {
    expect(verdictOf({ ...base, team: { min: 5, max: 8 } }, null, ok, during).line).toContain(
      '分工会主席',
    );
    expect(verdictOf({ ...base, allocation: 'lottery' }, null, ok, during).can).toBe('apply');
  });
});

describe('windowProblem', () => {
  it('names the problem with a code', () => {
    expect(windowProblem({ ...base }, during)).toBeNull();
    expect(windowProblem({ ...base }, at('2026-02-01T00:00:00+08:00'))?.code).toBe(
      'events.not_open',
    );
    expect(windowProblem({ ...base }, at('2026-03-06T00:00:00+08:00'))?.code).toBe('events.closed');
    expect(windowProblem({ ...base, status: 'cancelled' }, during)?.code).toBe('events.cancelled');
  });
});

describe('checkEligibility', () => {
  const staff: EligibilityFacts['staff'] = {
    staffNo: '100010',
    gender: '女',
    member: true,
    status: '在职',
    branchId: 'b03',
    birth: '1976-03',
  };
  const facts = (
    s: Partial<EligibilityFacts['staff']> = {},
    more: Partial<EligibilityFacts> = {},
  ): EligibilityFacts => ({
    staff: { ...staff, ...s },
    now: during,
    ...more,
  });
  const ev = (audience: AudienceRule[], mixer = false) => ({
    audience,
    mixer,
    startAt: at('2026-03-08T14:00:00+08:00'),
  });

  it('lets everyone in with no rules', () => {
    expect(checkEligibility(ev([]), facts({ member: false }))).toEqual({ ok: true });
  });
  it('checks members, women, retirees, branches and named lists', () => {
    expect(checkEligibility(ev([{ kind: 'members' }]), facts({ member: false })).ok).toBe(false);
    expect(checkEligibility(ev([{ kind: 'women' }]), facts({ gender: '男' })).ok).toBe(false);
    expect(checkEligibility(ev([{ kind: 'retirees' }]), facts()).ok).toBe(false);
    expect(checkEligibility(ev([{ kind: 'retirees' }]), facts({ status: '退休' })).ok).toBe(true);
    expect(checkEligibility(ev([{ kind: 'branches', branchIds: ['b03'] }]), facts()).ok).toBe(true);
    expect(checkEligibility(ev([{ kind: 'branches', branchIds: ['b04'] }]), facts()).ok).toBe(
      false,
    );
    expect(checkEligibility(ev([{ kind: 'named', staffNos: ['100010'] }]), facts()).ok).toBe(true);
  });
  it('judges age on the day of the event', () => {
    // born March 1976: 50 on 2026-03-08 (birth month counts from its 1st)
    expect(checkEligibility(ev([{ kind: 'age', min: 50 }]), facts()).ok).toBe(true);
    expect(checkEligibility(ev([{ kind: 'age', min: 50 }]), facts({ birth: '1976-04' })).ok).toBe(
      false,
    );
    expect(
      checkEligibility(ev([{ kind: 'age', max: 35 }]), facts({ birth: undefined })),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('出生年月') });
  });
  it('needs club membership unless open to all, and a mixer declaration', () => {
    const club: AudienceRule = { kind: 'club', clubId: 'photo', openToAll: false };
    expect(checkEligibility(ev([club]), facts({}, { clubMember: false })).ok).toBe(false);
    expect(checkEligibility(ev([club]), facts({}, { clubMember: true })).ok).toBe(true);
    expect(checkEligibility(ev([{ ...club, openToAll: true }]), facts()).ok).toBe(true);
    expect(checkEligibility(ev([], true), facts()).ok).toBe(false);
    expect(checkEligibility(ev([], true), facts({}, { mixerDeclared: true })).ok).toBe(true);
  });
  it('describes the audience in words', () => {
    expect(describeAudience([])).toBe('全体教职工');
    expect(describeAudience([{ kind: 'members' }, { kind: 'women' }])).toBe('工会会员 · 女教职工');
  });
});

describe('lottery', () => {
  const ids = Array.from({ length: 50 }, (_, i) => `e1:${1000 + i}`);
  it('is reproducible from its seed, whatever the input order', () => {
    const a = drawOrder(ids, 'seed-2026');
    const b = drawOrder([...ids].reverse(), 'seed-2026');
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([...ids].sort());
    expect(drawOrder(ids, 'another-seed')).not.toEqual(a);
  });
  it('fills the capacity in draw order, honouring branch quotas', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const applicants = new Map(order.map((id, i) => [id, { id, branchId: i < 3 ? 'b01' : 'b02' }]));
    expect(pickWinners(order, applicants, 3)).toEqual({
      winners: ['a', 'b', 'c'],
      waitlist: ['d', 'e'],
    });
    expect(pickWinners(order, applicants, 3, { b01: 1, b02: 5 })).toEqual({
      winners: ['a', 'd', 'e'],
      waitlist: ['b', 'c'],
    });
  });
});

describe('waitPosition', () => {
  it('counts earlier arrivals still waiting', () => {
    expect(waitPosition(7, [3, 7, 9, 12])).toBe(2);
  });
});

describe('createInput', () => {
  it('fills sensible defaults and refuses a close after the start', () => {
    const input = {
      title: '三八表彰会',
      type: '庆典/表彰',
      location: '学术报告厅',
      startAt: '2026-03-08T14:00:00+08:00',
      endAt: '2026-03-08T16:00:00+08:00',
      signupOpenAt: '2026-03-01T09:00:00+08:00',
      signupCloseAt: '2026-03-06T12:00:00+08:00',
      capacity: 200,
    };
    const parsed = createInput.parse(input);
    expect(parsed).toMatchObject({
      allocation: 'first_come',
      approval: false,
      audience: [],
      draft: false,
      waitlist: true,
    });
    expect(
      createInput.safeParse({ ...input, signupCloseAt: '2026-03-09T12:00:00+08:00' }).success,
    ).toBe(false);
    expect(createInput.safeParse({ ...input, type: '派对' }).success).toBe(false);
  });
});

describe('checkinTimingWarning (D16)', () => {
  const start = new Date('2026-12-13T06:00:00Z'); // 14:00 Beijing
  const end = new Date('2026-12-13T08:00:00Z');
  it('warns 12 days early, names the day and the count', () => {
    const w = checkinTimingWarning(start, end, new Date('2026-12-01T06:00:00Z'));
    expect(w).toContain('还有 12 天');
    expect(w).toContain('请确认是这个活动');
  });
  it('says nothing at the door, from two hours before to the end', () => {
    expect(checkinTimingWarning(start, end, new Date('2026-12-13T04:00:00Z'))).toBeNull();
    expect(checkinTimingWarning(start, end, new Date('2026-12-13T07:59:00Z'))).toBeNull();
  });
  it('warns the same day too early, and after the end', () => {
    expect(checkinTimingWarning(start, end, new Date('2026-12-13T01:00:00Z'))).toContain(
      '还没到时间',
    );
    expect(checkinTimingWarning(start, end, end)).toContain('已于');
  });
});
