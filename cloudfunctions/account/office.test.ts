// account.office / account.setOffice through the gateway, the real SDK and the local cloud: the
// union office's contact is read by anyone (unbound too) and set by admins only, audited.
import { COLLECTIONS } from '../../database/collections';
import { DEMO_OFFICE, seedOffice } from '../../local-cloud/seed/office';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());

const OFFICE = {
  name: '校工会办公室',
  phone: '0571 8820 6000',
  place: '行政楼 2 楼 203 室',
  hours: '工作日 8:30–11:30、14:00–17:00',
};

describe('account.office', () => {
  it('answers the built-in default before anyone sets it, to an unbound caller too', async () => {
    t.resetRequests();
    const r = await t.data('account', { action: 'account.office' }, 'someone-unbound');
    expect(r).toEqual({
      name: '校工会办公室',
      phone: '',
      place: '',
      hours: '工作日 8:30–11:30、14:00–17:00',
      configured: false,
    });
    // the kit's identity lookup and the one read of the setting
    expect(t.requests()).toBeLessThanOrEqual(2);
  });
});

describe('account.setOffice', () => {
  it('lets an admin set it; everyone then reads it; the change is on the audit trail', async () => {
    const saved = await t.data('account', { action: 'account.setOffice', ...OFFICE }, 'dev-admin');
    expect(saved).toEqual({ ...OFFICE, phone: '0571-88206000', configured: true });
    for (const who of ['someone-unbound', 'dev-100040', 'dev-admin'])
      expect(await t.data('account', { action: 'account.office' }, who)).toEqual(saved);
    const trail = (
      await t.db
        .collection(COLLECTIONS.auditLog)
        .where({ action: 'account.setOffice' })
        .limit(10)
        .get()
    ).data as { target: string; outcome: string; staffNo: string }[];
    expect(trail).toEqual([
      expect.objectContaining({ target: 'settings:office', outcome: 'ok', staffNo: '100001' }),
    ]);
  });

  it('keeps a mobile as it is and a Beijing number with its 3-digit area code', async () => {
    const mobile = await t.data<{ phone: string }>(
      'account',
      { action: 'account.setOffice', ...OFFICE, phone: '139 5711 2233' },
      'dev-admin',
    );
    expect(mobile.phone).toBe('13957112233');
    const beijing = await t.data<{ phone: string }>(
      'account',
      { action: 'account.setOffice', ...OFFICE, phone: '010-62751234' },
      'dev-admin',
    );
    expect(beijing.phone).toBe('010-62751234');
  });

  it('refuses staff, a branch chair and the unbound, and changes nothing', async () => {
    const before = await t.data('account', { action: 'account.office' }, 'dev-admin');
    for (const who of ['dev-100040', 'dev-chair', 'dev-organizer', 'someone-unbound']) {
      const r = await t.call(
        'account',
        { action: 'account.setOffice', ...OFFICE, phone: '0571-99999999' },
        who,
      );
      expect(r).toMatchObject({ ok: false });
      expect((r as { error: { code: string } }).error.code).toMatch(/^auth\./);
    }
    expect(await t.data('account', { action: 'account.office' }, 'dev-admin')).toEqual(before);
  });

  it('names 电话, 地点 and 时间 in plain words when they are wrong or missing', async () => {
    const bad = await t.call(
      'account',
      { action: 'account.setOffice', name: '校工会办公室', phone: '12345', place: ' ', hours: '' },
      'dev-admin',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    const text = JSON.stringify(bad);
    expect(text).toContain('电话应为带区号的座机（如 0571-88206000）或 11 位手机号');
    expect(text).toContain('请填写地点');
    expect(text).toContain('请填写时间');
    expect(text).not.toMatch(/期望|expected|string/i);
    const long = await t.call(
      'account',
      { action: 'account.setOffice', ...OFFICE, place: '楼'.repeat(41) },
      'dev-admin',
    );
    expect(JSON.stringify(long)).toContain('地点最多 40 个字');
  });
});

describe('the demo seed', () => {
  it("sets a plausible office, and seeding again never overwrites an admin's change", async () => {
    await t.db.collection(COLLECTIONS.settings).doc('office').remove();
    await seedOffice(t.db, new Date());
    expect(await t.data('account', { action: 'account.office' }, 'someone-unbound')).toEqual({
      ...DEMO_OFFICE,
      configured: true,
    });
    await t.data('account', { action: 'account.setOffice', ...OFFICE }, 'dev-admin');
    await seedOffice(t.db, new Date());
    expect(await t.data('account', { action: 'account.office' }, 'dev-admin')).toMatchObject({
      phone: '0571-88206000',
    });
  });
});
