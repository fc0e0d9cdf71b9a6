// weapp: 关怀模式's CSS variables on the page root through <page-meta> (the first node of a page;
// PageShell renders it). h5 needs nothing here: the class on <html> does it (features/care-mode).
import { PageMeta } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { careMode, CARE_PAGE_STYLE } from '../../features/care-mode';

export function CareModeMeta() {
  const [on, setOn] = useState(careMode.isOn);
  // a page kept in the stack picks up a switch made on 我的 when it shows again
  useDidShow(() => setOn(careMode.isOn()));
  if (process.env.TARO_ENV !== 'weapp') return null;
  return <PageMeta pageStyle={on ? CARE_PAGE_STYLE : ''} />;
}
