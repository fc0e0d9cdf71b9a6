// 我的 › 关怀模式: one big row that switches large text on or off (the whole row is the target).
import { Text, View } from '@tarojs/components';
import { useCareMode } from '..';
import './care-switch.scss';

export function CareSwitch() {
  const [on, set] = useCareMode();
  return (
    <View
      className={`care-switch${on ? ' care-switch--on' : ''}`}
      role="switch"
      aria-checked={on}
      aria-label="关怀模式：字更大、更清楚"
      hoverClass="care-switch--pressed"
      onClick={() => set(!on)}
    >
      <View className="care-switch__text">
        <Text className="care-switch__title">关怀模式</Text>
        <Text className="care-switch__hint">字更大、颜色更深，看得更清楚</Text>
      </View>
      <View className="care-switch__state">
        <Text className="care-switch__word">{on ? '已开启' : '未开启'}</Text>
        <View className="care-switch__track">
          <View className="care-switch__knob" />
        </View>
      </View>
    </View>
  );
}
