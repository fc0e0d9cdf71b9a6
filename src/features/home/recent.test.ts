// 首页 "我的近期" rows: each says what it is and opens the page that deals with it.
import type { BoundHome } from '../../../domain/home/contract';
import { pages } from '../../../domain/pages';
import { URLS } from '../../routes';
import { recentItems } from './recent';

const empty: BoundHome = {
  bound: true,
  name: '张老师',
  nextEvent: null,
  gift: null,
  steps: null,
  unread: 0,
  cosign: { count: 0, first: null },
};

it('shows nothing when nothing waits', () => {
  expect(recentItems(empty)).toEqual([]);
});

it('puts my pass one tap away, with when and where', () => {
  const [row] = recentItems({
    ...empty,
    nextEvent: {
      eventId: 'ev-1',
      title: '中医养生讲座',
      location: '图书馆报告厅',
      startAt: '2026-12-10T06:00:00.000Z',
      status: 'confirmed',
    },
  });
  expect(row).toMatchObject({
    key: 'event',
    title: '入场码：中医养生讲座',
    hint: '12月10日 周四 14:00 · 图书馆报告厅',
    url: '/packages/events/pages/pass/index?id=ev-1',
  });
  const [queued] = recentItems({
    ...empty,
    nextEvent: {
      ...row,
      eventId: 'ev-1',
      title: 'x',
      location: 'y',
      startAt: '2026-12-10T06:00:00.000Z',
      status: 'waitlisted',
    },
  });
  expect(queued.url).toBe('/packages/events/pages/detail/index?id=ev-1');
  expect(queued.hint).toMatch(/候补中/);
});

it('asks me to choose a gift with its deadline, or shows my pickup code', () => {
  const gift = {
    batchId: 'wb-1',
    batchName: '元旦福利',
    claimCloseAt: '2026-12-20T10:00:00.000Z',
    optionName: null,
  };
  expect(recentItems({ ...empty, gift: { ...gift, state: 'choose' } })[0]).toMatchObject({
    title: '选礼包：元旦福利',
    hint: '请在 12月20日 周日 18:00 前选好',
    url: URLS.welfare,
  });
  expect(
    recentItems({ ...empty, gift: { ...gift, state: 'chosen', optionName: '东北大米' } })[0],
  ).toMatchObject({
    title: '领取码：东北大米',
    url: '/packages/welfare/pages/code/index?batchId=wb-1',
  });
  expect(recentItems({ ...empty, gift: { ...gift, state: 'handed' } })).toEqual([]);
});

it("shows today's steps in one number format, unread messages and co-signatures", () => {
  const rows = recentItems({
    ...empty,
    steps: { campaignId: 'w', name: '秋冬健步走', today: 8356, dailyTarget: 6000 },
    unread: 120,
    cosign: { count: 2, first: { proposalId: 'p 1', title: '关于增设午休室的提案' } },
  });
  expect(rows.map((r) => r.title)).toEqual(['今天 8,356 步', '99+ 条未读消息', '2 份提案等你附议']);
  expect(rows[0].hint).toBe('秋冬健步走 · 每天目标 6,000 步');
  expect(rows[1].url).toBe(pages.notify.inbox());
  expect(rows[2].url).toBe('/packages/proposals/pages/detail/index?id=p%201');
  expect(
    recentItems({ ...empty, steps: { campaignId: 'w', name: 'x', today: null, dailyTarget: 1 } })[0]
      .title,
  ).toBe('今天还没同步步数');
});
