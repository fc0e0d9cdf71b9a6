// 我的提案: what I filed, invitations to co-sign, and proposals my department must answer.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { MineView } from '../../../../features/proposals/components/mine-view';

export default function MyProposalsPage() {
  const { params } = useRouter();
  return (
    <PageShell title="我的提案" hint="点开一份提案，可以继续填写、邀请附议、附议或评价答复。">
      <MineView tab={params.tab} />
    </PageShell>
  );
}
