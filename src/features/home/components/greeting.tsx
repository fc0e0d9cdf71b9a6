// The home page's first line: a greeting by name when we know who you are.
import { Text, View } from '@tarojs/components';
import { beijingMinuteOfDay } from '../../../../domain/time';
import { greetingFor } from '../areas';
import './greeting.scss';

export function Greeting({ name, branch }: { name?: string; branch?: string }) {
  const hello = greetingFor(beijingMinuteOfDay());
  return (
    <View className="greeting">
      <Text className="greeting__hello">{name ? `${name}，${hello}` : `${hello}！`}</Text>
      <Text className="greeting__sub">
        {branch ? `${branch} · 欢迎使用智慧工会` : '欢迎使用智慧工会'}
      </Text>
    </View>
  );
}
