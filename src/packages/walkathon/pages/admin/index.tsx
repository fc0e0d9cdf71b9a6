// 健步走管理 (walkathon subpackage): teams, rates, rankings, flagged days and export.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { AdminView } from '../../../../features/steps/components/admin-view';

export default function WalkathonAdminPage() {
  const { params } = useRouter();
  return (
    <PageShell title="健步走管理" hint="看各分工会达标率与排名、核实异常步数、导出表格。">
      <AdminView campaignId={params.campaignId} />
    </PageShell>
  );
}
