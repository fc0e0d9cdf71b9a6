// The app's entry: zod settings first, the platform's cloud once (weapp), global styles.
import './setup-zod';
import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.scss';
import './styles/h5-tabbar.scss';
import { careMode } from './features/care-mode';
import { focusablePages } from './services/h5-a11y';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ traceUser: false });
}
// 关怀模式 as remembered (h5: the class on <html>; weapp pages apply it through page-meta)
careMode.apply();
if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') focusablePages();

// children are the pages
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
