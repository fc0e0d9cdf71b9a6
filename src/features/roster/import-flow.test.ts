// The import screen's decisions and the staged import loop.
import type { ImportResult, RosterPreview } from '../../../domain/roster/contract';
import { canConfirm, confirmText, percent, runStagedImport, summaryTiles } from './import-flow';
import { barWidths, grantLabel, scopeNamer } from './labels';

const preview = (bad: number, missing = 0): RosterPreview => ({
  fingerprint: 'f'.repeat(64),
  total: 10 + bad,
  counts: { new: 6, changed: 3, unchanged: 1, bad },
  bad: [],
  changed: [],
  missing: { count: missing, people: [] },
});

it('confirms a file with bad rows only when they are skipped', () => {
  expect(canConfirm(preview(0), { skipBadRows: false, deactivateMissing: false })).toBe(true);
  expect(canConfirm(preview(2), { skipBadRows: false, deactivateMissing: false })).toBe(false);
  expect(canConfirm(preview(2), { skipBadRows: true, deactivateMissing: false })).toBe(true);
  const allBad = { ...preview(3), counts: { new: 0, changed: 0, unchanged: 0, bad: 3 } };
  expect(canConfirm(allBad, { skipBadRows: true, deactivateMissing: false })).toBe(false);
});

it('says what a confirmation will do', () => {
  expect(confirmText(preview(0, 5), { skipBadRows: false, deactivateMissing: false })).toBe(
    '将新增 6 人，更新 3 人。确定导入吗？',
  );
  expect(confirmText(preview(2, 5), { skipBadRows: true, deactivateMissing: true })).toBe(
    '将新增 6 人，更新 3 人，跳过 2 行有问题的数据，把名单中没有的 5 人标记为不在册（管理员除外）。确定导入吗？',
  );
  expect(summaryTiles(preview(2)).map((t) => [t.label, t.value, t.tone])).toEqual([
    ['新增', 6, 'ok'],
    ['有变化', 3, 'plain'],
    ['无变化', 1, 'plain'],
    ['有问题', 2, 'warn'],
  ]);
});

it('runs the import chunk by chunk, adding up and reporting progress', async () => {
  const calls: [number, number][] = [];
  const send = async (offset: number, limit: number): Promise<ImportResult> => {
    calls.push([offset, limit]);
    const end = Math.min(1200, offset + limit);
    return {
      total: 1200,
      processed: end,
      created: end - offset,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      deactivated: end === 1200 ? 7 : 0,
      nextOffset: end === 1200 ? null : end,
    };
  };
  const progress: number[] = [];
  const totals = await runStagedImport(send, (done, total) => progress.push(percent(done, total)));
  expect(calls).toEqual([
    [0, 500],
    [500, 500],
    [1000, 500],
  ]);
  expect(progress).toEqual([42, 83, 100]);
  expect(totals).toEqual({
    total: 1200,
    created: 1200,
    updated: 0,
    unchanged: 0,
    skipped: 1,
    deactivated: 7,
  });
});

it('stops at the first failed chunk', async () => {
  let n = 0;
  const send = async (): Promise<ImportResult> => {
    if (++n === 2) throw new Error('network');
    return {
      total: 1000,
      processed: 500,
      created: 500,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      deactivated: 0,
      nextOffset: 500,
    };
  };
  await expect(runStagedImport(send, () => {})).rejects.toThrow('network');
  expect(n).toBe(2);
});

it('labels grants with their scope, and sizes bars', () => {
  const names = (id: string) => (id === 'b01' ? '机关分工会' : id);
  expect(grantLabel({ role: 'branch_chair', branchId: 'b01' }, names)).toBe(
    '分工会主席 · 机关分工会',
  );
  expect(grantLabel({ role: 'organizer' }, names)).toBe('活动组织者（全部活动）');
  expect(grantLabel({ role: 'distributor', pointId: 'P1' }, names)).toBe('福利核销员 · 领取点 P1');
  // D6: names, not raw ids, for clubs and departments (and safe for odd ids)
  const named = scopeNamer(
    [{ id: 'b01', name: '机关分工会' }],
    [
      { id: 'club-calligraphy', name: '书法协会' },
      { id: 'rsc', name: '人事处' },
    ],
  );
  expect(grantLabel({ role: 'club_leader', clubId: 'club-calligraphy' }, named)).toBe(
    '社团负责人 · 社团 书法协会',
  );
  expect(grantLabel({ role: 'handler', departmentId: 'rsc' }, named)).toBe(
    '承办部门 · 部门 人事处',
  );
  expect(named('constructor')).toBe('constructor');
  expect(barWidths([0, 5, 10, 100])).toEqual([0, 5, 10, 100]);
  expect(barWidths([1, 1000])).toEqual([2, 100]);
});
