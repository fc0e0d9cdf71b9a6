// 我的提案: what I filed (drafts too), invitations to co-sign, and what my department must answer.
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { go } from '../../../services/nav';
import { proposalsApi } from '../api';
import { useLoad } from '../../../hooks/use-load';
import { Chips, ProposalRow } from './bits';
import { pages } from '../../../../domain/pages';

type Tab = 'mine' | 'invitations' | 'assigned';

export function MineView({ tab: initial }: { tab?: string }) {
  const { data, error, loading, reload } = useLoad(() => proposalsApi.mine(), []);
  const [tab, setTab] = useState<Tab>(
    initial === 'assigned' || initial === 'invitations' ? initial : 'mine',
  );
  // the page's query may arrive after the first render (h5 router)
  useEffect(() => {
    if (initial === 'assigned' || initial === 'invitations') setTab(initial);
  }, [initial]);
  if (loading) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  if (!data) return null;
  const tabs: { value: Tab; label: string }[] = [
    { value: 'mine', label: `我提交的（${data.mine.length}）` },
    { value: 'invitations', label: `邀请我附议（${data.invitations.length}）` },
  ];
  if (data.assigned.length || initial === 'assigned')
    tabs.push({ value: 'assigned', label: `待部门办理（${data.assigned.length}）` });
  const list = data[tab];
  const empty = {
    mine: { title: '你还没有提交提案', hint: '代表可以在提案首页“写提案或建议”。' },
    invitations: { title: '没有待回应的附议邀请', hint: '其他代表邀请你附议时，会出现在这里。' },
    assigned: {
      title: '没有需要答复的提案',
      hint: '提案委员会把提案交给你的部门后，会出现在这里。',
    },
  }[tab];
  return (
    <View className="pp-stack">
      <Chips<Tab> label="分类" options={tabs} value={tab} onChange={setTab} />
      {list.length === 0 ? (
        <EmptyState
          title={empty.title}
          hint={empty.hint}
          action={{ label: '去提案首页', onClick: () => go(pages.proposals.index()) }}
        />
      ) : (
        list.map((p) => <ProposalRow key={p.id} p={p} />)
      )}
    </View>
  );
}
