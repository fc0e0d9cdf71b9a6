// The board's filters and chart counts.
import type { ProposalSummary } from '../../../domain/proposals/contract';
import { NO_FILTER, applyFilter, countBoard, departmentsOn, statusText } from './board';

const base: ProposalSummary = {
  id: 'p1',
  no: 1,
  kind: 'proposal',
  title: '关于增设教工食堂晚餐窗口的提案',
  category: '后勤',
  status: 'accepted',
  proposer: { staffNo: '1', name: '王丽' },
  coProposers: [{ staffNo: '2', name: '李强' }],
  cosignerCount: 2,
  departments: [{ id: 'hq', name: '后勤保障处' }],
  dueOn: '2026-12-01',
  overdue: true,
  filedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  lastRating: null,
  round: 1,
};
const items: ProposalSummary[] = [
  base,
  {
    ...base,
    id: 'p2',
    no: 2,
    title: '关于体检的提案',
    category: '福利',
    status: 'filed',
    departments: [],
    overdue: false,
    coProposers: [],
  },
  {
    ...base,
    id: 'p3',
    no: 3,
    title: '关于职称的提案',
    category: '人事',
    status: 'merged',
    departments: [],
    overdue: false,
    coProposers: [],
  },
  {
    ...base,
    id: 'p4',
    no: 4,
    title: '关于停车的提案',
    status: 'closed',
    overdue: false,
    coProposers: [],
  },
];

it('filters by status group, category, department, overdue and words', () => {
  expect(applyFilter(items, NO_FILTER)).toHaveLength(4);
  expect(applyFilter(items, { ...NO_FILTER, group: 'closed' }).map((p) => p.id)).toEqual([
    'p3',
    'p4',
  ]);
  expect(applyFilter(items, { ...NO_FILTER, category: '后勤' }).map((p) => p.id)).toEqual([
    'p1',
    'p4',
  ]);
  expect(
    applyFilter(items, { ...NO_FILTER, department: 'hq', overdueOnly: true }).map((p) => p.id),
  ).toEqual(['p1']);
  expect(applyFilter(items, { ...NO_FILTER, q: '李强' }).map((p) => p.id)).toEqual(['p1']);
  expect(applyFilter(items, { ...NO_FILTER, q: '第3号' }).map((p) => p.id)).toEqual(['p3']);
});

it('counts by status, category and department for the chart', () => {
  const c = countBoard(items);
  expect(c.total).toBe(4);
  expect(c.overdue).toBe(1);
  expect(c.byGroup.find((b) => b.key === 'closed')).toMatchObject({ count: 2, percent: 100 });
  expect(c.byGroup.find((b) => b.key === 'filed')).toMatchObject({ count: 1, percent: 50 });
  expect(c.byCategory.map((b) => b.count)).toEqual([0, 1, 2, 1, 0]);
  expect(c.byDepartment).toEqual([{ key: 'hq', label: '后勤保障处', count: 2, percent: 100 }]);
  expect(departmentsOn(items)).toEqual([{ id: 'hq', name: '后勤保障处' }]);
});

it('names a sent-back proposal and a forwarded suggestion plainly', () => {
  expect(statusText({ status: 'accepted', kind: 'proposal', round: 2 })).toBe('退回重办');
  expect(statusText({ status: 'accepted', kind: 'suggestion', round: 1 })).toBe('已转交');
  expect(statusText({ status: 'in_handling', kind: 'proposal', round: 1 })).toBe('办理中');
});
