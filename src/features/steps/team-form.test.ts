// Custom teams in the setup form, and the edit form's changes.
import type { CampaignView } from '../../../domain/steps/contract';
import {
  addTeamRow,
  checkTeams,
  coverage,
  coverageMessages,
  editPatch,
  removeTeamRow,
  renameTeamRow,
  toggleBranch,
  type TeamRowForm,
} from './team-form';
import { checkSetup, defaultSetup, formFromCampaign } from './view';

const branches = [
  { id: 'b01', name: '机关分工会' },
  { id: 'b02', name: '理学院分工会' },
  { id: 'b03', name: '人文学院分工会' },
];

function twoTeams(): TeamRowForm[] {
  let rows = addTeamRow(addTeamRow([]));
  const [a, b] = rows.map((r) => r.key);
  rows = renameTeamRow(rows, a, '东区队');
  rows = toggleBranch(rows, a, 'b01');
  rows = toggleBranch(rows, a, 'b02');
  rows = toggleBranch(rows, b, 'b03');
  return renameTeamRow(rows, b, '西区队');
}

describe('custom teams', () => {
  it('adds, renames, toggles and removes rows', () => {
    const rows = twoTeams();
    expect(rows.map((r) => [r.name, r.branchIds])).toEqual([
      ['东区队', ['b01', 'b02']],
      ['西区队', ['b03']],
    ]);
    expect(toggleBranch(rows, rows[0].key, 'b02')[0].branchIds).toEqual(['b01']);
    expect(removeTeamRow(rows, rows[0].key).map((r) => r.name)).toEqual(['西区队']);
    expect(addTeamRow(rows)[2].name).toBe('第3队');
  });

  it('says which branches are missing or in two teams, in plain words', () => {
    let rows = twoTeams();
    rows = toggleBranch(rows, rows[1].key, 'b01'); // b01 in both
    rows = toggleBranch(rows, rows[0].key, 'b02'); // b02 in none
    const cov = coverage(rows, branches);
    expect(cov.missing.map((b) => b.id)).toEqual(['b02']);
    expect(cov.doubled.map((d) => [d.branch.id, d.teams])).toEqual([['b01', ['东区队', '西区队']]]);
    expect(coverageMessages(cov)).toEqual([
      '还有 1 个分工会没编入队伍：理学院分工会。请把它们选进某一支队伍。',
      '机关分工会同时在「东区队」「西区队」里，一个分工会只能在一支队伍，请去掉多余的。',
    ]);
    expect(checkTeams(rows, branches).ok).toBe(false);
  });

  it('turns good rows into the action teams; names each bad row', () => {
    expect(checkTeams(twoTeams(), branches)).toEqual({
      ok: true,
      teams: [
        { name: '东区队', branchIds: ['b01', 'b02'] },
        { name: '西区队', branchIds: ['b03'] },
      ],
    });
    const rows = renameTeamRow(twoTeams(), twoTeams()[0].key, '');
    const r = checkTeams(renameTeamRow(rows, rows[0].key, '西区队'), branches);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.values(r.rowErrors)).toEqual([
        '队伍名称重复了，请换一个',
        '队伍名称重复了，请换一个',
      ]);
  });

  it('checks the whole setup form with custom teams', () => {
    const form = { ...defaultSetup('2026-11-23'), name: '冬季健步走', teamMode: 'custom' as const };
    const bad = checkSetup({ ...form, teamRows: [] }, branches);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.teamMessages?.[0]).toBe('自定义队伍至少要两支，才能比一比。');
    const good = checkSetup({ ...form, teamRows: twoTeams() }, branches);
    expect(good).toMatchObject({ ok: true, input: { teams: { mode: 'custom' } } });
    const none = checkSetup({ ...form, teamMode: 'branch', ageSplit: '' }, branches);
    expect(none).toMatchObject({ ok: true, input: { teams: { mode: 'branch' }, ageSplit: null } });
  });
});

describe('the edit form', () => {
  const c = {
    campaignId: 'walk-1',
    name: '秋季健步走',
    startDate: '2026-11-01',
    endDate: '2026-11-30',
    dailyTarget: 6000,
    dailyCap: 15000,
    flagAbove: 40000,
    rule: { type: 'min_days', days: 20 },
    teamMode: 'custom',
  } as CampaignView;

  it('starts from the campaign and sends only what changed', () => {
    const form = formFromCampaign(c);
    expect(form).toMatchObject({ ruleType: 'min_days', ruleValue: '20', dailyTarget: '6000' });
    const checked = checkSetup({ ...form, dailyTarget: '8000', ruleValue: '15' });
    expect(checked.ok).toBe(true);
    if (checked.ok)
      expect(editPatch(c, checked.input)).toEqual({
        campaignId: 'walk-1',
        dailyTarget: 8000,
        rule: { type: 'min_days', days: 15 },
      });
    const same = checkSetup(form);
    if (same.ok) expect(editPatch(c, same.input)).toBeNull();
  });
});
