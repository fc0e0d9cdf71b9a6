// Check-up rules with hand-computed numbers: packages at the age and sex edges, days, windows.
import {
  addonsTotal,
  canChange,
  dayRefusal,
  nudgeDue,
  packageFor,
  reimbursable,
  remindersDue,
  slotIdOf,
  slotStartsAt,
  type PackageRule,
} from './rules';

const P = (id: string, sex: 'M' | 'F' | null, minAge: number | null, maxAge: number | null) => ({
  id,
  name: id,
  sex,
  minAge,
  maxAge,
});
const PACKAGES: PackageRule[] = [
  P('男<45', 'M', null, 45),
  P('男≥45', 'M', 45, null),
  P('女<45', 'F', null, 45),
  P('女≥45', 'F', 45, null),
];
const bj = (s: string) => new Date(`${s}+08:00`);

describe('packageFor', () => {
  it('counts a birthday on the exam day: 45 that day gets the ≥ 45 package', () => {
    const man = { gender: '男' as const, birth: '1981-12-10', status: '在职' as const };
    expect(packageFor(PACKAGES, man, '2026-12-10')).toMatchObject({ ok: true, age: 45 });
    expect(
      packageFor(PACKAGES, man, '2026-12-10').ok && packageFor(PACKAGES, man, '2026-12-10'),
    ).toMatchObject({ pkg: { id: '男≥45' } });
    // the day before the birthday he is still 44
    expect(packageFor(PACKAGES, man, '2026-12-09')).toMatchObject({
      ok: true,
      age: 44,
      pkg: { id: '男<45' },
    });
  });

  it('picks by sex', () => {
    const woman = { gender: '女' as const, birth: '1990-03-01', status: '在职' as const };
    expect(packageFor(PACKAGES, woman, '2026-12-10')).toMatchObject({
      pkg: { id: '女<45' },
      age: 36,
    });
    const older = { gender: '女' as const, birth: '1960-01', status: '退休' as const };
    expect(packageFor(PACKAGES, older, '2026-12-10')).toMatchObject({
      pkg: { id: '女≥45' },
      age: 66,
    });
  });

  it('treats a month-only birth as the 1st of that month', () => {
    const man = { gender: '男' as const, birth: '1981-12', status: '在职' as const };
    expect(packageFor(PACKAGES, man, '2026-11-30')).toMatchObject({ age: 44 });
    expect(packageFor(PACKAGES, man, '2026-12-01')).toMatchObject({ age: 45 });
  });

  it('maxAge is exclusive, minAge inclusive', () => {
    const band = [P('40–50', null, 40, 50)];
    const on = (birth: string) =>
      packageFor(band, { birth, gender: '男', status: '在职' }, '2026-06-15');
    expect(on('1986-06-15').ok).toBe(true); // 40
    expect(on('1986-06-16').ok).toBe(false); // 39
    expect(on('1976-06-16').ok).toBe(true); // 49
    expect(on('1976-06-15').ok).toBe(false); // 50
  });

  it('explains a missing sex or birth date, and a package for everyone still fits', () => {
    const nobody = { status: '在职' as const };
    const v = packageFor(PACKAGES, nobody, '2026-12-10');
    expect(v).toMatchObject({ ok: false });
    expect(!v.ok && v.reason).toContain('性别或出生日期');
    expect(
      packageFor([...PACKAGES, P('通用', null, null, null)], nobody, '2026-12-10'),
    ).toMatchObject({
      ok: true,
      pkg: { id: '通用' },
    });
  });
});

describe('days and changes', () => {
  it('refuses today and earlier, and retiree-only days for active staff', () => {
    const now = bj('2026-12-09T23:59:00');
    expect(
      dayRefusal({ date: '2026-12-09', retireesOnly: false }, { status: '在职' }, now),
    ).toContain('提前一天');
    expect(
      dayRefusal({ date: '2026-12-10', retireesOnly: false }, { status: '在职' }, now),
    ).toBeNull();
    expect(
      dayRefusal({ date: '2026-12-10', retireesOnly: true }, { status: '在职' }, now),
    ).toContain('退休');
    expect(
      dayRefusal({ date: '2026-12-10', retireesOnly: true }, { status: '退休' }, now),
    ).toBeNull();
  });

  it('allows a change until the day before, in Beijing time', () => {
    // 2026-12-09 16:30 UTC is 2026-12-10 00:30 in Beijing: the exam day already
    expect(canChange('2026-12-10', new Date('2026-12-09T15:59:00Z'))).toBe(true);
    expect(canChange('2026-12-10', new Date('2026-12-09T16:30:00Z'))).toBe(false);
  });
});

describe('money', () => {
  it('adds add-ons and caps reimbursement at the standard', () => {
    const addons = [
      { id: 'a', priceFen: 12000 },
      { id: 'b', priceFen: 35050 },
    ];
    expect(addonsTotal(addons, ['a', 'b', 'zz'])).toBe(47050);
    expect(reimbursable(80000, 60000)).toBe(60000);
    expect(reimbursable(45000, 60000)).toBe(45000);
  });
});

describe('reminders and nudge', () => {
  it('evening before from 18:00, morning from 06:00 until noon', () => {
    const dates = ['2026-12-10', '2026-12-11'];
    expect(remindersDue(dates, bj('2026-12-09T17:59:00'))).toEqual([]);
    expect(remindersDue(dates, bj('2026-12-09T18:00:00'))).toEqual([
      { date: '2026-12-10', slot: 'eve' },
    ]);
    expect(remindersDue(dates, bj('2026-12-10T06:10:00'))).toEqual([
      { date: '2026-12-10', slot: 'morning' },
    ]);
    expect(remindersDue(dates, bj('2026-12-10T19:00:00'))).toEqual([
      { date: '2026-12-11', slot: 'eve' },
    ]);
    expect(remindersDue(dates, bj('2026-12-10T12:00:00'))).toEqual([]);
  });

  it('nudges from seven days before the close', () => {
    const close = bj('2026-12-20T00:00:00');
    expect(nudgeDue(close, bj('2026-12-12T23:59:00'))).toBe(false);
    expect(nudgeDue(close, bj('2026-12-13T00:00:00'))).toBe(true);
    expect(nudgeDue(close, close)).toBe(false);
  });
});

describe('ids and instants', () => {
  it('builds slot ids and slot start instants', () => {
    expect(slotIdOf('ck-2026', '2026-12-10', '07:30')).toBe('ck-2026-20261210-0730');
    expect(slotStartsAt('2026-12-10', '07:30').toISOString()).toBe('2026-12-09T23:30:00.000Z');
  });
});
