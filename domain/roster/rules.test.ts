import type { BranchDoc, StaffDoc } from './staff';
import {
  cleanName,
  diffRow,
  mapHeaders,
  missingFrom,
  nextBranchId,
  normalizeGrant,
  parseBirth,
  parseDay,
  parsePhone,
  sameGrant,
  validateRows,
  visibleBranches,
  type RawRow,
} from './rules';

const TODAY = '2026-11-23';
const branches: BranchDoc[] = [
  { _id: 'b01', name: '机关分工会', order: 1, active: true },
  { _id: 'b02', name: '图书馆分工会', order: 2, active: true },
  { _id: 'b03', name: '旧分工会', order: 3, active: false },
];
const HEADERS = [
  '工号',
  '姓名',
  '性别',
  '分工会',
  '手机号',
  '会员',
  '状态',
  '入职日期',
  '出生年月',
];
const cols = mapHeaders(HEADERS).columns;
const row = (line: number, values: Partial<Record<string, string>>): RawRow => ({
  line,
  cells: {
    工号: '100001',
    姓名: '王秀英',
    性别: '女',
    分工会: '机关分工会',
    手机号: '13812341234',
    会员: '是',
    状态: '在职',
    入职日期: '2001-09-01',
    出生年月: '1975-03',
    ...values,
  } as Record<string, string>,
});

describe('reading a roster sheet', () => {
  it('maps headers with common variants and names the missing required ones', () => {
    expect(
      mapHeaders([
        '职工号',
        '姓名',
        '性别',
        '所属分工会',
        '手机号码',
        '是否会员',
        '状态',
        '入职时间',
      ]),
    ).toEqual({
      columns: {
        staffNo: '职工号',
        name: '姓名',
        gender: '性别',
        branch: '所属分工会',
        phone: '手机号码',
        member: '是否会员',
        status: '状态',
        joinedOn: '入职时间',
      },
      missing: [],
    });
    expect(mapHeaders(['工号', '姓名', '分工会']).missing).toEqual([
      '性别',
      '手机号',
      '会员',
      '状态',
      '入职日期',
    ]);
  });

  it('reads phones and dates the way people type them', () => {
    expect(parsePhone('138 1234 1234')).toBe('13812341234');
    expect(parsePhone('+8613812341234')).toBe('13812341234');
    expect(parsePhone('1381234123')).toBeNull();
    expect(parsePhone('12812341234')).toBeNull();
    expect(parseDay('2023/9/1', TODAY)).toBe('2023-09-01');
    expect(parseDay('2023年9月1日', TODAY)).toBe('2023-09-01');
    expect(parseDay('20230901', TODAY)).toBe('2023-09-01');
    expect(parseDay('45170', TODAY)).toBe('2023-09-01'); // an Excel day serial
    expect(parseDay('2023-02-30', TODAY)).toBeNull();
    expect(parseDay('2027-01-01', TODAY)).toBeNull();
    expect(parseDay('去年', TODAY)).toBeNull();
    expect(parseBirth('1975.3', TODAY)).toBe('1975-03');
    expect(parseBirth('1975年3月', TODAY)).toBe('1975-03');
    expect(parseBirth('1975-03-09', TODAY)).toBe('1975-03-09');
    expect(parseBirth('1975-13', TODAY)).toBeNull();
  });

  it('cleans names: no spaces inside Chinese names', () => {
    expect(cleanName(' 张 三 ')).toBe('张三');
    expect(cleanName('Li   Ming')).toBe('Li Ming');
  });

  it('accepts a good row and finds the branch by its short name', () => {
    const r = validateRows([row(2, { 分工会: '图书馆' })], cols, branches, TODAY);
    expect(r.bad).toEqual([]);
    expect(r.valid).toEqual([
      {
        line: 2,
        staffNo: '100001',
        name: '王秀英',
        gender: '女',
        branchId: 'b02',
        phone: '13812341234',
        member: true,
        status: '在职',
        joinedOn: '2001-09-01',
        birth: '1975-03',
      },
    ]);
  });

  it('lists every kind of bad row with its line and reasons', () => {
    const r = validateRows(
      [
        row(2, { 工号: '100002' }),
        row(3, { 工号: '100002' }),
        row(4, { 工号: '100004', 分工会: '不存在分工会' }),
        row(5, { 工号: '100005', 手机号: '1381234' }),
        row(6, { 工号: '100006', 入职日期: '2023-13-01' }),
        row(7, { 工号: '100007', 状态: '离职', 会员: '有' }),
        row(8, { 工号: '', 姓名: '' }),
        row(9, { 工号: '100009', 分工会: '旧分工会' }),
      ],
      cols,
      branches,
      TODAY,
    );
    expect(r.valid).toEqual([]);
    expect(r.bad.map((b) => [b.line, b.reasons])).toEqual([
      [2, ['工号 100002 在文件里重复（第 2、3 行）']],
      [3, ['工号 100002 在文件里重复（第 2、3 行）']],
      [4, ['没有名为“不存在分工会”的分工会']],
      [5, ['手机号应为 11 位数字，以 13–19 开头']],
      [6, ['入职日期“2023-13-01”看不懂，请写成 2023-09-01']],
      [7, ['会员应填“是”或“否”，现在是“有”', '状态应为“在职”或“退休”，现在是“离职”']],
      [8, ['缺少工号', '缺少姓名']],
      [9, ['分工会“旧分工会”已停用']],
    ]);
    // a bad row still names its person: they are not "missing" from the file
    expect([...r.named].sort()).toEqual([
      '100002',
      '100004',
      '100005',
      '100006',
      '100007',
      '100009',
    ]);
  });
});

describe('what an import changes', () => {
  const stored: StaffDoc = {
    _id: '100001',
    staffNo: '100001',
    name: '王秀英',
    gender: '女',
    branchId: 'b01',
    phone: '13812341234',
    member: true,
    status: '在职',
    joinedOn: '2001-09-01',
    birth: '1975-03',
    active: true,
    openid: 'dev-x',
    roles: [{ role: 'admin' }],
  };
  const [same] = validateRows([row(2, {})], cols, branches, TODAY).valid;

  it('tells new, unchanged and changed rows, naming the changed fields only', () => {
    expect(diffRow(undefined, same)).toEqual({ kind: 'new' });
    expect(diffRow(stored, same)).toEqual({ kind: 'unchanged' });
    const moved = { ...same, branchId: 'b02', phone: '13900000000' };
    expect(diffRow(stored, moved)).toEqual({ kind: 'changed', fields: ['branchId', 'phone'] });
    const noBirth = { ...same, birth: undefined };
    expect(diffRow(stored, noBirth)).toEqual({ kind: 'changed', fields: ['birth'] });
    expect(diffRow({ ...stored, active: false }, same)).toEqual({
      kind: 'changed',
      fields: ['active'],
    });
  });

  it('finds active people missing from the file', () => {
    const people = [
      { staffNo: '1', active: true },
      { staffNo: '2', active: true },
      { staffNo: '3', active: false },
    ];
    expect(missingFrom(people, new Set(['1']))).toEqual([{ staffNo: '2', active: true }]);
  });
});

describe('roles', () => {
  it('keeps only the scope a role takes and requires a branch for a chair', () => {
    expect(normalizeGrant({ role: 'organizer', eventId: ' e1 ', branchId: 'b01' })).toEqual({
      ok: true,
      grant: { role: 'organizer', eventId: 'e1' },
    });
    expect(normalizeGrant({ role: 'organizer', eventId: '' })).toEqual({
      ok: true,
      grant: { role: 'organizer' },
    });
    expect(normalizeGrant({ role: 'branch_chair' })).toMatchObject({ ok: false });
    expect(normalizeGrant({ role: 'admin', branchId: 'b01' })).toEqual({
      ok: true,
      grant: { role: 'admin' },
    });
  });

  it('compares grants by role and scope', () => {
    expect(
      sameGrant(
        { role: 'branch_chair', branchId: 'b01' },
        { branchId: 'b01', role: 'branch_chair' },
      ),
    ).toBe(true);
    expect(
      sameGrant(
        { role: 'branch_chair', branchId: 'b01' },
        { role: 'branch_chair', branchId: 'b02' },
      ),
    ).toBe(false);
    expect(sameGrant({ role: 'organizer' }, { role: 'organizer', eventId: 'e1' })).toBe(false);
  });

  it('limits a branch chair to their own branches', () => {
    expect(visibleBranches([{ role: 'admin' }])).toBeNull();
    expect(
      visibleBranches([{ role: 'branch_chair', branchId: 'b06' }, { role: 'organizer' }]),
    ).toEqual(['b06']);
    expect(visibleBranches([{ role: 'organizer' }])).toEqual([]);
  });

  it('numbers a new branch after the last one', () => {
    expect(nextBranchId(['b01', 'b24', 'x'])).toBe('b25');
    expect(nextBranchId([])).toBe('b01');
  });
});
