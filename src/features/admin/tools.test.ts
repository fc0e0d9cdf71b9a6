// Who sees which tool on the 管理 home.
import { toolsFor } from './tools';

const keys = (grants: Parameters<typeof toolsFor>[0]) => toolsFor(grants).map((t) => t.key);

it('shows admins every tool', () => {
  expect(keys([{ role: 'admin' }])).toEqual([
    'events',
    'branch',
    'welfare',
    'handover',
    'walkathon',
    'proposals',
    'roster',
    'people',
    'branches',
    'rosterExport',
    'notify',
    'checkups',
    'checkupDesk',
  ]);
});

it('shows organizers and branch chairs their own tools', () => {
  expect(keys([{ role: 'organizer' }])).toEqual(['events']);
  expect(keys([{ role: 'branch_chair', branchId: 'b06' }])).toEqual([
    'branch',
    'walkathon',
    'rosterExport',
    'checkups',
  ]);
});

it('shows welfare distributors the hand-over scanner', () => {
  expect(keys([{ role: 'distributor', pointId: 'p1' }])).toEqual(['handover']);
});

it('shows plain staff nothing', () => {
  expect(keys([])).toEqual([]);
});
