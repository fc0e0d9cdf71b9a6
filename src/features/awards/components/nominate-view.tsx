// 推荐人选: a chair nominates staff of their branch within each category's quota (places used and
// left in plain words), sees what the union decided and why, and may withdraw; anyone may
// nominate themself in a category that allows it.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { confirm } from '../../../components/confirm';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { TextArea } from '../../../components/text-area';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { useMe } from '../../account/use-me';
import { awards } from '../api';
import { STATUS_LABELS, quotaText, stageHint } from '../view';
import './awards.scss';

export function NominateView({ roundId }: { roundId: string }) {
  const { me } = useMe();
  const round = useLoad(() => awards('awards.round', { roundId }), [roundId]);
  const mine = useLoad(() => awards('awards.mine', { roundId }), [roundId]);
  const [categoryId, setCategoryId] = useState('');
  const [staffNo, setStaffNo] = useState('');
  const [reason, setReason] = useState('');
  const refresh = () => {
    round.reload();
    mine.reload();
  };
  const submit = useAction(
    (input: { categoryId: string; staffNo: string; reason: string }) =>
      awards('awards.nominate', { roundId, ...input }),
    () => {
      setStaffNo('');
      setReason('');
      refresh();
      return '已提交，等待校工会审核。';
    },
  );
  const withdraw = useAction(
    (nominationId: string) => awards('awards.withdraw', { nominationId }),
    () => {
      refresh();
      return '已撤回，名额已经空出来。';
    },
  );
  if (round.loading && !round.data) return <LoadingState />;
  if (!round.data) return <ErrorBanner error={round.error} onRetry={round.reload} />;
  const r = round.data;
  const chair = r.myBranch !== null;
  const usable = chair ? r.categories : r.categories.filter((c) => c.selfNomination);
  const chosen = usable.find((c) => c.categoryId === categoryId) ?? usable[0];
  const quotaOf = (id: string) => r.myBranch?.quotas.find((q) => q.categoryId === id);
  const send = () => {
    if (!chosen) return;
    void submit.run({
      categoryId: chosen.categoryId,
      staffNo: chair ? staffNo.trim() : (me?.staffNo ?? ''),
      reason,
    });
  };
  return (
    <View>
      <View className="aw-status">
        {r.name}：{stageHint(r.stage, r.open)}
      </View>
      {chair ? (
        <View className="aw-section" data-testid="aw-quotas">
          <Text className="aw-title">本分工会的名额</Text>
          {r.categories.map((c) => {
            const q = quotaOf(c.categoryId);
            return (
              <View key={c.categoryId} className="aw-row">
                <Text>{c.name}</Text>
                <Text>
                  已推荐 {q?.used ?? 0} / {q?.quota ?? 0} 名
                </Text>
              </View>
            );
          })}
          <Text className="aw-muted">
            名额按各荣誉的规定计算：
            {r.categories.map((c) => `${c.name}${quotaText(c.quota)}`).join('；')}。
          </Text>
        </View>
      ) : null}
      {r.open && usable.length > 0 && chosen ? (
        <View className="aw-section">
          <Text className="aw-title">{chair ? '推荐一位人选' : '自荐'}</Text>
          <Chips
            label="荣誉类别"
            options={usable.map((c) => ({ value: c.categoryId, label: c.name }))}
            value={chosen.categoryId}
            onChange={setCategoryId}
          />
          {chosen.material ? <Text className="aw-muted">需要提交：{chosen.material}</Text> : null}
          {chair ? (
            <Field
              label="被推荐人的工号"
              hint="只能推荐本分工会的教职工"
              value={staffNo}
              onInput={setStaffNo}
            />
          ) : (
            <Text className="aw-text">自荐人：{me?.name}</Text>
          )}
          <TextArea
            label="推荐理由（主要事迹）"
            value={reason}
            onInput={setReason}
            maxlength={1000}
            placeholder="写清楚这一年的主要工作和事迹"
          />
          <ErrorBanner error={submit.error} />
          {submit.note ? <Text className="aw-text">{submit.note}</Text> : null}
          <BigButton loading={submit.busy} onClick={send}>
            提交推荐
          </BigButton>
        </View>
      ) : null}
      {!chair && usable.length === 0 ? (
        <EmptyState
          title="这次评优不接受自荐"
          hint="由各分工会推荐人选。想推荐谁，可以和本分工会主席说。"
        />
      ) : null}
      <View className="aw-section">
        <Text className="aw-title">{chair ? '本分工会的提名' : '我的自荐'}</Text>
        <ErrorBanner error={withdraw.error} />
        {withdraw.note ? <Text className="aw-text">{withdraw.note}</Text> : null}
        {mine.data && mine.data.items.length === 0 ? (
          <Text className="aw-muted">还没有提名。</Text>
        ) : null}
        {(mine.data?.items ?? []).map((n) => (
          <View key={n.nominationId} className="aw-section" data-testid="aw-nomination">
            <Text className="aw-text">
              {n.name}（{n.staffNo}）· {n.categoryName}
            </Text>
            <Text className="aw-text">状态：{STATUS_LABELS[n.status]}</Text>
            {n.reviewReason ? <Text className="aw-muted">校工会意见：{n.reviewReason}</Text> : null}
            {r.stage === 'nominating' &&
            ['submitted', 'accepted', 'returned'].includes(n.status) ? (
              <BigButton
                kind="secondary"
                onClick={() =>
                  void confirm({
                    title: `撤回对${n.name}的提名？`,
                    content: '撤回后名额会空出来，可以改推荐别人。',
                    confirmText: '撤回',
                  }).then((yes) => (yes ? withdraw.run(n.nominationId) : undefined))
                }
              >
                撤回
              </BigButton>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}
