// 新建健步走活动 (walkathon subpackage, union admins).
import { PageShell } from '../../../../components/page-shell';
import { SetupView } from '../../../../features/steps/components/setup-view';

export default function WalkathonSetupPage() {
  return (
    <PageShell title="新建健步走活动" hint="填好日期、目标和达标规则，发布后教职工就能报名。">
      <SetupView />
    </PageShell>
  );
}
