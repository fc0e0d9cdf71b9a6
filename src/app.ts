// The app's entry: the platform's cloud once (weapp), global styles. Zod's settings come with the
// first contract a page loads (domain/contract.ts), so the main package carries no zod.
import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.scss';
import './styles/h5-tabbar.scss';
import './styles/h5-dialogs.scss';
import './styles/h5-controls.scss';
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
