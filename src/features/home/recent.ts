// 首页 "我的近期" as rows on screen: what each item says and where one tap takes me.
import type { BoundHome } from '../../../domain/home/contract';
import { beijing } from '../../../domain/time';
import { pages } from '../../../domain/pages';
import { WELFARE_URLS } from '../welfare/urls';

export interface RecentItem {
  key: 'event' | 'gift' | 'steps' | 'messages' | 'cosign';
  title: string;
  hint: string;
  /** a short word on the right, e.g. "3 条" */
  tag?: string;
  url: string;
}

const EVENTS_ROOT = '/packages/events/pages';
const eventUrl = (page: 'pass' | 'detail', id: string) =>
  `${EVENTS_ROOT}/${page}/index?id=${encodeURIComponent(id)}`;

/** "12月10日 周四 14:00" */
export function dayTime(iso: string): string {
  const d = beijing(iso);
  return `${d.format('M月D日')} 周${'日一二三四五六'[d.day()]} ${d.format('HH:mm')}`;
}

/** 8356 → "8,356" (by hand: mini-program engines differ in toLocaleString) */
const steps = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function recentItems(home: BoundHome): RecentItem[] {
  const items: RecentItem[] = [];
  const e = home.nextEvent;
  if (e) {
    const confirmed = e.status === 'confirmed';
    items.push({
      key: 'event',
      title: confirmed ? `入场码：${e.title}` : e.title,
      hint: `${dayTime(e.startAt)} · ${e.location}${
        confirmed ? '' : e.status === 'waitlisted' ? ' · 候补中' : ' · 等待审核'
      }`,
      tag: confirmed ? '出示' : undefined,
      url: eventUrl(confirmed ? 'pass' : 'detail', e.eventId),
    });
  }
  const g = home.gift;
  if (g && g.state === 'choose')
    items.push({
      key: 'gift',
      title: `选礼包：${g.batchName}`,
      hint: `请在 ${dayTime(g.claimCloseAt)} 前选好`,
      tag: '去选',
      url: pages.tabs.welfare(),
    });
  else if (g && g.state === 'chosen')
    items.push({
      key: 'gift',
      title: `领取码：${g.optionName ?? g.batchName}`,
      hint: `${g.batchName} · 领取时出示`,
      tag: '出示',
      url: WELFARE_URLS.code(g.batchId),
    });
  const s = home.steps;
  if (s)
    items.push({
      key: 'steps',
      title: s.today === null ? '今天还没同步步数' : `今天 ${steps(s.today)} 步`,
      hint: `${s.name} · 每天目标 ${steps(s.dailyTarget)} 步`,
      tag: s.today === null ? '去同步' : undefined,
      url: pages.walkathon.index(),
    });
  if (home.unread > 0)
    items.push({
      key: 'messages',
      title: `${home.unread > 99 ? '99+' : home.unread} 条未读消息`,
      hint: '活动提醒、报名结果、工会通知',
      tag: '去看',
      url: pages.notify.inbox(),
    });
  const c = home.cosign;
  if (c.count > 0 && c.first)
    items.push({
      key: 'cosign',
      title: c.count > 1 ? `${c.count} 份提案等你附议` : '有一份提案等你附议',
      hint: c.first.title,
      tag: '去看',
      url: pages.proposals.detail({ id: c.first.proposalId }),
    });
  return items;
}
