// A page's frame: 关怀模式 on the mini-program (its <page-meta>, the page's first node), on h5
// sub-pages a big 返回 button, then its title and one line saying what you can do here, then the
// content.
import { pages } from '../../../domain/pages';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { back } from '../../services/nav';
import { CareModeMeta } from '../care-mode';
import { needsBackButton } from './back';
import './index.scss';

export interface PageShellProps {
  title: string;
  /** one line: what you can do here */
  hint?: string;
  /** where 返回 goes when the page was opened directly (default: 首页) */
  backTo?: string;
  children?: ReactNode;
}

export function PageShell({ title, hint, backTo = pages.tabs.home(), children }: PageShellProps) {
  const { path } = useRouter();
  return (
    <>
      <CareModeMeta />
      <View className="page-shell">
        {needsBackButton(process.env.TARO_ENV, path) ? (
          <View
            className="page-shell__back"
            role="button"
            aria-label="返回上一页"
            hoverClass="page-shell__back--pressed"
            onClick={() => back(backTo)}
          >
            <Text>‹ 返回</Text>
          </View>
        ) : null}
        <View className="page-shell__head">
          <Text className="page-shell__title">{title}</Text>
          {hint ? <Text className="page-shell__hint">{hint}</Text> : null}
        </View>
        <View className="page-shell__body">{children}</View>
      </View>
    </>
  );
}
