// 首页 "我的近期": the things waiting for me now, each one tap from the page that deals with it.
import { Text, View } from '@tarojs/components';
import { NavRow } from '../../../components/nav-row';
import { go } from '../../../services/nav';
import type { RecentItem } from '../recent';
import { Icon, type IconName } from '../../../components/icon';
import './recent-list.scss';

const ICON_OF: Record<RecentItem['key'], IconName> = {
  event: 'pass',
  gift: 'gift',
  steps: 'steps',
  messages: 'messages',
  cosign: 'proposals',
};

export function RecentList({ items, loading }: { items: RecentItem[]; loading: boolean }) {
  return (
    <View className="recent-list">
      <Text className="recent-list__title">我的近期</Text>
      {items.length === 0 ? (
        <Text className="recent-list__none">
          {loading ? '正在查看有什么等着你…' : '眼下没有要办的事。报名活动、领取福利都在下面。'}
        </Text>
      ) : (
        items.map((item) => (
          <View key={item.key} className="recent-list__row">
            <Icon name={ICON_OF[item.key]} />
            <View className="recent-list__nav">
              <NavRow
                title={item.title}
                hint={item.hint}
                tag={item.tag}
                onClick={() => go(item.url)}
              />
            </View>
          </View>
        ))
      )}
    </View>
  );
}
