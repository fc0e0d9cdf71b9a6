// My inbox: newest first, unread ones marked; tapping one marks it read and opens its page.
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { InboxItem } from '../../../../domain/notify/contract';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { getInbox, markAllRead, markRead } from '../api';
import { askToSubscribe } from '../ask-to-subscribe';
import { showUnreadBadge } from '../badge';
import { KIND_LABELS, whenLabel } from '../format';
import './notify.scss';
import { pages } from '../../../../domain/pages';

export function InboxList() {
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<CloudError | null>(null);
  const [asked, setAsked] = useState('');

  const load = () => {
    setError(null);
    getInbox()
      .then((r) => {
        setItems(r.items);
        setUnread(r.unread);
        showUnreadBadge(r.unread);
      })
      .catch((e) => setError(toCloudError(e)));
  };
  useDidShow(load);

  const open = (item: InboxItem) => {
    if (!item.read) {
      setItems((list) => list?.map((i) => (i.id === item.id ? { ...i, read: true } : i)) ?? null);
      setUnread((n) => Math.max(0, n - 1));
      markRead(item.id)
        .then((r) => showUnreadBadge(r.unread))
        .catch(() => {});
    }
    if (item.page && item.page !== pages.notify.inbox.url) go(item.page);
  };

  const readAll = () => {
    markAllRead()
      .then((r) => {
        setUnread(r.unread);
        showUnreadBadge(r.unread);
        setItems((list) => list?.map((i) => ({ ...i, read: true })) ?? null);
      })
      .catch((e) => setError(toCloudError(e)));
  };

  const subscribe = async () => {
    const r = await askToSubscribe(['broadcast']);
    setAsked(
      r.accepted.length
        ? '好的，下一条工会通知会同时发到你的微信。'
        : '没有开启。通知仍会出现在这里。',
    );
  };

  if (error) return <ErrorBanner error={error} onRetry={load} />;
  if (!items) return <LoadingState />;
  return (
    <View className="inbox">
      {items.length === 0 ? (
        <EmptyState
          title="还没有消息"
          hint="报名活动、选择礼包后，提醒和结果会出现在这里。"
          action={{ label: '去看看活动', onClick: () => go(pages.tabs.events()) }}
        />
      ) : (
        <>
          <View className="inbox__bar">
            <Text>{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
            {unread > 0 ? (
              <Text className="inbox__all" onClick={readAll}>
                全部标为已读
              </Text>
            ) : null}
          </View>
          {items.map((item) => (
            <View
              key={item.id}
              className={`inbox-item${item.read ? '' : ' inbox-item--unread'}`}
              data-testid="inbox-item"
              onClick={() => open(item)}
            >
              <View className="inbox-item__head">
                {item.read ? null : <View className="inbox-item__dot" aria-label="未读" />}
                <Text className="inbox-item__kind">{KIND_LABELS[item.kind]}</Text>
                <Text className="inbox-item__when">{whenLabel(item.createdAt)}</Text>
              </View>
              <Text className="inbox-item__title">{item.title}</Text>
              <Text className="inbox-item__body">{item.body}</Text>
              {item.page && item.page !== pages.notify.inbox.url ? (
                <Text className="inbox-item__open">点这里查看 ›</Text>
              ) : null}
            </View>
          ))}
        </>
      )}
      <BigButton kind="secondary" onClick={() => void subscribe()}>
        工会通知也发到微信
      </BigButton>
      {asked ? <Text className="inbox__bar">{asked}</Text> : null}
    </View>
  );
}
