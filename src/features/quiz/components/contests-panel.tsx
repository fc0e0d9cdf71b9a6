// 知识竞赛管理 · 竞赛: the list (standings, the final's teams and big screen) and a new contest.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { pages } from '../../../../domain/pages';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { go } from '../../../services/nav';
import { quiz } from '../api';
import { EMPTY_SETUP, type SetupForm } from '../setup-form';
import { PHASE_WORDS, windowLine } from '../view';
import { FinalSetup } from './final-setup';
import { SetupPanel } from './setup-panel';
import './quiz.scss';

export function ContestsPanel() {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => quiz('quiz.listContests', {}), [tick]);
  const [form, setForm] = useState<SetupForm | null>(null);
  if (form)
    return <SetupPanel form={form} setForm={setForm} onDone={() => setTick((n) => n + 1)} />;
  return (
    <View>
      <BigButton onClick={() => setForm(EMPTY_SETUP)}>新建一次竞赛</BigButton>
      {list.loading && !list.data ? <LoadingState /> : null}
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.contests.length === 0 ? (
        <EmptyState title="还没有竞赛" hint="先导入题库，再新建一次竞赛。" />
      ) : null}
      {list.data?.contests.map((c) => (
        <View key={c.contestId} className="qz-section">
          <Text className="qz-title">{c.name}</Text>
          <Text className="qz-text">
            {PHASE_WORDS[c.phase]} · {windowLine(c.openAt, c.closeAt)}
          </Text>
          <BigButton
            kind="secondary"
            onClick={() => go(pages.quiz.standings({ contest: c.contestId }))}
          >
            排行榜与导出
          </BigButton>
          <FinalSetup contestId={c.contestId} />
        </View>
      ))}
    </View>
  );
}
