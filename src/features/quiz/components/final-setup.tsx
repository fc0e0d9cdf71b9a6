// 知识竞赛管理 · 决赛: pick the teams that go to the final and open its big screen.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { pages } from '../../../../domain/pages';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { ErrorBanner } from '../../../components/error-banner';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { go } from '../../../services/nav';
import { quiz } from '../api';
import './quiz.scss';

export function FinalSetup({ contestId }: { contestId: string }) {
  const [open, setOpen] = useState(false);
  const detail = useLoad(
    () => (open ? quiz('quiz.contest', { contestId }) : Promise.resolve(null)),
    [open, contestId],
  );
  const [picked, setPicked] = useState<string[]>([]);
  const save = useAction(
    async () => quiz('quiz.setupFinal', { contestId, teamIds: picked }),
    (r) => `决赛参赛队已设为 ${r.teams} 支。`,
  );
  if (!open)
    return (
      <BigButton kind="plain" onClick={() => setOpen(true)}>
        设置决赛参赛队
      </BigButton>
    );
  const teams = detail.data?.teams ?? [];
  return (
    <View>
      <Chips
        multiple
        label="决赛参赛队"
        options={teams.map((t) => ({ value: t.teamId, label: t.name }))}
        value={picked}
        onChange={setPicked}
      />
      <ErrorBanner error={save.error} />
      {save.note ? <Text className="qz-ok">{save.note}</Text> : null}
      <BigButton loading={save.busy} disabled={picked.length < 2} onClick={() => void save.run()}>
        保存决赛参赛队（已选 {picked.length} 支）
      </BigButton>
      <BigButton kind="secondary" onClick={() => go(pages.quiz.final({ contest: contestId }))}>
        打开决赛大屏
      </BigButton>
    </View>
  );
}
