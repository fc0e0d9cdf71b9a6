// 项目与经费: programmes, budgets, figures and the finance export (admin); visits (chairs too).
import { PageShell } from '../../../../components/page-shell';
import { AdminView } from '../../../../features/care/components/admin-view';

export default function CareAdminPage() {
  return (
    <PageShell title="项目与经费" hint="设立项目、看预算余额和统计、导出发放表、登记慰问。">
      <AdminView />
    </PageShell>
  );
}
