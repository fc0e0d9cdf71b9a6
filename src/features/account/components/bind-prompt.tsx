// For callers not yet bound: why binding matters and the big button to do it.
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { go } from '../../../services/nav';
import './bind-prompt.scss';
import { pages } from '../../../../domain/pages';

export function BindPrompt() {
  return (
    <View className="bind-prompt">
      <Text className="bind-prompt__title">还没有绑定工号</Text>
      <Text className="bind-prompt__hint">
        绑定后才能报名活动、领取福利。只需工号、姓名和手机号后四位，一分钟就好。
      </Text>
      <View className="bind-prompt__action">
        <BigButton onClick={() => go(pages.account.bind())}>绑定工号</BigButton>
      </View>
    </View>
  );
}
