// 健步走管理's figures at a glance: how many take part, how many are compliant (达标), and the rate
// per age group, with what the rate means.
import { Text, View } from '@tarojs/components';
import type { Standings } from '../../../../domain/steps/contract';
import { formatRate } from '../view';
import './walkathon.scss';

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <View className="wk-tile">
      <Text className="wk-tile__label">{label}</Text>
      <Text className="wk-tile__value">{value}</Text>
      {hint ? <Text className="wk-tile__hint">{hint}</Text> : null}
    </View>
  );
}

export function StandingsTiles({ standings }: { standings: Standings }) {
  const groups = standings.ageGroups;
  return (
    <>
      <View className="wk-tiles">
        <Tile label="参加人数" value={`${standings.participants} 人`} />
        <Tile
          label="全程达标"
          value={`${standings.compliant} 人`}
          hint={`达标率 ${formatRate(standings.rate)}`}
        />
        {groups.map((g) => (
          <Tile
            key={g.groupId}
            label={g.name}
            value={formatRate(g.rate)}
            hint={`${g.compliant} / ${g.participants} 人达标`}
          />
        ))}
      </View>
      <Text className="wk-card__note">
        统计到 {standings.asOfDay}。达标率 = 全程达标人数 ÷
        参加人数；活动进行中，达标人数会逐日增加。
      </Text>
    </>
  );
}
