// One labelled text line of the 疗休养 admin forms.
import { Input, Text, View } from '@tarojs/components';

export function Line({
  label,
  value,
  onInput,
  type,
}: {
  label: string;
  value: string;
  onInput: (v: string) => void;
  type?: 'text' | 'number';
}) {
  return (
    <View>
      <Text className="tr-muted">{label}</Text>
      <Input
        className="tr-input"
        type={type ?? 'text'}
        value={value}
        placeholder={label}
        onInput={(e) => onInput(e.detail.value)}
      />
    </View>
  );
}
