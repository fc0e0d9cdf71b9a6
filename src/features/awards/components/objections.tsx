// The 公示's objections, seen only by the admins (never in a list anyone else sees).
import { Text, View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { useLoad } from '../../../hooks/use-load';
import { beijingDateTime } from '../../../../domain/time';
import { awards } from '../api';
import './awards.scss';

export function Objections({ roundId }: { roundId: string }) {
  const list = useLoad(() => awards('awards.objections', { roundId }), [roundId]);
  if (!list.data)
    return list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : null;
  return (
    <View className="aw-section" data-testid="aw-objections">
      <Text className="aw-title">公示期意见（{list.data.items.length}）</Text>
      <Text className="aw-muted">只有校工会能看到反映人和内容，请勿外传。</Text>
      {list.data.items.map((o) => (
        <View key={o.objectionId} className="aw-section">
          <Text className="aw-text">
            对 {o.nomineeName}（{o.categoryName}）
          </Text>
          <Text className="aw-text">{o.text}</Text>
          <Text className="aw-muted">
            反映人 {o.fromName}（{o.fromStaffNo}），{beijingDateTime(o.at)}
          </Text>
        </View>
      ))}
    </View>
  );
}
