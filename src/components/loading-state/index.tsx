// Waiting for an answer: a calm line of text, not a bare spinner.
import { Text, View } from '@tarojs/components';
import './index.scss';

export function LoadingState({ text = '正在加载，请稍候…' }: { text?: string }) {
  return (
    <View className="loading-state" aria-busy="true">
      <View className="loading-state__dot" />
      <Text className="loading-state__text">{text}</Text>
    </View>
  );
}
