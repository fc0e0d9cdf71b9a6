// The home page's big buttons, two to a row: each area opens its page.
import { Text, View } from '@tarojs/components';
import { go } from '../../../services/nav';
import { AREAS } from '../areas';
import './area-grid.scss';

export function AreaGrid() {
  return (
    <View className="area-grid">
      {AREAS.map((area) => (
        <View
          key={area.key}
          className="area-grid__tile"
          hoverClass="area-grid__tile--pressed"
          onClick={() => go(area.url)}
        >
          <Text className="area-grid__title">{area.title}</Text>
          <Text className="area-grid__hint">{area.hint}</Text>
        </View>
      ))}
    </View>
  );
}
