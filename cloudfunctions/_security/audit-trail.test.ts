// The audit trail: privileged actions leave one entry each (who, role, action, target, outcome,
// request id — no names or phones), admins read it with filters and pages and export it, others
// cannot, and the account function's timer removes entries past their retention.
import { COLLECTIONS } from '../../database/collections';
import type { AuditEntryView } from '../../domain/audit/contract';
import { invokeFunction } from '../../local-cloud/gateway/functions';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { readXlsx } from '../_kit/xlsx';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
}, 60_000);
afterAll(() => t.stop());

const DAY = 86_400_000;
interface Page {
  entries: AuditEntryView[];
  page: number;
  hasMore: boolean;
  retentionDays: number;
}
const list = (filter: Record<string, unknown>, openid: string | null = 'dev-admin') =>
  t.call<Page>('account', { action: 'account.audit', ...filter }, openid);

describe('the audit trail', () => {
  it('records role grants, unbinding and exports with who, role, target and outcome only', async () => {
    await t.data(
      'roster',
      { action: 'roster.grantRole', staffNo: '100020', grant: { role: 'distributor' } },
      'dev-admin',
    );
    await t.data('roster', { action: 'roster.unbind', staffNo: '100021' }, 'dev-admin');
    await t.data('roster', { action: 'roster.export', branchId: 'b06' }, 'dev-chair');
    // a refused privileged call is recorded too
    await t.call('roster', { action: 'roster.export', branchId: 'b01' }, 'dev-chair');
    const r = await list({ staffNo: '100001' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const actions = r.data.entries.map((e) => `${e.action} ${e.target} ${e.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining(['roster.grantRole 100020:distributor ok', 'roster.unbind 100021 ok']),
    );
    expect(r.data.entries[0]).toMatchObject({ staffNo: '100001', role: 'admin' });
    expect(r.data.entries[0].requestId).toMatch(/\w{8}/);
    const chair = await list({ actionName: 'roster.export' });
    expect(
      chair.ok && chair.data.entries.map((e) => `${e.staffNo} ${e.target} ${e.outcome}`),
    ).toEqual(
      expect.arrayContaining([
        '100003 b06 ok',
        expect.stringMatching(/^100003 b01 (forbidden|ok)$/),
      ]),
    );
    // nothing personal is stored: no names or phones anywhere in the collection
    const all = await t.db.collection(COLLECTIONS.auditLog).limit(1000).get();
    const text = JSON.stringify(all.data);
    const staff = await t.db.collection(COLLECTIONS.staff).doc('100020').get();
    const s = (staff.data as { name: string; phone: string }[])[0];
    expect(text).not.toContain(s.name);
    expect(text).not.toContain(s.phone);
  });

  it('is for admins only', async () => {
    await expect(list({}, 'dev-100010')).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    await expect(list({}, 'dev-chair')).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    await expect(list({}, null)).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.unbound' },
    });
    await expect(
      t.call('account', { action: 'account.auditExport' }, 'dev-organizer'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('filters by date range and outcome, pages newest first, and exports', async () => {
    const base = Date.now() - 10 * DAY;
    const docs = Array.from({ length: 120 }, (_v, i) => ({
      at: new Date(base + i * 60_000),
      staffNo: 'P0001',
      role: 'distributor',
      action: 'welfare.handover',
      target: `batch-x:${i}`,
      outcome: i % 3 === 0 ? 'wrong_code' : 'ok',
      requestId: `req-${i}`,
    }));
    await t.db.collection(COLLECTIONS.auditLog).add(docs);
    const first = await t.data<Page>(
      'account',
      { action: 'account.audit', staffNo: 'P0001' },
      'dev-admin',
    );
    expect(first.entries).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    expect(first.entries[0].target).toBe('batch-x:119');
    const third = await t.data<Page>(
      'account',
      { action: 'account.audit', staffNo: 'P0001', page: 2 },
      'dev-admin',
    );
    expect(third.entries).toHaveLength(20);
    expect(third.hasMore).toBe(false);
    const wrong = await t.data<Page>(
      'account',
      {
        action: 'account.audit',
        staffNo: 'P0001',
        outcome: 'wrong_code',
        from: new Date(base + 30 * 60_000).toISOString(),
        to: new Date(base + 60 * 60_000).toISOString(),
      },
      'dev-admin',
    );
    expect(wrong.entries.map((e) => e.target)).toEqual(
      [57, 54, 51, 48, 45, 42, 39, 36, 33, 30].map((i) => `batch-x:${i}`),
    );
    const file = await t.data<{ base64: string; rows: number }>(
      'account',
      { action: 'account.auditExport', staffNo: 'P0001', outcome: 'wrong_code' },
      'dev-admin',
    );
    expect(file.rows).toBe(40);
    const sheet = await readXlsx(Buffer.from(file.base64, 'base64'));
    expect(JSON.stringify(sheet)).toContain('数字码错误');
    // the export itself is in the trail
    const exports = await t.data<Page>(
      'account',
      { action: 'account.audit', staffNo: '100001', target: 'audit_log' },
      'dev-admin',
    );
    expect(exports.entries[0]).toMatchObject({ action: 'account.auditExport', outcome: 'ok' });
  });

  it('expires entries older than the retention (default 365 days) on the account timer', async () => {
    await t.db.collection(COLLECTIONS.auditLog).add([
      {
        at: new Date(Date.now() - 400 * DAY),
        staffNo: 'OLD1',
        role: 'admin',
        action: 'roster.unbind',
        target: 'x',
        outcome: 'ok',
        requestId: 'old',
      },
      {
        at: new Date(Date.now() - 300 * DAY),
        staffNo: 'OLD2',
        role: 'admin',
        action: 'roster.unbind',
        target: 'x',
        outcome: 'ok',
        requestId: 'recent',
      },
    ]);
    const r = (await invokeFunction(
      'account',
      { Type: 'Timer', TriggerName: 'expireAudit' },
      null,
    )) as { ok: boolean; data: { removed: number } };
    expect(r).toMatchObject({ ok: true });
    expect(r.data.removed).toBeGreaterThanOrEqual(1);
    const left = await t.db.collection(COLLECTIONS.auditLog).where({ target: 'x' }).get();
    expect((left.data as { staffNo: string }[]).map((d) => d.staffNo)).toEqual(['OLD2']);
  });
});
