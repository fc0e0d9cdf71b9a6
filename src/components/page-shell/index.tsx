// A page's frame: its title and one line saying what you can do here, then the content.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface PageShellProps {
  title: string;
  /** one line: what you can do here */
  hint?: string;
  children?: ReactNode;
}

export function PageShell({ title, hint, children }: PageShellProps) {
  return (
    <View className="page-shell">
      <View className="page-shell__head">
        <Text className="page-shell__title">{title}</Text>
        {hint ? <Text className="page-shell__hint">{hint}</Text> : null}
      </View>
      <View className="page-shell__body">{children}</View>
    </View>
  );
}
