// The product's areas as the home page's big buttons: where each goes, or honestly "即将开放".
import { URLS } from '../../routes';

export interface Area {
  key: string;
  title: string;
  /** one short line under the title */
  hint: string;
  /** where it opens; null while the area is not built yet */
  url: string | null;
}

export const AREAS: readonly Area[] = [
  { key: 'events', title: '活动报名', hint: '讲座、比赛、疗休养', url: URLS.events },
  { key: 'welfare', title: '福利领取', hint: '节日礼包，选一份', url: URLS.welfare },
  { key: 'walkathon', title: '健步走', hint: '同步微信步数', url: URLS.walkathon },
  { key: 'clubs', title: '社团', hint: '协会与兴趣小组', url: URLS.clubs },
  { key: 'proposals', title: '提案', hint: '教代会提案与建议', url: URLS.proposals },
  { key: 'messages', title: '消息', hint: '通知与提醒', url: URLS.inbox },
  { key: 'checkups', title: '体检预约', hint: '看套餐，约日期时段', url: URLS.checkups },
];

export const SOON = '即将开放';

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
