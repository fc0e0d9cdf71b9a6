// 体检管理: progress per branch and day, the hospital's lists, reimbursements, a new campaign.
import { PageShell } from '../../../../components/page-shell';
import { AdminView } from '../../../../features/checkups/components/admin-view';

export default function CheckupAdminPage() {
  return (
    <PageShell title="体检管理" hint="看各分工会和每天的预约、签到情况，导出医院名单，审核报销。">
      <AdminView />
    </PageShell>
  );
}
