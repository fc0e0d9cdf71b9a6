// 我的: who I am, or the way to bind; the 管理 entry for union officers; dev identity switch in h5.
import { Text, View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { go } from '../../../services/nav';
import { canManage } from '../profile';
import { useMe } from '../use-me';
import { BindPrompt } from './bind-prompt';
import { ProfileCard } from './profile-card';
import './me-view.scss';
import { pages } from '../../../../domain/pages';

export function MeView() {
  const { me, loading, error, unbound, refresh } = useMe();
  return (
    <View className="me-view">
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
