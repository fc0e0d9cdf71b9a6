// 我的: who I am, or the way to bind; the 管理 entry for union officers; dev identity switch in h5.
import { Text, View } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { go } from '../../../services/nav';
import { canManage } from '../profile';
import { useMe } from '../use-me';
import { BindPrompt } from './bind-prompt';
import { ProfileCard } from './profile-card';
import { takeJustBound } from '../just-bound';
import './me-view.scss';
import { pages } from '../../../../domain/pages';

export function MeView() {
  const { me, loading, error, unbound, refresh } = useMe();
  const [welcome, setWelcome] = useState<string | null>(null);
  useDidShow(() => {
    const name = takeJustBound();
    if (name) setWelcome(name);
  });
  useDidHide(() => setWelcome(null));
  return (
    <View className="me-view">
      {welcome && me ? (
        <Card tone="ok" title="绑定成功" testId="bound-welcome">
          <Text className="card__line">
            欢迎你，{welcome}！现在可以报名活动、选福利、加入社团了。
          </Text>
          <BigButton onClick={() => go(pages.tabs.home())}>去首页看看</BigButton>
        </Card>
      ) : null}
      {loading ? <LoadingState /> : null}
      {error ? <ErrorBanner error={error} onRetry={() => void refresh()} /> : null}
      {unbound ? <BindPrompt /> : null}
      {me ? <ProfileCard me={me} /> : null}
      {me && canManage(me) ? (
        <NavRow
          title="管理"
          hint="活动、福利、分工会等管理工具"
          onClick={() => go(pages.admin.index())}
        />
      ) : null}
      {me ? <Text className="me-view__note">信息不对？请联系校工会更正名册。</Text> : null}
      {process.env.TARO_ENV === 'h5' && process.env.TARO_APP_DEV_TOOLS === '1' ? (
        <NavRow
          title="切换身份（开发）"
          hint="本地开发用：换成别的演示账号"
          onClick={() => go(pages.main.devLogin())}
        />
      ) : null}
    </View>
  );
}
