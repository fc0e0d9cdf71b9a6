// The board's pure parts: filters, counts for the chart, and the words for statuses.
import type { ProposalSummary } from '../../../domain/proposals/contract';
import {
  CATEGORIES,
  STATUS_LABELS,
  type Category,
  type ProposalStatus,
} from '../../../domain/proposals/model';
import {
  BOARD_GROUPS,
  BOARD_GROUP_LABELS,
  boardGroup,
  type BoardGroup,
} from '../../../domain/proposals/rules';

export interface BoardFilter {
  group: BoardGroup | 'all';
  category: Category | 'all';
  /** department id, or 'all' */
  department: string;
  overdueOnly: boolean;
  /** words in the title, a proposer's name, or the 序号 */
  q: string;
}

export const NO_FILTER: BoardFilter = {
  group: 'all',
  category: 'all',
  department: 'all',
  overdueOnly: false,
  q: '',
};

export function applyFilter(items: readonly ProposalSummary[], f: BoardFilter): ProposalSummary[] {
  const q = f.q.trim();
  return items.filter(
    (p) =>
      (f.group === 'all' || boardGroup(p.status) === f.group) &&
      (f.category === 'all' || p.category === f.category) &&
      (f.department === 'all' || p.departments.some((d) => d.id === f.department)) &&
      (!f.overdueOnly || p.overdue) &&
      (!q ||
        p.title.includes(q) ||
        p.proposer.name.includes(q) ||
        p.coProposers.some((c) => c.name.includes(q)) ||
        String(p.no ?? '') === q.replace(/^第|号$/g, '')),
  );
}

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** 0…100, relative to the largest bar of its chart */
  percent: number;
}

function bars(entries: [string, string, number][]): Bar[] {
  const max = Math.max(1, ...entries.map(([, , n]) => n));
  return entries.map(([key, label, count]) => ({
    key,
    label,
    count,
    percent: Math.round((count / max) * 100),
  }));
}

export interface BoardCounts {
  total: number;
  overdue: number;
  byGroup: Bar[];
  byCategory: Bar[];
  byDepartment: Bar[];
}

export function countBoard(items: readonly ProposalSummary[]): BoardCounts {
  const byGroup = new Map<BoardGroup, number>();
  const byCategory = new Map<Category, number>();
  const byDepartment = new Map<string, { name: string; n: number }>();
  for (const p of items) {
    const g = boardGroup(p.status);
    if (g) byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
    byCategory.set(p.category, (byCategory.get(p.category) ?? 0) + 1);
    for (const d of p.departments)
      byDepartment.set(d.id, { name: d.name, n: (byDepartment.get(d.id)?.n ?? 0) + 1 });
  }
  return {
    total: items.length,
    overdue: items.filter((p) => p.overdue).length,
    byGroup: bars(BOARD_GROUPS.map((g) => [g, BOARD_GROUP_LABELS[g], byGroup.get(g) ?? 0])),
    byCategory: bars(CATEGORIES.map((c) => [c, c, byCategory.get(c) ?? 0])),
    byDepartment: bars(
      [...byDepartment.entries()]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([id, d]) => [id, d.name, d.n]),
    ),
  };
}

/** The departments that appear on the board, for the filter. */
export function departmentsOn(items: readonly ProposalSummary[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const p of items) for (const d of p.departments) seen.set(d.id, d.name);
  return [...seen.entries()].map(([id, name]) => ({ id, name }));
}

export function statusText(p: Pick<ProposalSummary, 'status' | 'kind' | 'round'>): string {
  if (p.status === 'accepted' && p.round > 1) return '退回重办';
  if (p.status === 'accepted' && p.kind === 'suggestion') return '已转交';
  return STATUS_LABELS[p.status as ProposalStatus];
}

/** A tone for the status tag: what needs attention stands out. */
export function statusTone(status: ProposalStatus): 'wait' | 'work' | 'done' | 'off' {
  if (status === 'draft' || status === 'awaiting_cosign' || status === 'filed') return 'wait';
  if (status === 'accepted' || status === 'in_handling') return 'work';
  if (status === 'answered' || status === 'closed') return 'done';
  return 'off';
}

/** A due day as people read it, the same as every other date here: "2026-12-01" → "12月1日". */
export function dayText(ymd: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd ?? '');
  return m ? `${Number(m[2])}月${Number(m[3])}日` : (ymd ?? '');
}
