// The staff home of knowledge contests: the contests I may take, and one contest — its rules,
// what I have left today, my best, my attempts, and the one button to start (or go on).
import { Text, View } from '@tarojs/components';
import { pages } from '../../../../domain/pages';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { useLoad } from '../../../hooks/use-load';
import { go } from '../../../services/nav';
import { quiz } from '../api';
import { PHASE_WORDS, duration, rulesLine, windowLine } from '../view';
import './quiz.scss';

export function QuizHome({ contestId }: { contestId?: string }) {
  const list = useLoad(() => quiz('quiz.current', {}), []);
  if (contestId) return <ContestView contestId={contestId} />;
  if (list.loading) return <LoadingState />;
  if (list.error) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const contests = list.data?.contests ?? [];
  if (contests.length === 1) return <ContestView contestId={contests[0].contestId} />;
  if (contests.length === 0)
    return (
      <EmptyState
        title="现在没有知识竞赛"
        hint="校工会发布知识竞赛后，会在这里参加，也会在首页提醒你。"
      />
    );
  return (
    <View>
      {contests.map((c) => (
        <NavRow
          key={c.contestId}
          title={c.name}
          hint={windowLine(c.openAt, c.closeAt)}
          tag={PHASE_WORDS[c.phase]}
          onClick={() => go(pages.quiz.index({ contest: c.contestId }))}
        />
      ))}
    </View>
  );
}

function ContestView({ contestId }: { contestId: string }) {
  const data = useLoad(() => quiz('quiz.contest', { contestId }), [contestId]);
  if (data.loading && !data.data) return <LoadingState />;
  if (data.error || !data.data) return <ErrorBanner error={data.error} onRetry={data.reload} />;
  const c = data.data;
  const me = c.me;
  const open = me?.openAttemptId;
  const canStart = Boolean(open) || (c.phase === 'open' && !me?.blocked);
  return (
    <View>
      <View className="qz-section">
        <Text className="qz-title">{c.name}</Text>
        <Text className="qz-text">
          {PHASE_WORDS[c.phase]}：{windowLine(c.openAt, c.closeAt)}
        </Text>
        <Text className="qz-text">{rulesLine(c)}</Text>
        <Text className="qz-muted">
          每个人的题目和选项顺序都不一样。开始后计时，断网了重新打开还能接着答；时间到了自动交卷。
        </Text>
      </View>
      {me ? (
        <View className="qz-status">
          {open
            ? '你有一次答题还没交卷，点下面的按钮接着答。'
            : me.blocked
              ? me.blocked
              : `今天还可以答 ${me.leftToday} 次${me.leftTotal !== null ? `（总共还剩 ${me.leftTotal} 次）` : ''}。`}
          {me.best !== null
            ? `\n我的最好成绩：${me.best} 分，用时 ${duration(me.bestMs ?? 0)}`
            : ''}
        </View>
      ) : null}
      {canStart ? (
        <BigButton onClick={() => go(pages.quiz.take({ contest: c.contestId }))}>
          {open ? '接着答题' : '开始答题'}
        </BigButton>
      ) : null}
      <BigButton
        kind="secondary"
        onClick={() => go(pages.quiz.standings({ contest: c.contestId }))}
      >
        看排行榜
      </BigButton>
      {me && me.attempts.length > 0 ? (
        <View className="qz-section">
          <Text className="qz-title">我的答题记录</Text>
          {me.attempts.map((a) => (
            <NavRow
              key={a.attemptId}
              title={`第 ${a.no} 次：${a.score === null ? '未交卷' : `${a.score} 分`}`}
              hint={beijingDateTime(a.startedAt)}
              onClick={
                a.score === null ? undefined : () => go(pages.quiz.result({ attempt: a.attemptId }))
              }
            />
          ))}
        </View>
      ) : null}
    </View>
  );
}
