// 公示: the list (name, branch and category only) for everyone, and a private way to tell the
// union about a concern — only the union's admins see who wrote and what.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { TextArea } from '../../../components/text-area';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { beijingDateTime } from '../../../../domain/time';
import { awards } from '../api';
import './awards.scss';

export function PublicityView({ roundId }: { roundId: string }) {
  const pub = useLoad(() => awards('awards.publicity', { roundId }), [roundId]);
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const send = useAction(
    (nominationId: string, body: string) => awards('awards.object', { nominationId, text: body }),
    () => {
      setText('');
      return '已收到。你的意见只有校工会看得到，我们会核实处理。';
    },
  );
  if (pub.loading && !pub.data) return <LoadingState />;
  if (!pub.data) return <ErrorBanner error={pub.error} onRetry={pub.reload} />;
  const p = pub.data;
  if (p.items.length === 0) {
    return <EmptyState title="还没有公示名单" hint="评委投票结束后，校工会会在这里公示。" />;
  }
  const chosen = p.items.find((i) => i.nominationId === target) ?? null;
  return (
    <View>
      <View className="aw-status">
        {p.stage === 'final'
          ? `${p.name}：最终名单已经公布。`
          : `${p.name}：公示到 ${p.publicityEndAt ? beijingDateTime(p.publicityEndAt) : ''} 结束。`}
      </View>
      <View className="aw-section" data-testid="aw-publicity">
        <Text className="aw-title">{p.stage === 'final' ? '获奖名单' : '公示名单'}</Text>
        {p.items.map((i) => (
          <View key={i.nominationId} className="aw-item">
            <Text className="aw-text">{i.name}</Text>
            <Text className="aw-muted">
              {i.branchName} · {i.categoryName}
            </Text>
          </View>
        ))}
      </View>
      {p.open ? (
        <View className="aw-section">
          <Text className="aw-title">向校工会反映意见</Text>
          <Text className="aw-muted">
            你的姓名和意见只有校工会的工作人员能看到，不会告诉被公示的人和分工会。
          </Text>
          <Chips
            label="对谁有意见"
            options={p.items.map((i) => ({ value: i.nominationId, label: i.name }))}
            value={target}
            onChange={setTarget}
          />
          <TextArea
            label="意见内容"
            value={text}
            onInput={setText}
            maxlength={500}
            placeholder="请写明具体情况，便于核实"
          />
          <ErrorBanner error={send.error} />
          {send.note ? <Text className="aw-text">{send.note}</Text> : null}
          <BigButton
            loading={send.busy}
            disabled={!chosen}
            onClick={() => chosen && void send.run(chosen.nominationId, text)}
          >
            {chosen ? `提交对${chosen.name}的意见` : '先选择对谁有意见'}
          </BigButton>
        </View>
      ) : null}
    </View>
  );
}
