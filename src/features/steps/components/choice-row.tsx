// A labelled one-of row of the setup form (达标规则, 年龄分组, 队伍怎么分): the question in words
// above the shared chips.
import { Text, View } from '@tarojs/components';
import { Chips, type ChipOption } from '../../../components/chips';

export function ChoiceRow<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly ChipOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <View>
      <Text className="wk-label">{label}</Text>
      <View style={{ marginTop: '12px' }}>
        <Chips label={label} options={options} value={value} onChange={onChange} />
      </View>
    </View>
  );
}
