// The one next step of an honours round (close nominations, publish, finalise), with the results
// and any ties to decide once voting started.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chip, ChipRow } from '../../../components/chips';
import { confirm } from '../../../components/confirm';
import { ErrorBanner } from '../../../components/error-banner';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { awards, type Out } from '../api';
import './awards.scss';
import { ResultBars } from './result-bars';

type RoundOut = Out<'awards.round'>;

/** The one next step of the round, with the results (and ties to decide) once voting started. */
export function NextStep({
  round: r,
  onChanged,
  tick,
}: {
  round: RoundOut;
  onChanged: () => void;
  tick: number;
}) {
  const results = useLoad(
    () =>
      r.stage === 'nominating'
        ? Promise.resolve(null)
        : awards('awards.results', { roundId: r.roundId }),
    [r.roundId, r.stage, tick],
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [exclude, setExclude] = useState<string[]>([]);
  const step = useAction(
    async () => {
      if (r.stage === 'nominating') {
        const yes = await confirm({
          title: '截止提名，开始投票？',
          content: '截止后分工会不能再提名，待审核的提名不进入投票。',
          confirmText: '开始投票',
        });
        if (!yes) return null;
        return awards('awards.startVoting', { roundId: r.roundId });
      }
      if (r.stage === 'voting') {
        const yes = await confirm({
          title: `开始公示 ${r.publicityDays} 天？`,
          content: '公示名单只显示姓名、分工会和荣誉类别。开始后不能再投票。',
          confirmText: '开始公示',
        });
        if (!yes) return null;
        return awards('awards.startPublicity', { roundId: r.roundId, chosen });
      }
      const yes = await confirm({
        title: '公布最终名单？',
        content: exclude.length
          ? `勾选的 ${exclude.length} 人不予授予，其余公示人员记入荣誉档案。`
          : '公示人员全部记入荣誉档案（疗休养等会优先考虑）。',
        confirmText: '公布',
      });
      if (!yes) return null;
      return awards('awards.finalize', { roundId: r.roundId, exclude });
    },
    (a) => {
      if (a) onChanged();
      return a ? '已完成。' : '';
    },
  );
  const res = results.data;
  return (
    <View className="aw-section" data-testid="aw-next">
      <Text className="aw-title">下一步</Text>
      {res ? <ResultBars results={res} chosen={chosen} onChoose={setChosen} /> : null}
      {r.stage === 'publicity' && res ? (
        <ChipRow label="不予授予的人（公示有异议经核实的）" multiple>
          {res.categories.flatMap((c) =>
            c.rows
              .filter((x) => x.outcome === 'elected')
              .map((x) => (
                <Chip
                  key={x.nominationId}
                  multiple
                  label={`不授予 ${x.name}`}
                  on={exclude.includes(x.nominationId)}
                  onClick={() =>
                    setExclude(
                      exclude.includes(x.nominationId)
                        ? exclude.filter((e) => e !== x.nominationId)
                        : [...exclude, x.nominationId],
                    )
                  }
                />
              )),
          )}
        </ChipRow>
      ) : null}
      <ErrorBanner error={step.error} />
      {step.note ? <Text className="aw-text">{step.note}</Text> : null}
      {r.stage === 'final' ? (
        <Text className="aw-text">最终名单已经公布，获奖人员已记入荣誉档案。</Text>
      ) : (
        <BigButton loading={step.busy} onClick={() => void step.run()}>
          {r.stage === 'nominating'
            ? '截止提名，开始评委投票'
            : r.stage === 'voting'
              ? '开始公示'
              : '公布最终名单'}
        </BigButton>
      )}
    </View>
  );
}
