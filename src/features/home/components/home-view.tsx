// 首页: a greeting (or the way to bind), then the big buttons to every area.
import { View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { BindPrompt } from '../../account/components/bind-prompt';
import { useMe } from '../../account/use-me';
import { AreaGrid } from './area-grid';
import { Greeting } from './greeting';
import './home-view.scss';

export function HomeView() {
  const { me, unbound, error, refresh } = useMe();
  return (
    <View className="home-view">
      <Greeting name={me?.name} branch={me?.branch} />
      {error ? <ErrorBanner error={error} onRetry={() => void refresh()} /> : null}
      {unbound ? <BindPrompt /> : null}
      <AreaGrid />
    </View>
  );
}
