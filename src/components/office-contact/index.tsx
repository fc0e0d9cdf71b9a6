// Who to ask when stuck: the union office's phone (tap to call on a phone), place and hours — as
// an admin set them (read once per session), else the built-in default.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { accountContract } from '../../../domain/account/contract';
import { mainCaller } from '../../services/cloud';
import { currentOffice, loadOffice, onOffice } from './office-store';
import './index.scss';

export { officeLine } from './office';

const account = mainCaller<typeof accountContract>();
const readOffice = () => account('account.office', {});

export function OfficeContact() {
  const [office, setOffice] = useState(currentOffice);
  useEffect(() => {
    const off = onOffice(setOffice);
    void loadOffice(readOffice).then(setOffice);
    return off;
  }, []);
  const digits = office.phone.replace(/\D/g, '');
  const call = () => {
    if (process.env.TARO_ENV === 'weapp')
      void Taro.makePhoneCall({ phoneNumber: digits }).catch(() => {});
    else if (typeof window !== 'undefined') window.location.href = `tel:${digits}`;
  };
  return (
    <View className="office-contact" data-testid="office-contact">
      <Text className="office-contact__title">遇到问题，请联系{office.name}</Text>
      {office.phone ? (
        <View
          className="office-contact__phone"
          hoverClass="office-contact__phone--pressed"
          onClick={call}
        >
          <Text>电话 {office.phone}</Text>
        </View>
      ) : null}
      <Text className="office-contact__hint">
        {[office.place, office.hours].filter(Boolean).join('，')}
      </Text>
    </View>
  );
}
