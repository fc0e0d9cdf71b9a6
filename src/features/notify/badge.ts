// The unread count as a badge on the 我的 tab (weapp and Taro h5 both draw it).
import Taro from '@tarojs/taro';
import { badgeText } from './format';

export const ME_TAB_INDEX = 3;

export function showUnreadBadge(unread: number): void {
  const text = badgeText(unread);
  try {
    const p = text
      ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text })
      : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
    void Promise.resolve(p).catch(() => {});
  } catch {
    // not on a tab page: the next tab page shown sets it
  }
}
