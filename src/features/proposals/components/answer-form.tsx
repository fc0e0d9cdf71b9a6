// 答复 (department handler): how it stands (已解决 …) and what was done, for one assigned department.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ANSWER_STATUSES, type AnswerStatus } from '../../../../domain/proposals/model';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { proposalsApi } from '../api';
import { useLoad } from '../../../hooks/use-load';
import { Card, Chips, TextBox } from './bits';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';

export function AnswerForm({ id, departmentId }: { id: string; departmentId?: string }) {
  const { data: p, error: loadError, loading, reload } = useLoad(() => proposalsApi.get(id), [id]);
  const [status, setStatus] = useState<AnswerStatus | ''>('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  if (loading) return <LoadingState />;
  if (loadError) return <ErrorBanner error={loadError} onRetry={reload} />;
  if (!p) return null;
  const dept = p.can.answerFor.find((d) => d.id === departmentId) ?? p.can.answerFor[0];
  if (!dept)
    return (
      <ErrorBanner
        error={{ message: '这份提案现在不需要你的部门答复（没有交给你的部门，或已经答复过了）。' }}
      />
    );

  const send = async () => {
    const ok = await confirm({
      title: '确认提交答复',
      content: `以${dept.name}名义提交答复？提案人会收到通知，提交后不能修改。`,
      confirmText: '提交',
    });
    if (!ok || !status) return;
    setBusy(true);
    setError(null);
    try {
      await proposalsApi.answer({ proposalId: p.id, status, text, departmentId: dept.id });
      void Taro.showToast({ title: '答复已提交，已通知提案人', icon: 'none' });
      void Taro.redirectTo({ url: pages.proposals.detail({ id: p.id }) });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="pp-stack">
      <Card title={p.title}>
        <Text className="pp-text">{p.suggestion}</Text>
        <Text className="pp-small">
          提案人 {p.proposer.name} · 答复期限 {p.dueOn ?? '未定'}
          {p.round > 1 ? ' · 提案人对上次答复不满意，请再次答复' : ''}
        </Text>
      </Card>
      <View>
        <Text className="pp-label">办理情况</Text>
        <Chips<AnswerStatus>
          label="办理情况"
          options={ANSWER_STATUSES.map((s) => ({ value: s, label: s }))}
          value={status as AnswerStatus}
          onChange={setStatus}
        />
      </View>
      <TextBox
        label={`${dept.name}的答复`}
        hint="写清办了什么、怎么办、什么时候办好；暂不能解决的，请说明原因。"
        value={text}
        onInput={setText}
        counter={`${text.trim().length} 字（至少 10 字）`}
        placeholder="感谢代表的关心……"
      />
      <ErrorBanner error={error} />
      <BigButton
        disabled={!status || text.trim().length < 10}
        loading={busy}
        onClick={() => void send()}
      >
        提交答复
      </BigButton>
    </View>
  );
}
