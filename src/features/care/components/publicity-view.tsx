// 公示: the approved names of a programme, masked (张*芳), with branch and amount — nothing else.
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { go } from '../../../services/nav';
import { useLoad } from '../../../hooks/use-load';
import { careApi } from '../api';
import { yuan } from '../money';
import { careUrl } from '../routes';
import { Card } from './bits';

export function PublicityView({ id }: { id: string }) {
  const { data, error, loading, reload } = useLoad(() => careApi.publicity(id), [id]);
  if (loading) return <LoadingState />;
  if (error || !data) return <ErrorBanner error={error} onRetry={reload} />;
  return (
    <View>
      <Card title={`${data.programmeName} 公示`}>
        {data.items.length === 0 ? (
          <Text className="care-hint">现在没有公示中的名单。</Text>
        ) : (
          data.items.map((i, n) => (
            <View key={n} className="care-pub">
              <Text className="care-pub__name">{i.name}</Text>
              <Text className="care-pub__branch">{i.branch}</Text>
              <Text className="care-pub__amount">{yuan(i.amount)} 元</Text>
            </View>
          ))
        )}
        <Text className="care-hint">公示期满后名单自动撤下。如有异议，请向校工会反映。</Text>
      </Card>
      <BigButton kind="secondary" onClick={() => go(careUrl('index'))}>
        回到关爱帮扶
      </BigButton>
    </View>
  );
}
