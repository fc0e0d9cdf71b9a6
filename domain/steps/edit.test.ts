// What may change in a campaign before, during and after it runs.
import { applyCampaignEdit, changesResults, type EditableCampaign } from './edit';
import { updateCampaignInput } from './contract';

const c: EditableCampaign = {
  name: '秋季健步走',
  startDate: '2026-11-01',
  endDate: '2026-11-30',
  dailyTarget: 6000,
  dailyCap: 15000,
  flagAbove: 40000,
  rule: { type: 'min_days', days: 5 },
};

describe('editing a campaign', () => {
  it('before the start, everything may change', () => {
    const r = applyCampaignEdit(c, { startDate: '2026-11-05', dailyTarget: 8000 }, '2026-10-20');
    expect(r).toMatchObject({ ok: true, changed: ['startDate', 'dailyTarget'] });
  });
  it('once started, the start date stays and the end date cannot go before today', () => {
    const r = applyCampaignEdit(
      c,
      { startDate: '2026-11-02', endDate: '2026-11-09' },
      '2026-11-10',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(['startDate', 'endDate']);
      expect(r.issues[1].message).toContain('结束活动');
    }
    expect(applyCampaignEdit(c, { endDate: '2026-11-10' }, '2026-11-10').ok).toBe(true);
  });
  it('once started, target, cap and rule may change and say they change results', () => {
    const r = applyCampaignEdit(c, { rule: { type: 'ratio', ratio: 0.5 } }, '2026-11-10');
    expect(r).toMatchObject({ ok: true, changed: ['rule'] });
    expect(changesResults(['rule'])).toBe(true);
    expect(changesResults(['name', 'description'])).toBe(false);
  });
  it('once ended, only the name and the description', () => {
    expect(applyCampaignEdit(c, { name: '秋季健步走（已结束）' }, '2026-12-05').ok).toBe(true);
    const r = applyCampaignEdit(c, { dailyTarget: 5000 }, '2026-12-05');
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'dailyTarget' }] });
  });
  it('checks the campaign as a whole: cap over target, flag over cap, days within length', () => {
    const r = applyCampaignEdit(
      c,
      { dailyCap: 5000, rule: { type: 'min_days', days: 31 } },
      '2026-10-01',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).sort()).toEqual(['dailyCap', 'rule.days']);
  });
  it('an empty description clears it; nothing to change is refused by the contract', () => {
    const r = applyCampaignEdit({ ...c, description: '说明' }, { description: '' }, '2026-11-10');
    expect(r).toMatchObject({ ok: true, changed: ['description'] });
    if (r.ok) expect(r.next.description).toBeUndefined();
    expect(updateCampaignInput.safeParse({ campaignId: 'x' }).success).toBe(false);
  });
});
