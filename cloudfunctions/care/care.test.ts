// The care function through the gateway, the real SDK and the local cloud: programmes, applying,
// the review chain, budget holds under concurrency, payment, the 公示, attachments, the retention
// timer, and privacy — every case-bearing action as every person who may not see the case.
import { COLLECTIONS } from '../../database/collections';
import type { CaseView } from '../../domain/care/contract';
import type { CaseDoc } from '../../domain/care/model';
import { maskName } from '../../domain/care/rules';
import type { RoleGrant } from '../../domain/account/roles';
import { seedCare } from '../../local-cloud/seed/care';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
const call = (event: Record<string, unknown>, openid: string | null) =>
  t.call('care', event, openid);
const data = <T>(event: Record<string, unknown>, openid: string) =>
  t.data<T>('care', event, openid);

const ADMIN = 'dev-admin';
const CHAIR = 'dev-chair'; // chair of b06
const OTHER_CHAIR = 'dev-100011'; // made chair of b07 below
const COMMITTEE = 'dev-100012'; // made care_committee below
const DISTRIBUTOR = 'dev-100013';
const ORGANIZER = 'dev-organizer';
const UNBOUND = 'dev-100295';
let B06: string[] = []; // bound staff of b06 (not the chair)
let OTHER: string[] = []; // bound staff elsewhere

const YEAR = new Date().getFullYear();
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(100, 1),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF');
const STORY = '爱人患病住院化疗，家中两个孩子上学，房贷压力大，月收入三千二';

async function grant(staffNo: string, roles: RoleGrant[]) {
  await t.db
    .collection(COLLECTIONS.staff)
    .doc(staffNo)
    .update({ roles: t.db.command.set(roles) });
}

async function stored(caseId: string): Promise<CaseDoc> {
  const res = await t.db.collection(COLLECTIONS.careCases).doc(caseId).get();
  return (res.data as CaseDoc[])[0];
}

let seq = 0;
async function programme(extra: Record<string, unknown> = {}): Promise<string> {
  seq += 1;
  const { programmeId } = await data<{ programmeId: string }>(
    {
      action: 'care.createProgramme',
      kind: 'hardship',
      name: `日常帮扶 ${seq}`,
      year: YEAR,
      budget: 10_000_00,
      checklist: [
        { key: 'proof', label: '困难情况证明', required: true, original: true, where: '分工会' },
        { key: 'photo', label: '家庭情况照片', required: false },
      ],
      ...extra,
    },
    ADMIN,
  );
  return programmeId;
}

async function applyAs(
  openid: string,
  programmeId: string,
  extra: Record<string, unknown> = {},
): Promise<{ caseId: string; status: string; suggestedAmount?: number }> {
  return data({ action: 'care.apply', programmeId, story: STORY, ...extra }, openid);
}

const ledger = (programmeId: string) =>
  data<{ budget: number; reserved: number; paid: number; left: number }>(
    { action: 'care.ledger', programmeId },
    ADMIN,
  );

beforeAll(async () => {
  t = await startTestCloud({ demo: true, synthetic: 60 });
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ active: true, member: true })
    .limit(1000)
    .get();
  const staff = res.data as {
    staffNo: string;
    branchId: string;
    openid?: string;
    status: string;
  }[];
  const bound = staff.filter(
    (s) => s.openid === `dev-${s.staffNo}` && Number(s.staffNo) > 100013 && s.status === '在职',
  );
  B06 = bound.filter((s) => s.branchId === 'b06').map((s) => s.staffNo);
  OTHER = bound.filter((s) => s.branchId !== 'b06' && s.branchId !== 'b07').map((s) => s.staffNo);
  await grant('100011', [{ role: 'branch_chair', branchId: 'b07' }]);
  await grant('100012', [{ role: 'care_committee' }]);
  await grant('100013', [{ role: 'distributor', batchId: 'x', pointId: 'p1' }]);
  expect(B06.length).toBeGreaterThan(3);
});
afterAll(() => t.stop());

describe('programmes', () => {
  it('only admins create them; bad input is named in plain Chinese', async () => {
    const r = await call(
      { action: 'care.createProgramme', kind: 'hardship', name: '送温暖', year: YEAR, budget: 1 },
      CHAIR,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const bad = await call(
      { action: 'care.createProgramme', kind: 'illness', name: '大病补助', year: YEAR, budget: -5 },
      ADMIN,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('validation.failed');
      expect(bad.error.message).toMatch('年度预算不能是负数');
      expect(bad.error.issues?.map((i) => i.path)).toContain('rule');
    }
  });

  it('a retried create finds the same programme and ledger', async () => {
    const input = {
      action: 'care.createProgramme',
      kind: 'claim',
      name: '教职工服务卡',
      year: YEAR,
      budget: 0,
    };
    const a = await data<{ programmeId: string }>(input, ADMIN);
    const b = await data<{ programmeId: string }>(input, ADMIN);
    expect(a.programmeId).toBe(b.programmeId);
    expect(await ledger(a.programmeId)).toEqual({ budget: 0, reserved: 0, paid: 0, left: 0 });
  });
});

describe('applying and the chain', () => {
  it('a chair files for someone in the branch; admin and committee approve; paid; 公示 masks', async () => {
    const programmeId = await programme({ committeeAbove: 200000 });
    const who = B06[0];
    const filed = await applyAs(CHAIR, programmeId, { staffNo: who });
    expect(filed.status).toBe('union_review');
    // the person sees it in their own list, with what happens next
    const mine = await data<{ cases: { caseId: string; next: string }[] }>(
      { action: 'care.mine' },
      `dev-${who}`,
    );
    expect(mine.cases.map((c) => c.caseId)).toContain(filed.caseId);

    await data(
      {
        action: 'care.upload',
        caseId: filed.caseId,
        base64: JPEG.toString('base64'),
        item: 'photo',
      },
      CHAIR,
    );
    await data(
      {
        action: 'care.upload',
        caseId: filed.caseId,
        base64: PNG.toString('base64'),
        item: 'photo',
      },
      CHAIR,
    );
    let view = await data<CaseView>({ action: 'care.case', caseId: filed.caseId }, ADMIN);
    expect(view.missing).toEqual(['困难情况证明']);

    const ret = await data<{ status: string }>(
      {
        action: 'care.review',
        caseId: filed.caseId,
        decision: 'return',
        reason: '请补充困难情况证明',
      },
      ADMIN,
    );
    expect(ret.status).toBe('returned');
    view = await data<CaseView>({ action: 'care.case', caseId: filed.caseId }, `dev-${who}`);
    expect(view.next).toMatch('请补充困难情况证明');
    expect(view.canEdit).toBe(true);
    await data(
      {
        action: 'care.upload',
        caseId: filed.caseId,
        base64: PDF.toString('base64'),
        item: 'proof',
      },
      `dev-${who}`,
    );
    expect(
      (
        await data<{ status: string }>(
          { action: 'care.submit', caseId: filed.caseId },
          `dev-${who}`,
        )
      ).status,
    ).toBe('union_review');

    const up = await data<{ status: string }>(
      { action: 'care.review', caseId: filed.caseId, decision: 'approve', amount: 300000 },
      ADMIN,
    );
    expect(up.status).toBe('committee_review');
    expect((await ledger(programmeId)).reserved).toBe(0);
    // the committee cannot skip ahead on a case below its sum, but this one reaches it
    const done = await data<{ status: string; amount: number }>(
      { action: 'care.review', caseId: filed.caseId, decision: 'approve' },
      COMMITTEE,
    );
    expect(done).toMatchObject({ status: 'approved', amount: 300000 });
    expect(await ledger(programmeId)).toEqual({
      budget: 1000000,
      reserved: 300000,
      paid: 0,
      left: 700000,
    });

    await data(
      { action: 'care.pay', caseId: filed.caseId, on: '2026-11-20', method: 'salary_card' },
      ADMIN,
    );
    expect(await ledger(programmeId)).toEqual({
      budget: 1000000,
      reserved: 0,
      paid: 300000,
      left: 700000,
    });

    const pub = await data<{ items: { name: string; branch: string; amount: number }[] }>(
      { action: 'care.publicity', programmeId },
      `dev-${OTHER[0]}`,
    );
    const doc = await stored(filed.caseId);
    expect(pub.items).toEqual([
      { name: maskName(doc.name), branch: expect.any(String), amount: 300000 },
    ]);
    expect(JSON.stringify(pub)).not.toContain(doc.name);
    expect(JSON.stringify(pub)).not.toContain('化疗');
  });

  it('repeated approvals by an admin walk a self-filed case through every step', async () => {
    const programmeId = await programme({ committeeAbove: 100000 });
    const { caseId, status } = await applyAs(`dev-${B06[1]}`, programmeId);
    expect(status).toBe('branch_review');
    const steps: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await data<{ status: string }>(
        { action: 'care.review', caseId, decision: 'approve', amount: 150000 },
        ADMIN,
      );
      steps.push(r.status);
    }
    expect(steps).toEqual(['union_review', 'committee_review', 'approved']);
  });

  it('a chair may not file for someone in another branch, nor review it', async () => {
    const programmeId = await programme();
    const r = await call(
      { action: 'care.apply', programmeId, story: STORY, staffNo: OTHER[0] },
      CHAIR,
    );
    // the same answer as for a 工号 nobody has: a chair learns nothing about other branches
    expect(r).toMatchObject({ ok: false, error: { code: 'care.staff_not_found' } });
    const nobody = await call(
      { action: 'care.apply', programmeId, story: STORY, staffNo: '999999' },
      CHAIR,
    );
    expect(nobody).toMatchObject({ ok: false, error: { code: 'care.staff_not_found' } });
    // a plain member filing for someone else is refused before any lookup
    const plain = await call(
      { action: 'care.apply', programmeId, story: STORY, staffNo: '999999' },
      `dev-${B06[4]}`,
    );
    expect(plain).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const { caseId } = await applyAs(`dev-${B06[2]}`, programmeId);
    const other = await call({ action: 'care.review', caseId, decision: 'approve' }, OTHER_CHAIR);
    expect(other).toMatchObject({ ok: false, error: { code: 'care.not_found' } });
    const own = await call({ action: 'care.review', caseId, decision: 'approve' }, CHAIR);
    expect(own).toMatchObject({ ok: true, data: { status: 'union_review' } });
    // the chair may still read it, but the union's step is not theirs
    const next = await call(
      { action: 'care.review', caseId, decision: 'approve', amount: 1000 },
      CHAIR,
    );
    expect(next).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('one open case per person per programme; a retried apply finds its own', async () => {
    const programmeId = await programme();
    const a = await applyAs(`dev-${B06[3]}`, programmeId);
    const b = await applyAs(`dev-${B06[3]}`, programmeId);
    expect(b.caseId).toBe(a.caseId);
    const c = await call(
      { action: 'care.apply', programmeId, story: '另一份情况说明，内容不同' },
      `dev-${B06[3]}`,
    );
    expect(c).toMatchObject({ ok: false, error: { code: 'care.already_open' } });
  });
});

describe('illness rule', () => {
  it('suggests by the rule across two cases in a year; a change needs a reason', async () => {
    const programmeId = await programme({
      kind: 'illness',
      name: '大病补助',
      budget: 100_000_00,
      rule: { threshold: 500000, rate: 0.6, yearlyCap: 3000000 },
      committeeAbove: 10_000_000,
    });
    const who = `dev-${OTHER[1]}`;
    const first = await applyAs(who, programmeId, { selfPaid: 1200000 });
    expect(first.suggestedAmount).toBe(420000); // (12,000 − 5,000) × 60 %
    for (let i = 0; i < 2; i++)
      await data({ action: 'care.review', caseId: first.caseId, decision: 'approve' }, ADMIN);
    expect((await stored(first.caseId)).status).toBe('approved');
    const second = await applyAs(who, programmeId, { selfPaid: 6000000 });
    // (72,000 − 5,000) × 60 % = 40,200 → cap 30,000 − 4,200 granted = 25,800 元
    expect(second.suggestedAmount).toBe(2580000);
    await data({ action: 'care.review', caseId: second.caseId, decision: 'approve' }, ADMIN);
    const noReason = await call(
      { action: 'care.review', caseId: second.caseId, decision: 'approve', amount: 2000000 },
      ADMIN,
    );
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    const changed = await data<{ amount: number }>(
      {
        action: 'care.review',
        caseId: second.caseId,
        decision: 'approve',
        amount: 2000000,
        reason: '一张票据不在报销范围',
      },
      ADMIN,
    );
    expect(changed.amount).toBe(2000000);
  });

  it('illness needs self-paid costs before it can be submitted', async () => {
    const programmeId = await programme({
      kind: 'illness',
      name: '大病补助二',
      rule: { threshold: 500000, rate: 0.6, yearlyCap: 3000000 },
    });
    const r = await call({ action: 'care.apply', programmeId, story: STORY }, `dev-${OTHER[2]}`);
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });
});

describe('money', () => {
  it('concurrent approvals against a small budget never exceed it', async () => {
    const programmeId = await programme({ budget: 5000, committeeAbove: 100000 });
    const cases: string[] = [];
    for (let i = 1; i <= 24; i++) {
      const { caseId } = await applyAs(`dev-T${String(i).padStart(4, '0')}`, programmeId);
      await data({ action: 'care.review', caseId, decision: 'approve', amount: 1000 }, ADMIN);
      cases.push(caseId);
    }
    const results = await Promise.all(
      cases.map((caseId) => call({ action: 'care.review', caseId, decision: 'approve' }, ADMIN)),
    );
    const approved = results.filter((r) => r.ok);
    const over = results.filter((r) => !r.ok && r.error.code === 'care.over_budget');
    expect(approved).toHaveLength(5);
    expect(over).toHaveLength(19);
    expect(await ledger(programmeId)).toEqual({ budget: 5000, reserved: 5000, paid: 0, left: 0 });
  });

  it('a declined or withdrawn approved case gives its hold back exactly once', async () => {
    const programmeId = await programme({ budget: 10000 });
    const a = await applyAs(`dev-T0030`, programmeId);
    const b = await applyAs(`dev-T0031`, programmeId);
    for (const c of [a, b])
      for (let i = 0; i < 2; i++)
        await data(
          { action: 'care.review', caseId: c.caseId, decision: 'approve', amount: 4000 },
          ADMIN,
        );
    expect((await ledger(programmeId)).left).toBe(2000);
    // the admin declines and the applicant withdraws at once, twice over: one wins
    const race = await Promise.all([
      call(
        { action: 'care.review', caseId: a.caseId, decision: 'decline', reason: '重复申请' },
        ADMIN,
      ),
      call({ action: 'care.withdraw', caseId: a.caseId }, 'dev-T0030'),
      call(
        { action: 'care.review', caseId: a.caseId, decision: 'decline', reason: '重复申请' },
        ADMIN,
      ),
      call({ action: 'care.withdraw', caseId: a.caseId }, 'dev-T0030'),
    ]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(await ledger(programmeId)).toEqual({
      budget: 10000,
      reserved: 4000,
      paid: 0,
      left: 6000,
    });
    await data({ action: 'care.withdraw', caseId: b.caseId }, 'dev-T0031');
    expect(await ledger(programmeId)).toEqual({ budget: 10000, reserved: 0, paid: 0, left: 10000 });
  });

  it('over budget says how much is left', async () => {
    const programmeId = await programme({ budget: 100 });
    const { caseId } = await applyAs('dev-T0032', programmeId);
    await data({ action: 'care.review', caseId, decision: 'approve' }, ADMIN);
    const r = await call(
      { action: 'care.review', caseId, decision: 'approve', amount: 5000 },
      ADMIN,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'care.over_budget' } });
    if (!r.ok) expect(r.error.message).toMatch('还剩 1.00 元');
    expect((await stored(caseId)).status).toBe('union_review');
  });

  it('totals and the finance export: name, 工号 and amount, never the situation', async () => {
    const totals = await data<{
      byProgramme: { amount: number }[];
      byBranch: unknown[];
      byMonth: unknown[];
    }>({ action: 'care.totals', year: YEAR }, ADMIN);
    expect(totals.byProgramme.reduce((s, p) => s + p.amount, 0)).toBeGreaterThan(0);
    const file = await data<{ base64: string; rows: number }>(
      { action: 'care.export', year: YEAR },
      ADMIN,
    );
    expect(file.rows).toBeGreaterThan(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as string[]).filter(Boolean);
    expect(headers).toEqual([
      '姓名',
      '工号',
      '分工会',
      '项目',
      '金额（元）',
      '状态',
      '发放日期',
      '发放方式',
    ]);
    const all: string[] = [];
    ws.eachRow((row) => all.push(JSON.stringify(row.values)));
    expect(all.join('\n')).not.toContain('化疗');
    expect(await call({ action: 'care.export', year: YEAR }, CHAIR)).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
  });
});

describe('attachments', () => {
  it('are checked by their bytes and size, and served only through short-lived links', async () => {
    const programmeId = await programme();
    const who = `dev-${OTHER[3]}`;
    const { caseId } = await applyAs(who, programmeId);
    const gif = Buffer.from('GIF89a' + 'x'.repeat(50));
    const r = await call({ action: 'care.upload', caseId, base64: gif.toString('base64') }, who);
    expect(r).toMatchObject({ ok: false, error: { code: 'care.file_type' } });
    const big = Buffer.concat([PDF, Buffer.alloc(4 * 1024 * 1024)]);
    const r2 = await call({ action: 'care.upload', caseId, base64: big.toString('base64') }, who);
    expect(r2.ok).toBe(false);
    await data(
      { action: 'care.upload', caseId, base64: PDF.toString('base64'), item: 'proof' },
      who,
    );
    const view = await data<CaseView>({ action: 'care.case', caseId }, who);
    const url = view.attachments[0].url;
    const { fileId } = view.attachments[0];
    // the kit's cloud storage (the SDK's getTempFileURL), a signed link that lives 10 minutes
    expect(fileId).toMatch(/^cloud:\/\/.+\/care\/.+\.pdf$/);
    const m = /^\/storage\/file\/care\/.+\.pdf\?t=(\d+)&sign=[0-9a-f]{64}$/.exec(url);
    expect(m).not.toBeNull();
    const left = Number(m?.[1]) - Date.now() / 1000;
    expect(left).toBeGreaterThan(9 * 60);
    expect(left).toBeLessThanOrEqual(10 * 60 + 1);
    const got = await fetch(`${t.cloud.url}${url}`);
    expect(got.status).toBe(200);
    expect(
      Buffer.from(await got.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // without the signature, with a forged one, or with a later expiry: refused
    const bare = url.split('?')[0];
    expect((await fetch(`${t.cloud.url}${bare}`)).status).toBe(403);
    const later = url.replace(/t=(\d+)/, (_m, e) => `t=${Number(e) + 1000}`);
    expect((await fetch(`${t.cloud.url}${later}`)).status).toBe(403);
    const expired = url.replace(/t=(\d+)/, () => `t=${Math.floor(Date.now() / 1000) - 10}`);
    expect((await fetch(`${t.cloud.url}${expired}`)).status).toBe(403);
    // only the people DESIGN.md names get a link: not another member, not another branch's chair
    for (const stranger of [`dev-${OTHER[5]}`, OTHER_CHAIR, UNBOUND])
      expect(await call({ action: 'care.case', caseId }, stranger)).toMatchObject({ ok: false });
    // an admin's read is audited; lists never carry a file id or a link
    const adminView = await data<CaseView>({ action: 'care.case', caseId }, ADMIN);
    expect(adminView.attachments[0].url).toMatch(/^\/storage\/file\/care\//);
    const reads = await t.db
      .collection(COLLECTIONS.auditLog)
      .where({ target: caseId, outcome: 'read' })
      .get();
    expect((reads.data as unknown[]).length).toBeGreaterThanOrEqual(1);
    for (const list of [
      await call({ action: 'care.queue' }, ADMIN),
      await call({ action: 'care.mine' }, who),
    ]) {
      expect(list.ok).toBe(true);
      expect(JSON.stringify(list)).not.toContain('cloud://');
      expect(JSON.stringify(list)).not.toContain('/storage/');
    }
  });

  it('refuses a picture or PDF in disguise by its bytes before storing anything', async () => {
    const programmeId = await programme();
    const who = `dev-${OTHER[6]}`;
    const { caseId } = await applyAs(who, programmeId);
    const before = t.cloud.storage.count();
    const html = Buffer.from('<html><body>%PDF-1.4</body></html>');
    const r = await call({ action: 'care.upload', caseId, base64: html.toString('base64') }, who);
    expect(r).toMatchObject({ ok: false, error: { code: 'care.file_type' } });
    expect(t.cloud.storage.count()).toBe(before);
    await data({ action: 'care.upload', caseId, base64: PNG.toString('base64') }, who);
    expect(t.cloud.storage.count()).toBe(before + 1);
  });
});

describe('retention', () => {
  it('the nightly timer deletes attachments and details of long-closed cases, keeping amounts', async () => {
    const programmeId = await programme({ retentionYears: 1 });
    const who = `dev-${OTHER[4]}`;
    const { caseId } = await applyAs(who, programmeId);
    await data(
      { action: 'care.upload', caseId, base64: JPEG.toString('base64'), item: 'proof' },
      who,
    );
    for (let i = 0; i < 2; i++)
      await data({ action: 'care.review', caseId, decision: 'approve', amount: 20000 }, ADMIN);
    await data({ action: 'care.pay', caseId, on: '2026-01-10', method: 'cash' }, ADMIN);
    const filesBefore = t.cloud.storage.count();
    const { attachments } = await data<CaseView>({ action: 'care.case', caseId }, who);
    const link = attachments[0].url;
    expect((await fetch(`${t.cloud.url}${link}`)).status).toBe(200);
    // as if a year and a day had passed since the close
    await t.db
      .collection(COLLECTIONS.careCases)
      .doc(caseId)
      .update({ purgeAfter: new Date(Date.now() - 60_000) });
    const r = await t.data<{ purged: number }>(
      'care',
      { Type: 'Timer', TriggerName: 'nightly' },
      null,
    );
    expect(r.purged).toBeGreaterThanOrEqual(1);
    const after = await stored(caseId);
    expect(after).toMatchObject({
      purged: true,
      story: '',
      attachments: [],
      amount: 20000,
      status: 'paid',
    });
    // the file itself is gone from storage: its still-signed link finds nothing
    expect(t.cloud.storage.count()).toBe(filesBefore - 1);
    expect((await fetch(`${t.cloud.url}${link}`)).status).toBe(404);
  });
});

describe('visits', () => {
  it('chairs record visits in their branch; they count in the year', async () => {
    await data(
      {
        action: 'care.recordVisit',
        staffNo: B06[0],
        on: `${YEAR}-01-05`,
        reason: 'illness',
        gift: '水果',
        value: 50000,
      },
      CHAIR,
    );
    const other = await call(
      { action: 'care.recordVisit', staffNo: OTHER[0], on: `${YEAR}-01-05`, reason: 'retirement' },
      CHAIR,
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const v = await data<{ visits: { staffNo: string }[] }>(
      { action: 'care.visits', year: YEAR },
      OTHER_CHAIR,
    );
    expect(v.visits.map((x) => x.staffNo)).not.toContain(B06[0]);
    const totals = await data<{ visits: { count: number; value: number } }>(
      { action: 'care.totals', year: YEAR },
      ADMIN,
    );
    expect(totals.visits).toMatchObject({ count: 1, value: 50000 });
  });
});

describe('privacy', () => {
  it('nobody outside the named people sees a case in any action, list, count, log or notice', async () => {
    const programmeId = await programme({ committeeAbove: 1_000_000 });
    const who = B06[4];
    const { caseId } = await applyAs(CHAIR, programmeId, { staffNo: who });
    await data(
      { action: 'care.upload', caseId, base64: JPEG.toString('base64'), item: 'photo' },
      CHAIR,
    );
    const doc = await stored(caseId);

    const prevLog = process.env.UNION_HUB_LOG;
    delete process.env.UNION_HUB_LOG;
    const lines: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((k) =>
      jest.spyOn(console, k).mockImplementation((...a: unknown[]) => {
        lines.push(a.map(String).join(' '));
      }),
    );
    const outsiders = {
      staff: `dev-${OTHER[5]}`,
      anotherApplicant: `dev-${B06[1]}`,
      otherChair: OTHER_CHAIR,
      organizer: ORGANIZER,
      distributor: DISTRIBUTOR,
      committeeBelowSum: COMMITTEE,
      unbound: UNBOUND,
    };
    const caseActions: Record<string, unknown>[] = [
      { action: 'care.case', caseId },
      { action: 'care.update', caseId, story: '改掉' },
      { action: 'care.submit', caseId },
      { action: 'care.withdraw', caseId },
      { action: 'care.upload', caseId, base64: PNG.toString('base64') },
      { action: 'care.removeAttachment', caseId, fileId: doc.attachments[0].fileId },
      { action: 'care.review', caseId, decision: 'approve', amount: 100 },
      { action: 'care.review', caseId, decision: 'decline', reason: '不符合' },
      { action: 'care.pay', caseId, on: '2026-11-01', method: 'cash' },
      { action: 'care.claim', caseId, claimStatus: 'filed' },
    ];
    try {
      for (const [kind, openid] of Object.entries(outsiders)) {
        for (const event of caseActions) {
          const r = await call(event, openid);
          expect({ kind, action: event.action, ok: r.ok }).toEqual({
            kind,
            action: event.action,
            ok: false,
          });
          if (!r.ok) {
            expect(['care.not_found', 'auth.forbidden', 'auth.unbound']).toContain(r.error.code);
            expect(JSON.stringify(r)).not.toContain(doc.name);
          }
        }
        for (const event of [
          { action: 'care.mine' },
          { action: 'care.queue' },
          { action: 'care.queue', q: doc.name },
          { action: 'care.publicity', programmeId },
          { action: 'care.totals', year: YEAR },
          { action: 'care.export', year: YEAR },
          { action: 'care.visits', year: YEAR },
          { action: 'care.ledger', programmeId },
        ]) {
          const r = await call(event, openid);
          const text = JSON.stringify(r);
          expect({
            kind,
            action: event.action,
            leak: text.includes(caseId) || text.includes(doc.name),
          }).toEqual({
            kind,
            action: event.action,
            leak: false,
          });
        }
      }
    } finally {
      for (const s of spies) s.mockRestore();
      if (prevLog === undefined) delete process.env.UNION_HUB_LOG;
      else process.env.UNION_HUB_LOG = prevLog;
    }
    // the case is untouched
    const after = await stored(caseId);
    expect(after).toMatchObject({ status: 'union_review', story: STORY, version: doc.version });
    expect(after.attachments).toHaveLength(1);
    // the log lines were written (so the check is real) and carry no name, story or case detail
    expect(lines.length).toBeGreaterThan(50);
    const log = lines.join('\n');
    expect(log).not.toContain(doc.name);
    expect(log).not.toContain('化疗');
    expect(log).not.toContain(STORY);
    // notices went only to the applicant and the chair who filed, and say nothing about the case
    const inbox = await t.db.collection(COLLECTIONS.notifyInbox).where({ subject: caseId }).get();
    const notices = inbox.data as {
      staffNo: string;
      title: string;
      body: string;
      fields: object;
    }[];
    expect(new Set(notices.map((n) => n.staffNo))).toEqual(new Set([who, '100003']));
    for (const n of notices) {
      expect(n.title).toBe('你的申请有新进展');
      expect(JSON.stringify(n)).not.toContain('化疗');
      expect(JSON.stringify(n)).not.toContain('帮扶');
    }
    // the audit trail has the reviewer reads, by id and short code only
    const reads = await t.db.collection(COLLECTIONS.auditLog).where({ target: caseId }).get();
    expect(JSON.stringify(reads.data)).not.toContain(doc.name);
  });

  it("the committee reads a case only once it reaches the committee; every reviewer's read is audited", async () => {
    const programmeId = await programme({ committeeAbove: 10000 });
    const { caseId } = await applyAs(CHAIR, programmeId, { staffNo: B06[5] });
    expect(await call({ action: 'care.case', caseId }, COMMITTEE)).toMatchObject({
      ok: false,
      error: { code: 'care.not_found' },
    });
    await data({ action: 'care.review', caseId, decision: 'approve', amount: 50000 }, ADMIN);
    const view = await data<CaseView>({ action: 'care.case', caseId }, COMMITTEE);
    expect(view).toMatchObject({
      as: 'care_committee',
      canReview: true,
      status: 'committee_review',
    });
    await data({ action: 'care.case', caseId }, CHAIR);
    const reads = await t.db
      .collection(COLLECTIONS.auditLog)
      .where({ target: caseId, outcome: 'read' })
      .get();
    expect((reads.data as { staffNo: string }[]).map((r) => r.staffNo).sort()).toEqual(['100012']);
    // the chair who filed it reads as its filer (no audit needed: it is theirs)
  });
});

describe('demo seed', () => {
  it('is idempotent, keeps each ledger equal to its cases and shows a live 公示', async () => {
    await seedCare(t.db, new Date());
    await seedCare(t.db, new Date());
    const { programmes } = await data<{ programmes: { programmeId: string; name: string }[] }>(
      { action: 'care.programmes' },
      `dev-${OTHER[0]}`,
    );
    const warmth = programmes.find((p) => p.name === '帮困送温暖');
    expect(warmth).toBeDefined();
    const l = await ledger(warmth!.programmeId);
    expect(l.budget).toBe(30_000_000);
    expect(l.reserved + l.paid + l.left).toBe(l.budget);
    expect(l.reserved).toBe(600_000); // two approved, not yet paid
    const pub = await data<{ items: { name: string }[] }>(
      { action: 'care.publicity', programmeId: warmth!.programmeId },
      `dev-${OTHER[0]}`,
    );
    expect(pub.items.length).toBeGreaterThanOrEqual(3);
    for (const i of pub.items) expect(i.name).toContain('*');
  });
});
