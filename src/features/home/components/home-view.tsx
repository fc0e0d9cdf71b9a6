// 首页: a greeting (or the way to bind), 我的近期 (what waits for me now), then the big buttons.
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { HomeOutput } from '../../../../domain/home/contract';
import { ErrorBanner } from '../../../components/error-banner';
import { OfficeContact } from '../../../components/office-contact';
import type { CloudError } from '../../../services/cloud';
import { BindPrompt } from '../../account/components/bind-prompt';
import { useMe } from '../../account/use-me';
import { showUnreadBadge } from '../../notify/badge';
import { getHome } from '../api';
import { recentItems } from '../recent';
import { AreaGrid } from './area-grid';
import { Greeting } from './greeting';
import { RecentList } from './recent-list';
import './home-view.scss';

export function HomeView() {
  const { me, unbound, error, refresh } = useMe();
  const [home, setHome] = useState<HomeOutput | null>(null);
  const [homeError, setHomeError] = useState<CloudError | null>(null);
  const load = () =>
    getHome()
      .then((h) => {
        setHome(h);
        setHomeError(null);
        if (h.bound) showUnreadBadge(h.unread);
      })
      .catch((e: CloudError) => setHomeError(e));
  // again each time home shows: after a sign-up or a gift choice the list is current
  useDidShow(() => void load());
  const bound = home?.bound ? home : null;
  const shownError = error ?? homeError;
  return (
    <View className="home-view">
      <Greeting name={me?.name} branch={me?.branch} />
      {shownError ? (
        <>
          <ErrorBanner
            error={shownError}
            onRetry={() => {
              void refresh();
              void load();
            }}
          />
          <OfficeContact />
        </>
      ) : null}
      {unbound || home?.bound === false ? <BindPrompt /> : null}
      {bound || (!home && !unbound && !shownError) ? (
        <RecentList items={bound ? recentItems(bound) : []} loading={!bound} />
      ) : null}
      <AreaGrid unread={bound ? bound.unread : null} />
    </View>
  );
}
