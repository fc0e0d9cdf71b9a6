// One honours round on 评优管理: its stage and dates, the next step, nominations to review, and
// the 公示's objections.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { saveFile } from '../../../services/file';
import { beijingDateTime } from '../../../../domain/time';
import { awards } from '../api';
import { STAGE_LABELS, quotaText } from '../view';
import './awards.scss';
import { NextStep } from './next-step';
import { Review } from './review';
import { Objections } from './objections';

export function RoundPanel({ roundId }: { roundId: string }) {
  const round = useLoad(() => awards('awards.round', { roundId }), [roundId]);
  const [tick, setTick] = useState(0);
  const changed = () => {
    round.reload();
    setTick((n) => n + 1);
  };
  const exportFile = useAction(
    async (kind: 'results' | 'certificates') => {
      const file = await awards(
        kind === 'results' ? 'awards.exportResults' : 'awards.exportCertificates',
        { roundId },
      );
      await saveFile(file);
      return file;
    },
    (f) => `已导出 ${f.rows} 行。`,
  );
  if (round.loading && !round.data) return <LoadingState />;
  if (!round.data) return <ErrorBanner error={round.error} onRetry={round.reload} />;
  const r = round.data;
  return (
    <View>
      <View className="aw-section" data-testid="aw-round">
        <Text className="aw-title">{r.name}</Text>
        <Text className="aw-text">
          {r.year} 年度 · {STAGE_LABELS[r.stage]}
        </Text>
        <Text className="aw-muted">
          提名 {beijingDateTime(r.nominateOpenAt)} 至 {beijingDateTime(r.nominateCloseAt)}；公示{' '}
          {r.publicityDays} 天
        </Text>
        {r.categories.map((c) => (
          <Text key={c.categoryId} className="aw-muted">
            {c.name}：{quotaText(c.quota)}
            {c.places ? `，评选 ${c.places} 名` : ''}
            {c.selfNomination ? '，可自荐' : ''}
          </Text>
        ))}
      </View>
      <NextStep round={r} onChanged={changed} tick={tick} />
      {r.stage === 'nominating' ? <Review roundId={roundId} tick={tick} /> : null}
      {r.stage === 'publicity' || r.stage === 'final' ? <Objections roundId={roundId} /> : null}
      <View className="aw-section">
        <Text className="aw-title">导出</Text>
        <ErrorBanner error={exportFile.error} />
        {exportFile.note ? <Text className="aw-text">{exportFile.note}</Text> : null}
        <View className="aw-buttons">
          <BigButton kind="secondary" onClick={() => void exportFile.run('results')}>
            导出评选结果
          </BigButton>
          {r.stage === 'publicity' || r.stage === 'final' ? (
            <BigButton kind="secondary" onClick={() => void exportFile.run('certificates')}>
              导出证书名单
            </BigButton>
          ) : null}
        </View>
      </View>
    </View>
  );
}
