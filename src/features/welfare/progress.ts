// Pure helpers of 发放进度: the lists' filters, what a row says, how many are shown, what closing did.
import type { Progress } from '../../../domain/welfare/contract';

export type Filter = 'not_chosen' | 'not_collected';
export const FILTERS: { key: Filter; label: string }[] = [
  { key: 'not_chosen', label: '未选择' },
  { key: 'not_collected', label: '未领取' },
];

export interface PersonRow {
  staffNo: string;
  name: string;
  branchName: string;
  optionName: string | null;
  pointName: string | null;
}

export interface People {
  total: number;
  people: PersonRow[];
}

export type { Progress };

/** The third column: where someone not chosen collects; for one not collected, what and where. */
export function personDetail(filter: Filter, x: PersonRow): string | null {
  return filter === 'not_collected' ? `${x.optionName ?? ''} · ${x.pointName ?? ''}` : x.pointName;
}

/** "共 120 人，显示前 50 人" when the list is cut short, "共 3 人" when not. */
export function peopleCountLine(people: People | null): string {
  const total = people?.total ?? 0;
  const more = people && people.total > people.people.length;
  return `共 ${total} 人${more ? `，显示前 ${people.people.length} 人` : ''}`;
}

export const filterLabel = (filter: Filter): string =>
  FILTERS.find((f) => f.key === filter)?.label ?? '';

/** What closing now did: the defaults handed out, and anyone left without a gift. */
export function closedLine(r: { defaulted: number; noStock: number }): string {
  return `已截止：${r.defaulted} 人按默认礼包发放${r.noStock ? `，${r.noStock} 人因库存不足未分到` : ''}。`;
}
