// A judge's phone: the contestants of the round I am assigned to; one sheet each with every
// criterion 0–100, the weighted total shown before I submit; a submitted sheet is locked.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { confirm } from '../../../components/confirm';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { contests, type Out } from '../api';
import { previewTotal, scoreText, toScores } from '../form';
import './contests.scss';

type Item = Out<'contests.assignments'>['items'][number];
type Criteria = Out<'contests.assignments'>['criteria'];

export function JudgeView({ contestId }: { contestId: string }) {
  const list = useLoad(() => contests('contests.assignments', { contestId }), [contestId]);
  const [open, setOpen] = useState<string | null>(null);
  if (list.loading && !list.data) return <LoadingState />;
  if (!list.data) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const { items, criteria, roundName } = list.data;
  const done = items.filter((i) => i.locked).length;
  return (
    <View>
      <View className="jc-section">
        <Text className="jc-title">{roundName}</Text>
        <Text className="jc-text">
          已评 {done} / {items.length} 位。每位选手提交一次，提交后锁定。
        </Text>
        <Text className="jc-muted">
          评分项：{criteria.map((k) => `${k.name}（权重 ${k.weight}）`).join('、')}
        </Text>
      </View>
      {items.length === 0 ? (
        <EmptyState title="本轮还没有选手" hint="报名结束后再来看看。" />
      ) : null}
      {items.map((item) =>
        open === item.entryId && !item.locked ? (
          <SheetForm
            key={item.entryId}
            contestId={contestId}
            item={item}
            criteria={criteria}
            onDone={() => {
              setOpen(null);
              list.reload();
            }}
          />
        ) : (
          <Card
            key={item.entryId}
            title={item.name}
            lines={[
              item.branchName,
              item.locked
                ? `已提交，加权得分 ${scoreText(item.total)}（已锁定）`
                : '未评分，点这里打分',
            ]}
            tone={item.locked ? 'ok' : 'plain'}
            onClick={item.locked ? undefined : () => setOpen(item.entryId)}
            testId="jc-entry"
          />
        ),
      )}
    </View>
  );
}

function SheetForm(props: {
  contestId: string;
  item: Item;
  criteria: Criteria;
  onDone: () => void;
}) {
  const { contestId, item, criteria, onDone } = props;
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const parsed = toScores(criteria, typed);
  const submit = useAction(
    async () => {
      if (!parsed.ok) {
        setProblem(parsed.message);
        return null;
      }
      setProblem('');
      const ok = await confirm({
        title: `提交 ${item.name} 的评分`,
        content: `加权得分 ${previewTotal(criteria, parsed.scores)}。提交后评分表锁定，不能再修改。`,
        confirmText: '提交',
      });
      return ok
        ? contests('contests.score', { contestId, entryId: item.entryId, scores: parsed.scores })
        : null;
    },
    (r) => {
      if (r) onDone();
    },
  );
  return (
    <View className="jc-section">
      <Text className="jc-title">{item.name}</Text>
      <Text className="jc-muted">{item.branchName}</Text>
      {criteria.map((k) => (
        <Field
          key={k.name}
          label={`${k.name}（权重 ${k.weight}）`}
          hint="0 到 100 分，可以有两位小数"
          value={typed[k.name] ?? ''}
          onInput={(v) => setTyped((t) => ({ ...t, [k.name]: v }))}
          maxlength={6}
        />
      ))}
      <Text className="jc-text">
        加权得分：{parsed.ok ? previewTotal(criteria, parsed.scores) : '各项填完后显示'}
      </Text>
      {problem ? <Text className="jc-warn">{problem}</Text> : null}
      <ErrorBanner error={submit.error} />
      <BigButton loading={submit.busy} onClick={() => void submit.run()}>
        提交评分
      </BigButton>
    </View>
  );
}
