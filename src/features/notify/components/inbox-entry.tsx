// 我的 › 消息: the way into my inbox, with the unread count; also keeps the 我的 tab's badge right.
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { NavRow } from '../../../components/nav-row';
import { go } from '../../../services/nav';
import { getInbox } from '../main-api';
import { preloadTemplates } from '../ask-to-subscribe';
import { showUnreadBadge } from '../badge';
import './notify.scss';
import { pages } from '../../../../domain/pages';

export function InboxEntry() {
  const [unread, setUnread] = useState<number | null>(null);
  useDidShow(() => {
    getInbox()
      .then((r) => {
        setUnread(r.unread);
        showUnreadBadge(r.unread);
      })
      .catch(() => setUnread(null));
    void preloadTemplates();
  });
  return (
    <View className="notify-entry">
      <Text className="notify-entry__title">消息</Text>
      <NavRow
        title="我的消息"
        hint={
          unread
            ? `${unread} 条未读：活动提醒、报名结果、工会通知`
            : '活动提醒、报名结果、工会通知都在这里'
        }
        tag={unread ? `${unread > 99 ? '99+' : unread} 条未读` : undefined}
        onClick={() => go(pages.notify.inbox())}
      />
    </View>
  );
}
