// The app's entry: the platform's cloud once (weapp), global styles. Zod's settings come with the
// first contract a page loads (domain/contract.ts), so the main package carries no zod.
import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.scss';
import './styles/h5-tabbar.scss';
import './styles/h5-dialogs.scss';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ traceUser: false });
}

// children are the pages
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
