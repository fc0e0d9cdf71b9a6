// Who to ask when stuck: the union office's phone (tap to call on a phone), place and hours.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { UNION_OFFICE } from '../../../domain/office';
import './index.scss';

export { officeLine } from './office';

export function OfficeContact() {
  const call = () => {
    if (process.env.TARO_ENV === 'weapp')
      void Taro.makePhoneCall({ phoneNumber: UNION_OFFICE.phone.replace(/\D/g, '') }).catch(
        () => {},
      );
    else if (typeof window !== 'undefined')
      window.location.href = `tel:${UNION_OFFICE.phone.replace(/\D/g, '')}`;
  };
  return (
    <View className="office-contact">
      <Text className="office-contact__title">遇到问题，请联系{UNION_OFFICE.name}</Text>
      {UNION_OFFICE.phone ? (
        <View
          className="office-contact__phone"
          hoverClass="office-contact__phone--pressed"
          onClick={call}
        >
          <Text>电话 {UNION_OFFICE.phone}</Text>
        </View>
      ) : null}
      <Text className="office-contact__hint">
        {[UNION_OFFICE.place, UNION_OFFICE.hours].filter(Boolean).join('，')}
      </Text>
    </View>
  );
}
