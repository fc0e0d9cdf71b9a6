// The home page's big buttons, two to a row, each with its icon: every area opens its page or
// says it is not open yet; 消息 carries my unread count in words a person can read.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Icon } from '../../../components/icon';
import { go } from '../../../services/nav';
import { AREAS, SOON, type Area } from '../areas';
import './area-grid.scss';

function open(area: Area) {
  if (area.url) go(area.url);
  else
    void Taro.showToast({ title: `${area.title}${SOON}，敬请期待`, icon: 'none', duration: 2000 });
}

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
            className={`area-grid__tile${area.url ? '' : ' area-grid__tile--soon'}`}
            hoverClass="area-grid__tile--pressed"
            onClick={() => open(area)}
          >
            <View className="area-grid__head">
              <Icon name={area.icon} size="lg" />
              {tag ? <Text className="area-grid__badge">{tag}</Text> : null}
            </View>
            <Text className="area-grid__title">{area.title}</Text>
            <Text className="area-grid__hint">{area.url ? area.hint : SOON}</Text>
          </View>
        );
      })}
    </View>
  );
}
