// 管理 home: the tools this caller may use, by role; tools not built yet say so.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { go } from '../../../services/nav';
import { canManage } from '../../account/profile';
import { useMe } from '../../account/use-me';
import { toolsFor } from '../tools';
import './admin-home.scss';
import { pages } from '../../../../domain/pages';

export function AdminHome() {
  const { me, loading, error, unbound, refresh } = useMe();
  if (loading) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={() => void refresh()} />;
  if (unbound || !me) {
    return (
      <EmptyState
        title="请先绑定工号"
        hint="管理功能只对绑定工号的工会干部开放。"
        action={{ label: '绑定工号', onClick: () => go(pages.account.bind()) }}
      />
    );
  }
  if (!canManage(me)) {
    return (
      <EmptyState
        title="你还没有管理权限"
        hint="管理功能只对校工会管理员、分工会主席和活动组织者开放。如需开通，请联系校工会。"
        action={{ label: '回到我的', onClick: () => go(pages.tabs.me()) }}
      />
    );
  }
  return (
    <View className="admin-home">
      {toolsFor(me.grants).map((tool) => (
        <NavRow key={tool.key} title={tool.title} hint={tool.hint} onClick={() => go(tool.url)} />
      ))}
      <BigButton kind="secondary" onClick={() => go(pages.tabs.me())}>
        回到我的
      </BigButton>
    </View>
  );
}
