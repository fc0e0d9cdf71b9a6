// 评优管理 (admin): set up a round; review nominations (search, accept / return / reject with a
// reason); close nominations for the vote; the results with bars and ties to decide; the 公示 and
// its private objections; the final list; results and certificates as .xlsx.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { awards } from '../api';
import './awards.scss';
import { RoundPanel } from './round-panel';
import { CreateForm } from './round-form';

export function AdminView({ roundId }: { roundId?: string }) {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => awards('awards.rounds', {}), [tick]);
  const [open, setOpen] = useState<string | null>(roundId ?? null);
  const [creating, setCreating] = useState(false);
  if (list.loading && !list.data) return <LoadingState />;
  if (!list.data) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const rounds = list.data.rounds;
  const chosen = open ?? rounds[0]?.roundId ?? null;
  return (
    <View>
      {rounds.length === 0 && !creating ? (
        <EmptyState title="还没有评优活动" hint="点下面「新建评优」开始。" />
      ) : null}
      {rounds.length > 1 && !creating ? (
        <Chips
          label="评优活动"
          options={rounds.map((r) => ({ value: r.roundId, label: r.name }))}
          value={chosen ?? ''}
          onChange={setOpen}
        />
      ) : null}
      {chosen && !creating ? <RoundPanel key={chosen} roundId={chosen} /> : null}
      {creating ? (
        <CreateForm
          onDone={(id) => {
            setCreating(false);
            setOpen(id);
            setTick((n) => n + 1);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <View className="aw-section">
          <BigButton kind="secondary" onClick={() => setCreating(true)}>
            新建评优
          </BigButton>
        </View>
      )}
    </View>
  );
}
