// Reviewing nominations (评优管理): search, then accept, return or reject with a reason.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { TextArea } from '../../../components/text-area';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { awards } from '../api';
import { STATUS_LABELS } from '../view';
import './awards.scss';

export function Review({ roundId, tick }: { roundId: string; tick: number }) {
  const [again, setAgain] = useState(0);
  const list = useLoad(() => awards('awards.nominations', { roundId }), [roundId, tick, again]);
  const [q, setQ] = useState('');
  const [reason, setReason] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const decide = useAction(
    (nominationId: string, decision: 'accept' | 'return' | 'reject') =>
      awards('awards.review', { nominationId, decision, reason }),
    (a) => {
      setReason('');
      setOpenId(null);
      setAgain((n) => n + 1);
      return `已${STATUS_LABELS[a.status]}。`;
    },
  );
  if (!list.data)
    return list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : <LoadingState />;
  const words = q.trim();
  const rows = list.data.items.filter(
    (n) =>
      !words || n.name.includes(words) || n.staffNo.includes(words) || n.branchName.includes(words),
  );
  const waiting = list.data.items.filter((n) => n.status === 'submitted').length;
  return (
    <View className="aw-section" data-testid="aw-review">
      <Text className="aw-title">
        审核提名（{list.data.items.length} 条，待审核 {waiting} 条）
      </Text>
      <Field label="搜索" hint="姓名、工号或分工会" value={q} onInput={setQ} />
      <ErrorBanner error={decide.error} />
      {decide.note ? <Text className="aw-text">{decide.note}</Text> : null}
      {rows.map((n) => (
        <View key={n.nominationId} className="aw-section" data-testid="aw-review-row">
          <Text className="aw-text">
            {n.name}（{n.staffNo}）· {n.branchName} · {n.categoryName}
            {n.self ? ' · 自荐' : ''}
          </Text>
          <Text className="aw-muted">{n.reason}</Text>
          <Text className="aw-text">状态：{STATUS_LABELS[n.status]}</Text>
          {n.reviewReason ? <Text className="aw-muted">意见：{n.reviewReason}</Text> : null}
          {n.status === 'submitted' || n.status === 'accepted' ? (
            openId === n.nominationId ? (
              <View>
                <TextArea
                  label="退回或不通过的原因"
                  value={reason}
                  onInput={setReason}
                  maxlength={200}
                />
                <View className="aw-buttons">
                  <BigButton
                    kind="secondary"
                    onClick={() => void decide.run(n.nominationId, 'return')}
                  >
                    退回修改
                  </BigButton>
                  <BigButton
                    kind="secondary"
                    onClick={() => void decide.run(n.nominationId, 'reject')}
                  >
                    不通过
                  </BigButton>
                  <BigButton kind="plain" onClick={() => setOpenId(null)}>
                    取消
                  </BigButton>
                </View>
              </View>
            ) : (
              <View className="aw-buttons">
                {n.status === 'submitted' ? (
                  <BigButton
                    loading={decide.busy}
                    onClick={() => void decide.run(n.nominationId, 'accept')}
                  >
                    通过{n.name}
                  </BigButton>
                ) : null}
                <BigButton kind="secondary" onClick={() => setOpenId(n.nominationId)}>
                  退回或不通过
                </BigButton>
              </View>
            )
          ) : null}
        </View>
      ))}
    </View>
  );
}
