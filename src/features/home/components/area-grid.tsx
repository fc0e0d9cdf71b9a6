// The home page's big buttons, two to a row: each area opens its page or says it is not open yet.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { go } from '../../../services/nav';
import { AREAS, SOON, type Area } from '../areas';
import './area-grid.scss';

function open(area: Area) {
  if (area.url) go(area.url);
  else
    void Taro.showToast({ title: `${area.title}${SOON}，敬请期待`, icon: 'none', duration: 2000 });
}

export function AreaGrid() {
  return (
    <View className="area-grid">
      {AREAS.map((area) => (
        <View
          key={area.key}
          className={`area-grid__tile${area.url ? '' : ' area-grid__tile--soon'}`}
          hoverClass="area-grid__tile--pressed"
          onClick={() => open(area)}
        >
          <Text className="area-grid__title">{area.title}</Text>
          <Text className="area-grid__hint">{area.url ? area.hint : SOON}</Text>
        </View>
      ))}
    </View>
  );
}
