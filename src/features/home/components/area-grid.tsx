// The home page's big buttons, two to a row, each with its icon: every area opens its page;
// 消息 carries my unread count in words a person can read.
import { Text, View } from '@tarojs/components';
import { Icon } from '../../../components/icon';
import { go } from '../../../services/nav';
import { AREAS } from '../areas';
import './area-grid.scss';

/** "3 条未读" on the 消息 tile; nothing when all is read or not known yet. */
export function unreadTag(unread: number | null): string | null {
  if (!unread || unread <= 0) return null;
  return `${unread > 99 ? '99+' : unread} 条未读`;
}

export function AreaGrid({ unread = null }: { unread?: number | null }) {
  return (
    <View className="area-grid">
      {AREAS.map((area) => {
        const tag = area.key === 'messages' ? unreadTag(unread) : null;
        return (
          <View
            key={area.key}
            className="area-grid__tile"
            hoverClass="area-grid__tile--pressed"
            onClick={() => go(area.url)}
          >
            <View className="area-grid__head">
              <Icon name={area.icon} size="lg" />
              {tag ? <Text className="area-grid__badge">{tag}</Text> : null}
            </View>
            <Text className="area-grid__title">{area.title}</Text>
            <Text className="area-grid__hint">{area.hint}</Text>
          </View>
        );
      })}
    </View>
  );
}
