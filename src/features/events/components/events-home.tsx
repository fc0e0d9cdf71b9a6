// The 活动 tab: upcoming events, those open for sign-up now, and mine; organizers get a way in
// to the events they run.
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import type { CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { URLS } from '../../../routes';
import { useMe } from '../../account/use-me';
import { events, EVENT_URLS, type EventSummary } from '../main-api';
import { EventCard } from './event-card';
import './events.scss';

type Scope = 'upcoming' | 'open' | 'mine';
const TABS: { scope: Scope; label: string }[] = [
  { scope: 'open', label: '正在报名' },
  { scope: 'upcoming', label: '全部活动' },
  { scope: 'mine', label: '我的报名' },
];
const EMPTY: Record<Scope, string> = {
  open: '现在没有正在报名的活动',
  upcoming: '近期没有活动',
  mine: '你还没有报名活动',
};

export function EventsHome() {
  const { me, unbound } = useMe();
  const [scope, setScope] = useState<Scope>('open');
  const [items, setItems] = useState<EventSummary[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);

  const load = useCallback(
    (s: Scope = scope) => {
      setError(null);
      events('events.list', { scope: s })
        .then((r) => setItems(r.items))
        .catch((e: CloudError) => setError(e));
    },
    [scope],
  );
  useDidShow(() => {
    if (!unbound) load();
  });

  if (unbound) {
    return (
      <EmptyState
        title="请先绑定工号"
        hint="绑定后就能报名工会活动、出示签到码。"
        action={{ label: '去绑定', onClick: () => go(URLS.bind) }}
      />
    );
  }
  const organizer = Boolean(me?.roles.some((r) => r === 'organizer' || r === 'admin'));
  return (
    <View>
      <View className="ev-tabs">
        {TABS.map((t) => (
          <Text
            key={t.scope}
            className={`ev-tab${t.scope === scope ? ' ev-tab--on' : ''}`}
            onClick={() => {
              setScope(t.scope);
              setItems(null);
              load(t.scope);
            }}
          >
            {t.label}
          </Text>
        ))}
      </View>
      <ErrorBanner error={error} onRetry={() => load()} />
      {!items && !error ? <LoadingState /> : null}
      {items && items.length === 0 ? (
        <EmptyState
          title={EMPTY[scope]}
          hint={scope === 'mine' ? '在「正在报名」里找感兴趣的活动。' : '有新活动时会在这里公布。'}
        />
      ) : null}
      {items?.map((e) => (
        <EventCard key={e.eventId} e={e} />
      ))}
      {organizer ? (
        <NavRow
          title="我组织的活动"
          hint="创建活动、现场签到、查看名单"
          onClick={() => go(EVENT_URLS.manage)}
        />
      ) : null}
    </View>
  );
}
