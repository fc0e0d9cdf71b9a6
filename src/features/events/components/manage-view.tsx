// The events I run (organizers; admins see all): open one for check-in and lists, or create one.
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import type { CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { events, EVENT_URLS, type EventSummary } from '../api';
import { EventCard } from './event-card';

export function ManageView() {
  const [items, setItems] = useState<EventSummary[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const load = useCallback(() => {
    events('events.list', { scope: 'manage' })
      .then((r) => setItems(r.items))
      .catch((e: CloudError) => setError(e));
  }, []);
  useDidShow(load);
  return (
    <View>
      <BigButton onClick={() => go(EVENT_URLS.create)}>创建活动</BigButton>
      <ErrorBanner error={error} onRetry={load} />
      {!items && !error ? <LoadingState /> : null}
      {items && !items.length ? (
        <EmptyState title="还没有你组织的活动" hint="点上面的按钮创建第一个活动。" />
      ) : null}
      <View className="ev-section">
        {items?.map((e) => (
          <EventCard key={e.eventId} e={e} manage />
        ))}
      </View>
    </View>
  );
}
