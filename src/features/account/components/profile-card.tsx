// 我的: who I am on the union's roster, with my roles as Chinese labels.
import { Text, View } from '@tarojs/components';
import type { BoundMe } from '../../../../domain/account/contract';
import { profileRows, roleLabels } from '../profile';
import './profile-card.scss';

export function ProfileCard({ me }: { me: BoundMe }) {
  return (
    <View className="profile-card">
      <View className="profile-card__rows">
        {profileRows(me).map((row) => (
          <View key={row.label} className="profile-card__row">
            <Text className="profile-card__label">{row.label}</Text>
            <Text className="profile-card__value">{row.value}</Text>
          </View>
        ))}
      </View>
      <View className="profile-card__roles">
        <Text className="profile-card__label">身份</Text>
        <View className="profile-card__tags">
          {roleLabels(me.roles).map((label) => (
            <Text key={label} className="profile-card__tag">
              {label}
            </Text>
          ))}
        </View>
      </View>
    </View>
  );
}
