// Going to a page: switchTab for tab pages, navigateTo for the rest, one call for every screen.
import Taro from '@tarojs/taro';
import { isTabUrl } from '../../domain/pages';

export function go(url: string): void {
  if (isTabUrl(url)) void Taro.switchTab({ url: url.split('?')[0] });
  else void Taro.navigateTo({ url });
}

/** Back to where we came from, or to a given tab when this page was opened directly. */
export function back(fallback: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else go(fallback);
}
