// Production build settings: Taro minifies by default; measure package sizes on this build.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
