// 申请详情: one case, what happens next, its documents, and what I can do with it now.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { CaseView } from '../../../../features/care/components/case-view';

export default function CareCasePage() {
  const { params } = useRouter();
  return (
    <PageShell title="申请详情" hint="上面写着下一步做什么；材料缺什么，清单里标红。">
      <CaseView id={params.id ?? ''} />
    </PageShell>
  );
}
