// 提案详情: one proposal, its progress, and the caller's next step.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { DetailView } from '../../../../features/proposals/components/detail-view';

export default function ProposalDetailPage() {
  const { params } = useRouter();
  return (
    <PageShell title="提案详情" hint="看提案内容、附议、审查和答复；轮到你的事会显示在上面。">
      <DetailView id={params.id ?? ''} />
    </PageShell>
  );
}
