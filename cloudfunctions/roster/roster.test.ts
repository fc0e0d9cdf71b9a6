// The roster function through the gateway, the real SDK and the local cloud: import preview and
// confirm, idempotency, roles, scoping of branch chairs, unbinding and rebinding, branches, export.
import ExcelJS from 'exceljs';
import { COLLECTIONS } from '../../database/collections';
import type { Me } from '../../domain/account/contract';
import type { ImportResult, PersonDetail, RosterPreview } from '../../domain/roster/contract';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

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
type Row = (string | number | Date)[];

async function xlsx(rows: Row[], headers = HEADERS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const person = (
  no: string,
  over: Partial<
    Record<'name' | 'branch' | 'phone' | 'member' | 'status' | 'joined' | 'birth', string>
  > = {},
): Row => [
  no,
  over.name ?? `测试${no.slice(-3)}`,
  '女',
  over.branch ?? '机关分工会',
  over.phone ?? `139${no.replace(/\D/g, '').padStart(8, '0').slice(-8)}`,
  over.member ?? '是',
  over.status ?? '在职',
  over.joined ?? '2010-09-01',
  over.birth ?? '1980-05',
];

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

async function staff(staffNo: string) {
  const res = await t.db.collection(COLLECTIONS.staff).doc(staffNo).get();
  return (res.data as Record<string, unknown>[])[0];
}
const staffCount = async () => (await t.db.collection(COLLECTIONS.staff).count()).total;

async function previewOf(fileBase64: string, fileName = 'roster.xlsx') {
  return t.data<RosterPreview>(
    'roster',
    { action: 'roster.preview', fileBase64, fileName },
    'dev-admin',
  );
}
async function importOf(
  fileBase64: string,
  extra: Record<string, unknown> = {},
  fileName = 'roster.xlsx',
) {
  const p = await previewOf(fileBase64, fileName);
  return t.call<ImportResult>(
    'roster',
    { action: 'roster.import', fileBase64, fileName, fingerprint: p.fingerprint, ...extra },
    'dev-admin',
  );
}

describe('roster import', () => {
  it('lists every kind of bad row in the preview and writes nothing', async () => {
    const file = await xlsx([
      person('R0001'),
      person('R0002'),
      person('R0002', { name: '重复的人' }),
      person('R0004', { branch: '火星分工会' }),
      person('R0005', { phone: '1381234' }),
      person('R0006', { joined: '2023-02-30' }),
      person('R0007', { status: '离职' }),
      ['R0008', '', '男', '机关分工会', '13900000008', '是', '在职', '2010-01-01', ''],
    ]);
    const before = await staffCount();
    t.resetRequests();
    const p = await previewOf(file);
    // identity + branches + the roster in pages of 1000: reads only
    expect(t.requests()).toBe(3);
    expect(p.total).toBe(8);
    expect(p.counts).toEqual({ new: 1, changed: 0, unchanged: 0, bad: 7 });
    expect(p.bad.map((b) => [b.line, b.staffNo])).toEqual([
      [3, 'R0002'],
      [4, 'R0002'],
      [5, 'R0004'],
      [6, 'R0005'],
      [7, 'R0006'],
      [8, 'R0007'],
      [9, 'R0008'],
    ]);
    expect(p.bad[0].reasons[0]).toContain('重复');
    expect(p.bad[2].reasons).toEqual(['没有名为“火星分工会”的分工会']);
    expect(p.bad[3].reasons[0]).toContain('手机号');
    expect(p.bad[4].reasons[0]).toContain('入职日期');
    expect(p.bad[5].reasons[0]).toContain('状态');
    expect(p.bad[6].reasons).toEqual(['缺少姓名']);
    expect(p.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await staffCount()).toBe(before);

    // confirming without skipping bad rows is refused, and still writes nothing
    const r = await t.call(
      'roster',
      {
        action: 'roster.import',
        fileBase64: file,
        fileName: 'roster.xlsx',
        fingerprint: p.fingerprint,
      },
      'dev-admin',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'roster.has_bad_rows' } });
    expect(await staffCount()).toBe(before);
    expect(await staff('R0001')).toBeUndefined();
  });

  it('refuses a file missing a column, naming it', async () => {
    const file = await xlsx([['R0001', '张三', '机关分工会']], ['工号', '姓名', '分工会']);
    const r = await t.call(
      'roster',
      { action: 'roster.preview', fileBase64: file, fileName: 'a.xlsx' },
      'dev-admin',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'roster.missing_columns' } });
    if (!r.ok) expect(r.error.message).toContain('手机号');
  });

  it('refuses a confirmation of a file other than the one previewed', async () => {
    const a = await xlsx([person('R0100')]);
    const b = await xlsx([person('R0101')]);
    const p = await previewOf(a);
    const r = await t.call(
      'roster',
      { action: 'roster.import', fileBase64: b, fileName: 'b.xlsx', fingerprint: p.fingerprint },
      'dev-admin',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'roster.file_changed' } });
    expect(await staff('R0101')).toBeUndefined();
  });

  it('imports, then a second import of the same file changes nothing', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => person(`R1${String(i).padStart(3, '0')}`));
    const file = await xlsx(rows);
    const first = await importOf(file);
    expect(first).toMatchObject({
      ok: true,
      data: { total: 40, processed: 40, created: 40, updated: 0, nextOffset: null },
    });
    const doc = await staff('R1000');
    expect(doc).toMatchObject({
      staffNo: 'R1000',
      branchId: 'b01',
      status: '在职',
      member: true,
      active: true,
      roles: [],
    });

    const p = await previewOf(file);
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: 40, bad: 0 });
    t.resetRequests();
    const again = await t.data<ImportResult>(
      'roster',
      {
        action: 'roster.import',
        fileBase64: file,
        fileName: 'roster.xlsx',
        fingerprint: p.fingerprint,
      },
      'dev-admin',
    );
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 40, deactivated: 0 });
    // identity + branches + the 40 people by 工号 + the audit entry; no write to the roster
    expect(t.requests()).toBe(4);
  });

  it('updates a changed row by 工号, keeping the binding and roles', async () => {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('R1001')
      .update({ openid: 'phone-r1001', roles: [{ role: 'organizer' }] });
    const rows = Array.from({ length: 40 }, (_, i) => person(`R1${String(i).padStart(3, '0')}`));
    rows[1] = person('R1001', {
      branch: '图书馆分工会',
      phone: '13700001111',
      status: '退休',
      birth: '',
    });
    const file = await xlsx(rows);
    const p = await previewOf(file);
    expect(p.counts).toEqual({ new: 0, changed: 1, unchanged: 39, bad: 0 });
    expect(p.changed).toEqual([
      {
        line: 3,
        staffNo: 'R1001',
        name: '测试001',
        fields: ['分工会', '手机号', '状态', '出生年月'],
      },
    ]);
    const r = await importOf(file);
    expect(r).toMatchObject({ ok: true, data: { created: 0, updated: 1, unchanged: 39 } });
    const doc = await staff('R1001');
    expect(doc).toMatchObject({
      branchId: 'b21',
      phone: '13700001111',
      status: '退休',
      openid: 'phone-r1001',
      roles: [{ role: 'organizer' }],
    });
    expect(doc.birth).toBeUndefined();
  });

  it('skips bad rows when asked, writing the good ones', async () => {
    const file = await xlsx([person('R2001'), person('R2002', { phone: '12345' })]);
    const r = await importOf(file, { skipBadRows: true });
    expect(r).toMatchObject({ ok: true, data: { total: 1, created: 1, skipped: 1 } });
    expect(await staff('R2001')).toBeDefined();
    expect(await staff('R2002')).toBeUndefined();
  });

  it('writes in chunks the app can show progress for, with the same result', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => person(`R3${String(i).padStart(3, '0')}`));
    const file = await xlsx(rows);
    const p = await previewOf(file);
    const base = {
      action: 'roster.import',
      fileBase64: file,
      fileName: 'roster.xlsx',
      fingerprint: p.fingerprint,
      limit: 10,
    };
    const seen: (number | null)[] = [];
    let offset: number | null = 0;
    let created = 0;
    while (offset !== null) {
      const r: ImportResult = await t.data<ImportResult>(
        'roster',
        { ...base, offset },
        'dev-admin',
      );
      created += r.created;
      seen.push(r.nextOffset);
      offset = r.nextOffset;
    }
    expect(seen).toEqual([10, 20, null]);
    expect(created).toBe(25);
    // a repeated chunk (a retry after a lost answer) changes nothing
    await expect(t.data('roster', { ...base, offset: 10 }, 'dev-admin')).resolves.toMatchObject({
      created: 0,
      unchanged: 10,
    });
  });

  it('reads a CSV saved by Excel in GBK', async () => {
    const text = [
      HEADERS.join(','),
      'R4001,赵敏,女,人文学院分工会,13912340001,否,退休,1990/3/1,1955.10',
    ].join('\r\n');
    const gbk = Buffer.from(new TextEncoderGbk().encode(text));
    const r = await importOf(gbk.toString('base64'), {}, 'roster.csv');
    expect(r).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await staff('R4001')).toMatchObject({
      name: '赵敏',
      branchId: 'b12',
      member: false,
      status: '退休',
      joinedOn: '1990-03-01',
      birth: '1955-10',
    });
  });
});

describe('who may do what', () => {
  it('refuses a staff member calling admin actions', async () => {
    const file = await xlsx([person('R5001')]);
    for (const event of [
      { action: 'roster.preview', fileBase64: file, fileName: 'a.xlsx' },
      { action: 'roster.grantRole', staffNo: '100010', grant: { role: 'admin' } },
      { action: 'roster.unbind', staffNo: '100010' },
      { action: 'roster.list' },
      { action: 'roster.saveBranch', name: '新分工会', order: 30 },
    ]) {
      await expect(t.call('roster', event, 'dev-100010')).resolves.toMatchObject({
        ok: false,
        error: { code: 'auth.forbidden' },
      });
    }
    await expect(t.call('roster', { action: 'roster.list' }, 'never-bound')).resolves.toMatchObject(
      { ok: false, error: { code: 'auth.unbound' } },
    );
  });

  it('shows a branch chair only their own branch, without phones', async () => {
    type List = {
      items: { branchId: string; staffNo: string }[];
      total: number;
      scopeBranchId: string | null;
    };
    const own = await t.data<List>('roster', { action: 'roster.list' }, 'dev-chair');
    expect(own.scopeBranchId).toBe('b06');
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((p) => p.branchId === 'b06')).toBe(true);
    expect(JSON.stringify(own)).not.toMatch(/phone|birth/);

    await expect(
      t.call('roster', { action: 'roster.list', branchId: 'b01' }, 'dev-chair'),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    await expect(
      t.call('roster', { action: 'roster.person', staffNo: '100001' }, 'dev-chair'),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    await expect(
      t.call('roster', { action: 'roster.export', branchId: 'b01' }, 'dev-chair'),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    const other = own.items.find((p) => p.staffNo !== '100003') as { staffNo: string };
    const mate = await t.data<PersonDetail>(
      'roster',
      { action: 'roster.person', staffNo: other.staffNo },
      'dev-chair',
    );
    expect(mate.phone).toBeUndefined();
    expect(mate.birth).toBeUndefined();
    expect(mate.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('shows phone and birth date to admins and to the person only', async () => {
    const asAdmin = await t.data<PersonDetail>(
      'roster',
      { action: 'roster.person', staffNo: '100010' },
      'dev-admin',
    );
    expect(asAdmin.phone).toMatch(/^1\d{10}$/);
    const mine = await t.data<PersonDetail>('roster', { action: 'roster.mine' }, 'dev-100010');
    expect(mine).toMatchObject({ staffNo: '100010', phone: asAdmin.phone });
  });

  it('names the scopes of role grants, not their ids (D6)', async () => {
    await t.db.collection(COLLECTIONS.departments).add({ _id: 'rsc', name: '人事处', order: 1 });
    await t.db.collection(COLLECTIONS.clubs).add({ _id: 'club-calligraphy', name: '书法协会' });
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('100011')
      .update({
        roles: [
          { role: 'handler', departmentId: 'rsc' },
          { role: 'club_leader', clubId: 'club-calligraphy' },
          { role: 'club_leader', clubId: 'club-gone' },
        ],
      });
    const p = await t.data<PersonDetail>(
      'roster',
      { action: 'roster.person', staffNo: '100011' },
      'dev-admin',
    );
    expect(p.scopeNames).toEqual(
      expect.arrayContaining([
        { id: 'rsc', name: '人事处' },
        { id: 'club-calligraphy', name: '书法协会' },
      ]),
    );
    expect(p.scopeNames).toHaveLength(2);
    const list = await t.data<{ scopeNames: { id: string; name: string }[] }>(
      'roster',
      { action: 'roster.list', q: '100011' },
      'dev-admin',
    );
    expect(list.scopeNames).toEqual(expect.arrayContaining([{ id: 'rsc', name: '人事处' }]));
  });

  it('searches by name or 工号', async () => {
    type List = { items: { staffNo: string; name: string }[]; total: number };
    const byNo = await t.data<List>('roster', { action: 'roster.list', q: '10001' }, 'dev-admin');
    expect(byNo.items.map((p) => p.staffNo)).toContain('100010');
    expect(byNo.items.every((p) => p.staffNo.startsWith('10001') || p.name.includes('10001'))).toBe(
      true,
    );
    const target = await staff('100020');
    const byName = await t.data<List>(
      'roster',
      { action: 'roster.list', q: String(target.name) },
      'dev-admin',
    );
    expect(byName.items.map((p) => p.staffNo)).toContain('100020');
  });
});

describe('roles', () => {
  it('grants and revokes a scoped role, idempotently', async () => {
    const grant = { role: 'branch_chair', branchId: 'b03' };
    await expect(
      t.data('roster', { action: 'roster.grantRole', staffNo: '100020', grant }, 'dev-admin'),
    ).resolves.toEqual({
      staffNo: '100020',
      grants: [grant],
    });
    await expect(
      t.data('roster', { action: 'roster.grantRole', staffNo: '100020', grant }, 'dev-admin'),
    ).resolves.toMatchObject({
      grants: [grant],
    });
    const me = await t.data<Extract<Me, { bound: true }>>(
      'account',
      { action: 'account.me' },
      'dev-100020',
    );
    expect(me.roles).toEqual(['staff', 'branch_chair']);
    // now chair of b03: sees b03, not b06
    await expect(
      t.call('roster', { action: 'roster.list', branchId: 'b03' }, 'dev-100020'),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      t.call('roster', { action: 'roster.list', branchId: 'b06' }, 'dev-100020'),
    ).resolves.toMatchObject({ ok: false });

    await expect(
      t.data('roster', { action: 'roster.revokeRole', staffNo: '100020', grant }, 'dev-admin'),
    ).resolves.toEqual({
      staffNo: '100020',
      grants: [],
    });
    await expect(t.call('roster', { action: 'roster.list' }, 'dev-100020')).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
  });

  it('asks for a branch when granting a branch chair, and keeps an admin from demoting themself', async () => {
    await expect(
      t.call(
        'roster',
        { action: 'roster.grantRole', staffNo: '100021', grant: { role: 'branch_chair' } },
        'dev-admin',
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    await expect(
      t.call(
        'roster',
        { action: 'roster.revokeRole', staffNo: '100001', grant: { role: 'admin' } },
        'dev-admin',
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'roster.self_admin' } });
    expect((await staff('100001')).roles).toEqual([{ role: 'admin' }]);
  });
});

describe('unbinding', () => {
  it('lets an admin unbind a person, who then binds a new phone', async () => {
    const s = await staff('100030');
    expect(s.openid).toBe('dev-100030');
    await expect(
      t.data('roster', { action: 'roster.unbind', staffNo: '100030' }, 'dev-admin'),
    ).resolves.toEqual({
      staffNo: '100030',
      wasBound: true,
    });
    expect((await staff('100030')).openid).toBeUndefined();
    const binding = await t.db.collection(COLLECTIONS.bindings).doc('dev-100030').get();
    expect(binding.data).toEqual([]);
    await expect(t.data('account', { action: 'account.me' }, 'dev-100030')).resolves.toEqual({
      bound: false,
    });

    const input = {
      action: 'account.bind',
      staffNo: '100030',
      name: s.name,
      phoneLast4: String(s.phone).slice(-4),
    };
    await expect(t.data<Me>('account', input, 'new-phone-100030')).resolves.toMatchObject({
      bound: true,
      staffNo: '100030',
    });
    // the old WeChat is free to bind again (to nobody else's entry without the right details)
    await expect(
      t.data('roster', { action: 'roster.unbind', staffNo: '100030' }, 'dev-admin'),
    ).resolves.toMatchObject({ wasBound: true });
    await expect(
      t.data('roster', { action: 'roster.unbind', staffNo: '100030' }, 'dev-admin'),
    ).resolves.toMatchObject({ wasBound: false });
  });
});

describe('branches and export', () => {
  it('lists branches with head counts, and lets an admin add and rename one', async () => {
    type Branches = { branches: { id: string; name: string; people?: number; active: boolean }[] };
    const list = await t.data<Branches>('roster', { action: 'roster.branches' }, 'dev-admin');
    expect(list.branches).toHaveLength(24);
    expect(list.branches[0]).toMatchObject({ id: 'b01', name: '机关分工会' });
    expect(list.branches.reduce((n, b) => n + (b.people ?? 0), 0)).toBeGreaterThan(300);
    const forStaff = await t.data<Branches>('roster', { action: 'roster.branches' }, 'dev-100010');
    expect(forStaff.branches[0].people).toBeUndefined();

    const added = await t.data<{ id: string }>(
      'roster',
      { action: 'roster.saveBranch', name: '校医院分工会', order: 25 },
      'dev-admin',
    );
    expect(added.id).toBe('b25');
    await expect(
      t.call('roster', { action: 'roster.saveBranch', name: '机关分工会', order: 26 }, 'dev-admin'),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'roster.branch_name_taken' },
    });
    await t.data(
      'roster',
      { action: 'roster.saveBranch', id: 'b25', name: '校医院分工会', order: 25, active: false },
      'dev-admin',
    );
    const after = await t.data<Branches>('roster', { action: 'roster.branches' }, 'dev-admin');
    expect(after.branches.map((b) => b.id)).not.toContain('b25');
    const all = await t.data<Branches>(
      'roster',
      { action: 'roster.branches', includeInactive: true },
      'dev-admin',
    );
    expect(all.branches.find((b) => b.id === 'b25')).toMatchObject({ active: false });
  });

  async function readExport(base64: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    return rows;
  }

  it('exports a branch and status as .xlsx; a chair gets no phone column', async () => {
    const file = await t.data<{ filename: string; base64: string; rows: number }>(
      'roster',
      { action: 'roster.export', branchId: 'b01', status: '在职' },
      'dev-admin',
    );
    expect(file.filename).toMatch(/^教职工名册-机关分工会在职-\d{8}\.xlsx$/);
    const rows = await readExport(file.base64);
    expect(rows[0]).toEqual([...HEADERS, '在册', '已绑定微信']);
    expect(rows.length - 1).toBe(file.rows);
    expect(rows.slice(1).every((r) => r[3] === '机关分工会' && r[6] === '在职')).toBe(true);

    const chair = await t.data<{ base64: string }>(
      'roster',
      { action: 'roster.export' },
      'dev-chair',
    );
    const chairRows = await readExport(chair.base64);
    expect(chairRows[0]).not.toContain('手机号');
    expect(chairRows[0]).not.toContain('出生年月');
    expect(chairRows.slice(1).every((r) => r[3] === '计算机科学与信息工程学院分工会')).toBe(true);
  });
});

describe('people missing from a new file', () => {
  it('are listed, and marked inactive only when the admin asks', async () => {
    const file = await xlsx([person('R9001')]);
    const p = await previewOf(file);
    const active = (await t.db.collection(COLLECTIONS.staff).where({ active: true }).count()).total;
    expect(p.missing.count).toBe(active);
    expect(p.missing.people[0]).toEqual({
      staffNo: expect.any(String),
      name: expect.any(String),
      branch: expect.any(String),
    });

    await expect(importOf(file)).resolves.toMatchObject({
      ok: true,
      data: { created: 1, deactivated: 0 },
    });
    expect((await staff('100010')).active).toBe(true);

    const r = await importOf(file, { deactivateMissing: true });
    // every active person but the new one and the admin (an import never locks admins out)
    expect(r).toMatchObject({ ok: true, data: { deactivated: active - 1 } });
    expect((await staff('100010')).active).toBe(false);
    expect((await staff('100001')).active).toBe(true);
    // an inactive person is treated as unbound
    await expect(t.data('account', { action: 'account.me' }, 'dev-100010')).resolves.toEqual({
      bound: false,
    });
    // and comes back when a later file has them again
    const back = await xlsx([
      person('R9001'),
      person('100010', { name: String((await staff('100010')).name) }),
    ]);
    const again = await previewOf(back);
    expect(again.changed.find((c) => c.staffNo === '100010')?.fields).toContain('重新在册');
  });
});

/** Excel's "CSV" on a Chinese Windows is GBK; Node can decode it but not encode it, so map a few. */
class TextEncoderGbk {
  encode(text: string): Uint8Array {
    const table: Record<string, number[]> = {};
    // build the table for the characters we need by decoding every 2-byte GBK code
    const needed = new Set([...text].filter((c) => c.charCodeAt(0) > 127));
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe && Object.keys(table).length < needed.size; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (needed.has(ch)) table[ch] = [hi, lo];
      }
    }
    const out: number[] = [];
    for (const c of text) out.push(...(c.charCodeAt(0) > 127 ? table[c] : [c.charCodeAt(0)]));
    return new Uint8Array(out);
  }
}
