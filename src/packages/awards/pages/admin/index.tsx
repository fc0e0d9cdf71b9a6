// 评优管理: rounds, review, the vote's results and ties, the 公示, the final list and exports.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { AdminView } from '../../../../features/awards/components/admin-view';

export default function AwardsAdminPage() {
  const { params } = useRouter();
  return (
    <PageShell title="评优管理" hint="设名额、审核提名、看投票结果，公示后公布最终名单。">
      <AdminView roundId={params.round} />
    </PageShell>
  );
}
