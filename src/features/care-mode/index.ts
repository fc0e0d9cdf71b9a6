// 关怀模式 for the app: the store on Taro's storage, and a hook for pages and the switch.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { createCareMode } from './care-mode';

export { CARE_CLASS, CARE_PAGE_STYLE } from './care-mode';

export const careMode = createCareMode({
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
});

export function useCareMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(careMode.isOn);
  useEffect(() => careMode.subscribe(setOn), []);
  return [on, careMode.set];
}
