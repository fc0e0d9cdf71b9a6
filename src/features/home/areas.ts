// The product's areas as the home page's big buttons, each with its icon, and the page each opens.
import type { IconName } from '../../components/icon';
import { pages } from '../../../domain/pages';

export interface Area {
  key: string;
  title: string;
  /** one short line under the title */
  hint: string;
  /** the page it opens (from the page registry) */
  url: string;
  icon: IconName;
}

export const AREAS: readonly Area[] = [
  {
    key: 'events',
    title: '活动报名',
    hint: '讲座、比赛、疗休养',
    url: pages.tabs.events(),
    icon: 'events',
  },
  {
    key: 'welfare',
    title: '福利领取',
    hint: '节日礼包，选一份',
    url: pages.tabs.welfare(),
    icon: 'welfare',
  },
  {
    key: 'walkathon',
    title: '健步走',
    hint: '同步微信步数',
    url: pages.walkathon.index(),
    icon: 'steps',
  },
  { key: 'clubs', title: '社团', hint: '协会与兴趣小组', url: pages.clubs.index(), icon: 'clubs' },
  {
    key: 'proposals',
    title: '提案',
    hint: '教代会提案与建议',
    url: pages.proposals.index(),
    icon: 'proposals',
  },
  {
    key: 'trips',
    title: '疗休养',
    hint: '报名、选路线、确认名额',
    url: pages.trips.index(),
    icon: 'pass',
  },
  {
    key: 'care',
    title: '关爱帮扶',
    hint: '困难帮扶、大病补助、理赔',
    url: pages.care.index(),
    icon: 'gift',
  },
  {
    key: 'checkups',
    title: '体检预约',
    hint: '看套餐，约日期时段',
    url: pages.checkups.index(),
    icon: 'pass',
  },
  {
    key: 'contests',
    title: '竞赛评分',
    hint: '教学竞赛报名、评委评分、实时排名',
    url: pages.contests.index(),
    icon: 'events',
  },
  {
    key: 'quiz',
    title: '知识竞赛',
    hint: '限时答题，看分工会排名',
    url: pages.quiz.index(),
    icon: 'proposals',
  },
  {
    key: 'awards',
    title: '评优评先',
    hint: '推荐先进、评委投票、公示',
    url: pages.awards.index(),
    icon: 'proposals',
  },
  {
    key: 'messages',
    title: '消息',
    hint: '通知与提醒',
    url: pages.notify.inbox(),
    icon: 'messages',
  },
];

/** "上午好" and friends, by the minute of the Beijing day. */
export function greetingFor(minuteOfDay: number): string {
  const hour = Math.floor(minuteOfDay / 60);
  if (hour < 5) return '夜深了';
  if (hour < 9) return '早上好';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}
