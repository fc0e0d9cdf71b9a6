// 审查 (committee): 立案 with departments and a due day, 并案 into another proposal of the session
// (similar ones first), or 不立案 with a reason (optionally turned into a suggestion).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { addDays, beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { DateField } from '../../../components/date-field';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { proposalsApi } from '../api';
import { useLoad } from '../../../hooks/use-load';
import { Card, Chips, StatusTag, TextBox } from './bits';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';

type Decision = 'accept' | 'merge' | 'decline';

export function ReviewForm({ id }: { id: string }) {
  const loaded = useLoad(async () => {
    const p = await proposalsApi.get(id);
    const [departments, board, similar] = await Promise.all([
      proposalsApi.departments(),
      proposalsApi.board(p.sessionId),
      proposalsApi.similar({
        sessionId: p.sessionId,
        title: p.title,
        suggestion: p.suggestion,
        excludeId: p.id,
      }),
    ]);
    return { p, departments: departments.departments, board: board.items, similar: similar.items };
  }, [id]);
  const [decision, setDecision] = useState<Decision>('accept');
  const [departments, setDepartments] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState(addDays(beijingDay(), 30));
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [asSuggestion, setAsSuggestion] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);

  const targets = useMemo(() => {
    if (!loaded.data) return [];
    const { board, similar, p } = loaded.data;
    const open = board.filter(
      (b) => b.id !== p.id && ['filed', 'accepted', 'in_handling'].includes(b.status),
    );
    const score = new Map(similar.map((s) => [s.id, s.score]));
    return open.sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
  }, [loaded.data]);

  if (loaded.loading) return <LoadingState />;
  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return null;
  const { p } = loaded.data;
  if (!p.can.review) {
    return (
      <ErrorBanner
        error={{
          message: `这份提案现在不需要审查（${p.status === 'filed' ? '你没有审查权限' : '已经审查过了'}）。`,
        }}
      />
    );
  }

  const send = async () => {
    const words = {
      accept: p.kind === 'proposal' ? '立案并交承办部门办理' : '转交承办部门',
      merge: '并入所选提案',
      decline: asSuggestion ? '不立案，转为建议' : '不立案',
    }[decision];
    const ok = await confirm({
      title: '确认审查结果',
      content: `确定${words}吗？提案人会看到结果，提交后不能撤回。`,
      confirmText: '确定',
    });
    if (!ok) return;
    setBusy(true);
    setError(null);
    try {
      await proposalsApi.review({
        proposalId: p.id,
        decision,
        departments:
          decision === 'accept' || (decision === 'decline' && asSuggestion)
            ? departments
            : undefined,
        dueOn: decision === 'merge' ? undefined : dueOn,
        reason: reason || undefined,
        targetId: decision === 'merge' ? target : undefined,
        asSuggestion: decision === 'decline' ? asSuggestion : undefined,
      });
      void Taro.showToast({ title: '审查结果已保存', icon: 'none' });
      void Taro.redirectTo({ url: pages.proposals.detail({ id: p.id }) });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  const needsDepartments = decision === 'accept' || (decision === 'decline' && asSuggestion);
  const ready =
    (decision === 'accept' && departments.length > 0) ||
    (decision === 'merge' && !!target) ||
    (decision === 'decline' && reason.trim().length > 0);

  return (
    <View className="pp-stack">
      <Card>
        <View className="pp-row__top">
          <Text className="pp-row__no">{p.no ? `第${p.no}号` : ''}</Text>
          <StatusTag p={p} />
        </View>
        <Text className="pp-row__title">{p.title}</Text>
        <Text className="pp-text">{p.suggestion}</Text>
        <Text className="pp-small">
          提案人 {p.proposer.name} · 附议 {p.cosigners.length} 人
        </Text>
      </Card>
      <View>
        <Text className="pp-label">审查结果</Text>
        <Chips<Decision>
          label="审查结果"
          options={[
            { value: 'accept', label: p.kind === 'proposal' ? '立案' : '转交部门' },
            { value: 'merge', label: '并案' },
            { value: 'decline', label: '不立案' },
          ]}
          value={decision}
          onChange={setDecision}
        />
      </View>
      {decision === 'decline' && p.kind === 'proposal' ? (
        <Chips
          label="转为建议"
          options={[{ value: 'yes', label: '转为建议交部门参考' }]}
          value={asSuggestion ? 'yes' : ''}
          onChange={() => setAsSuggestion(!asSuggestion)}
        />
      ) : null}
      {needsDepartments ? (
        <Card title="承办部门（可多选）">
          <Chips
            label="承办部门"
            options={loaded.data.departments.map((d) => ({ value: d.id, label: d.name }))}
            value={departments}
            onChange={(d) =>
              setDepartments((list) =>
                list.includes(d) ? list.filter((x) => x !== d) : [...list, d],
              )
            }
          />
          <DateField label="答复期限" value={dueOn} onChange={setDueOn} />
        </Card>
      ) : null}
      {decision === 'merge' ? (
        <Card title="并入哪一份提案">
          <Text className="pp-small">
            并案后，两份提案的提案人和附议人都保留在所选提案上，统一办理。相似的排在前面。
          </Text>
          {targets.length === 0 ? (
            <Text className="pp-small">本次会议没有可以并入的提案。</Text>
          ) : null}
          {targets.map((t) => (
            <View
              key={t.id}
              className={`pp-person${target === t.id ? ' pp-person--on' : ''}`}
              onClick={() => setTarget(t.id)}
            >
              <Text>
                {target === t.id ? '◉ ' : '○ '}
                {t.no ? `第${t.no}号 ` : ''}
                {t.title}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
      <TextBox
        label={decision === 'decline' ? '不立案理由（提案人会看到）' : '审查意见（可不填）'}
        value={reason}
        onInput={setReason}
        maxlength={500}
        placeholder={decision === 'decline' ? '例如：属于国家统一规定，学校无权调整' : ''}
      />
      <ErrorBanner error={error} />
      <BigButton disabled={!ready} loading={busy} onClick={() => void send()}>
        保存审查结果
      </BigButton>
    </View>
  );
}
