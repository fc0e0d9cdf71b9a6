// Answering: the server's paper one question at a time in big type, each answer saved the moment
// it is chosen, the time left by the server's clock, jumping between questions, and 交卷 (asked
// once more when some are unanswered; done by itself when time is up).
import { Text, View } from '@tarojs/components';

import { useEffect, useRef, useState } from 'react';
import { TYPE_LABELS, type AttemptView } from '../../../../domain/quiz/contract';
import { pages } from '../../../../domain/pages';
import { BigButton } from '../../../components/big-button';
import { confirm } from '../../../components/confirm';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { quiz } from '../api';
import { choose, clock, msLeft, unanswered } from '../view';
import './quiz.scss';

export function TakeView({ contestId }: { contestId: string }) {
  const paper = useLoad(async () => {
    const a = await quiz('quiz.start', { contestId });
    return { a, receivedAt: Date.now() };
  }, [contestId]);
  if (paper.loading && !paper.data) return <LoadingState />;
  if (paper.error || !paper.data)
    return (
      <View>
        <ErrorBanner error={paper.error} onRetry={paper.reload} />
        <BigButton kind="secondary" onClick={() => go(pages.quiz.index({ contest: contestId }))}>
          回到竞赛页面
        </BigButton>
      </View>
    );
  return <Paper attempt={paper.data.a} receivedAt={paper.data.receivedAt} />;
}

function Paper({ attempt, receivedAt }: { attempt: AttemptView; receivedAt: number }) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState(
    () => new Map(attempt.answers.map((a) => [a.questionId, a.keys])),
  );
  const [now, setNow] = useState(Date.now());
  const [error, setError] = useState<CloudError | null>(null);
  const [saving, setSaving] = useState(false);
  const submitted = useRef(false);
  const left = msLeft(attempt.deadline, attempt.serverNow, receivedAt, now);

  const finish = async () => {
    if (submitted.current) return;
    submitted.current = true;
    try {
      await quiz('quiz.submit', { attemptId: attempt.attemptId });
      go(pages.quiz.result({ attempt: attempt.attemptId }));
    } catch (e) {
      submitted.current = false;
      setError(toCloudError(e));
    }
  };

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) void finish();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left <= 0]);

  const q = attempt.questions[index];
  const mine = answers.get(q.questionId) ?? [];
  const pick = async (key: string) => {
    const keys = choose(mine, key, q.type === 'multi');
    setAnswers(new Map(answers).set(q.questionId, keys));
    setSaving(true);
    setError(null);
    try {
      await quiz('quiz.answer', { attemptId: attempt.attemptId, questionId: q.questionId, keys });
    } catch (e) {
      const err = toCloudError(e);
      if (err.code === 'quiz.time_up' || err.code === 'quiz.attempt_closed') {
        go(pages.quiz.result({ attempt: attempt.attemptId }));
        return;
      }
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  const hand = async () => {
    const missing = unanswered(
      attempt.questions.map((x) => x.questionId),
      answers,
    );
    const ok = await confirm({
      title: '交卷',
      content: missing.length
        ? `还有 ${missing.length} 道题没答（第 ${missing.join('、')} 题）。交卷后不能再改，确定交卷吗？`
        : '交卷后不能再改，确定交卷吗？',
      confirmText: '交卷',
    });
    if (ok) await finish();
  };
  const last = index === attempt.questions.length - 1;

  return (
    <View>
      <View className="qz-top">
        <Text>
          第 {index + 1} / {attempt.questions.length} 题 · {TYPE_LABELS[q.type]}
          {q.type === 'multi' ? '（可选多个）' : ''}
        </Text>
        <Text
          className={`qz-clock${left < 60_000 ? ' qz-clock--low' : ''}`}
          aria-label={`剩余时间 ${clock(left)}`}
        >
          {clock(left)}
        </Text>
      </View>
      <View className="qz-section">
        <Text className="qz-question">{q.text}</Text>
        <View className="qz-options" role={q.type === 'multi' ? 'group' : 'radiogroup'}>
          {q.options.map((o) => {
            const on = mine.includes(o.key);
            return (
              <View
                key={o.key}
                className={`qz-option${on ? ' qz-option--on' : ''}`}
                role={q.type === 'multi' ? 'checkbox' : 'radio'}
                aria-checked={on}
                aria-label={`${o.key}. ${o.text}`}
                onClick={() => void pick(o.key)}
              >
                <Text className="qz-key">{o.key}</Text>
                <Text>{o.text}</Text>
              </View>
            );
          })}
        </View>
        <Text className="qz-muted">
          {saving
            ? '正在保存……'
            : mine.length
              ? '已保存，可以改选。'
              : '点一个选项作答，答案会马上保存。'}
        </Text>
      </View>
      <ErrorBanner error={error} />
      {last ? (
        <BigButton onClick={() => void hand()}>交卷</BigButton>
      ) : (
        <BigButton onClick={() => setIndex(index + 1)}>下一题</BigButton>
      )}
      {index > 0 ? (
        <BigButton kind="secondary" onClick={() => setIndex(index - 1)}>
          上一题
        </BigButton>
      ) : null}
      <View className="qz-section">
        <Text className="qz-muted">点题号可以跳到那一题；红色的是已经答过的。</Text>
        <View className="qz-dots">
          {attempt.questions.map((x, i) => (
            <View
              key={x.questionId}
              role="button"
              aria-label={`第 ${i + 1} 题${(answers.get(x.questionId)?.length ?? 0) > 0 ? '（已答）' : ''}`}
              className={`qz-dot${(answers.get(x.questionId)?.length ?? 0) > 0 ? ' qz-dot--done' : ''}${i === index ? ' qz-dot--here' : ''}`}
              onClick={() => setIndex(i)}
            >
              {i + 1}
            </View>
          ))}
        </View>
        {!last ? (
          <BigButton kind="plain" onClick={() => void hand()}>
            提前交卷
          </BigButton>
        ) : null}
      </View>
    </View>
  );
}
