// 审查提案 (提案委员会): accept with departments, merge, or decline with a reason.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ReviewForm } from '../../../../features/proposals/components/review-form';

export default function ReviewProposalPage() {
  const { params } = useRouter();
  return (
    <PageShell title="审查提案" hint="决定立案（交承办部门）、并案或不立案；提案人会看到结果。">
      <ReviewForm id={params.id ?? ''} />
    </PageShell>
  );
}
