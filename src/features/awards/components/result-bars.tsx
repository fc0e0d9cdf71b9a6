// An honours round's votes per category as bars, who is elected, and choosing among a tie.
import { Text, View } from '@tarojs/components';
import { Chip, ChipRow } from '../../../components/chips';
import type { Out } from '../api';
import './awards.scss';

export function ResultBars({
  results,
  chosen,
  onChoose,
}: {
  results: Out<'awards.results'>;
  chosen: string[];
  onChoose: (ids: string[]) => void;
}) {
  return (
    <View data-testid="aw-results">
      <Text className="aw-text">已有 {results.judges} 位评委投票。</Text>
      {results.categories.map((c) => {
        const top = Math.max(1, ...c.rows.map((x) => x.votes));
        const tied = c.rows.filter((x) => x.outcome === 'tied');
        return (
          <View key={c.categoryId} className="aw-section">
            <Text className="aw-title">
              {c.name}（评选 {c.places} 名）
            </Text>
            {c.rows.map((x) => (
              <View key={x.nominationId}>
                <View className="aw-row">
                  <Text>
                    第 {x.rank} 名 {x.name} · {x.branchName}
                  </Text>
                  <Text>
                    {x.votes} 票{' '}
                    {x.outcome === 'elected' ? '当选' : x.outcome === 'tied' ? '并列' : ''}
                  </Text>
                </View>
                <View className="aw-bar" aria-hidden>
                  <View
                    className="aw-bar__in"
                    style={{ width: `${Math.round((x.votes / top) * 100)}%` }}
                  />
                </View>
              </View>
            ))}
            {tied.length > 0 && results.stage === 'voting' ? (
              <View>
                <Text className="aw-text">
                  有 {tied.length} 位得票并列，还剩 {c.tiedPlaces} 个名额，请选出上公示的人：
                </Text>
                <ChipRow label={`${c.name}的并列人选`} multiple>
                  {tied.map((x) => (
                    <Chip
                      key={x.nominationId}
                      multiple
                      label={x.name}
                      on={chosen.includes(x.nominationId)}
                      onClick={() =>
                        onChoose(
                          chosen.includes(x.nominationId)
                            ? chosen.filter((e) => e !== x.nominationId)
                            : [...chosen, x.nominationId],
                        )
                      }
                    />
                  ))}
                </ChipRow>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
