// The hall's scoreboard (h5 on the projector): the ranking in large type, refreshed every few
// seconds while the judges submit; ties share a place.
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { contests } from '../api';
import { scoreText } from '../form';
import './contests.scss';

/** how often the board asks for the ranking: a few calls a minute per screen */
const POLL_MS = 5000;

export function BoardView({ contestId, round }: { contestId: string; round?: number }) {
  const res = useLoad(
    () => contests('contests.results', round === undefined ? { contestId } : { contestId, round }),
    [contestId, round],
  );
  const { reload } = res;
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  if (res.loading && !res.data) return <LoadingState />;
  if (!res.data) return <ErrorBanner error={res.error} onRetry={res.reload} />;
  const r = res.data;
  return (
    <View className="jc-board" data-testid="jc-board">
      <Text className="jc-board__title">{r.name}</Text>
      <Text className="jc-board__sub">
        {r.roundName} · 实时排名 · 已收到 {r.sheets} 张评分表（{r.judges} 位评委）
      </Text>
      {r.entries.map((e) => (
        <View key={e.entryId} className="jc-board__row">
          <Text className="jc-board__rank">{e.rank === null ? '—' : `第${e.rank}`}</Text>
          <View className="jc-board__name">
            <Text>{e.name}</Text>
            <Text className="jc-board__branch">
              {e.branchName}
              {e.advanced ? ' · 晋级' : ''}
            </Text>
          </View>
          <Text className="jc-board__score">{scoreText(e.score)}</Text>
        </View>
      ))}
    </View>
  );
}
