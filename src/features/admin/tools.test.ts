// Who sees which tool on the 管理 home.
import { resolvePage } from '../../../domain/pages';
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
    'trips',
    'tripLeader',
    'care',
    'roster',
    'people',
    'branches',
    'rosterExport',
    'notify',
    'checkups',
    'checkupDesk',
    'report',
    'contests',
    'quiz',
    'awards',
    'audit',
    'office',
  ]);
});

it('shows organizers and branch chairs their own tools', () => {
  expect(keys([{ role: 'organizer' }])).toEqual(['events']);
  expect(keys([{ role: 'branch_chair', branchId: 'b06' }])).toEqual([
    'branch',
    'walkathon',
    'care',
    'rosterExport',
    'checkups',
    'report',
    'contests',
  ]);
  expect(keys([{ role: 'care_committee' }])).toEqual(['care']);
});

it('shows welfare distributors the hand-over scanner', () => {
  expect(keys([{ role: 'distributor', pointId: 'p1' }])).toEqual(['handover']);
});

it("shows a trip leader the leader's list", () => {
  expect(keys([{ role: 'trip_leader', groupId: 'g1' }])).toEqual(['tripLeader']);
});

it('shows plain staff nothing', () => {
  expect(keys([])).toEqual([]);
});

it('opens a declared page from every tool', () => {
  for (const t of toolsFor([{ role: 'admin' }]))
    expect([t.key, resolvePage(t.url) !== null]).toEqual([t.key, true]);
});
