// After 交卷: my score, how many right, the time, my best; then each question with my answer,
// the right one and its explanation (when the contest shows them now), and what to do next.
import { Text, View } from '@tarojs/components';
import { pages } from '../../../../domain/pages';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { go } from '../../../services/nav';
import { quiz } from '../api';
import { contestOfAttempt, duration } from '../view';
import './quiz.scss';

export function ResultView({ attemptId }: { attemptId: string }) {
  const data = useLoad(() => quiz('quiz.review', { attemptId }), [attemptId]);
  const contest = contestOfAttempt(attemptId);
  if (data.loading && !data.data) return <LoadingState />;
  if (data.error || !data.data)
    return (
      <View>
        <ErrorBanner error={data.error} onRetry={data.reload} />
        <BigButton kind="secondary" onClick={() => go(pages.quiz.index({ contest }))}>
          回到竞赛页面
        </BigButton>
      </View>
    );
  const r = data.data;
  return (
    <View>
      <View className="qz-section">
        <Text className="qz-muted">这次得分</Text>
        <Text className="qz-score">{r.score} 分</Text>
        <Text className="qz-text">
          答对 {r.correct} / {r.total} 题，用时 {duration(r.durationMs)}。我的最好成绩：{r.best}{' '}
          分。
        </Text>
      </View>
      <BigButton onClick={() => go(pages.quiz.index({ contest }))}>回到竞赛页面</BigButton>
      <BigButton kind="secondary" onClick={() => go(pages.quiz.standings({ contest }))}>
        看排行榜
      </BigButton>
      {r.review === null ? (
        <View className="qz-status">
          正确答案和解析在竞赛结束后公布
          {r.revealAt ? `（${beijingDateTime(r.revealAt)} 以后）` : ''}，到时再来这里看。
        </View>
      ) : (
        r.review.map((q, i) => (
          <View className="qz-section" key={q.questionId}>
            <Text className="qz-text">
              {i + 1}. {q.text}
            </Text>
            {q.options.map((o) => (
              <Text
                key={o.key}
                className={`qz-text${q.correctKeys.includes(o.key) ? ' qz-ok' : ''}`}
              >
                {o.key}. {o.text}
                {q.correctKeys.includes(o.key) ? '（正确答案）' : ''}
                {q.mine.includes(o.key) ? '（我选的）' : ''}
              </Text>
            ))}
            <Text className={q.right ? 'qz-ok' : 'qz-bad'}>
              {q.right ? '答对了' : q.mine.length ? '答错了' : '没有作答'}
            </Text>
            {q.explanation ? <Text className="qz-muted">解析：{q.explanation}</Text> : null}
          </View>
        ))
      )}
    </View>
  );
}
