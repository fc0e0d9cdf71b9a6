// 疗休养管理 (admin): new plan (routes with a group each), each plan's numbers per group as bars,
// the allocation with a confirmation and its published seed, the priority list, the ID-number
// switch for the agency export, and last years' trips imported from .xlsx with a preview.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { go } from '../../../services/nav';
import { trips } from '../api';
import { tripsUrl } from '../routes';
import { useLoad } from '../../../hooks/use-load';
import './trips.scss';
import { NewPlan } from './new-plan';
import { PlanCard } from './plan-card';
import { HistoryImport } from './history-import';

export function TripsAdmin() {
  const { data, error, loading, reload } = useLoad(() => trips('trips.plans', {}), []);
  const [creating, setCreating] = useState(false);
  if (loading) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  return (
    <View className="tr-stack">
      {creating ? (
        <NewPlan
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : (
        <BigButton onClick={() => setCreating(true)}>新建疗休养计划</BigButton>
      )}
      {data?.plans.length === 0 ? <Text className="tr-muted">还没有计划。</Text> : null}
      {data?.plans.map((p) => (
        <PlanCard key={p.planId} plan={p} onChange={reload} />
      ))}
      <HistoryImport />
      <BigButton kind="plain" onClick={() => go(tripsUrl('index'))}>
        看教职工看到的页面
      </BigButton>
    </View>
  );
}
