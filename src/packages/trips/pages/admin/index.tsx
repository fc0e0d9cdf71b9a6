// 疗休养管理: plans, allocation, numbers per group, history import (admins).
import { PageShell } from '../../../../components/page-shell';
import { TripsAdmin } from '../../../../features/trips/components/admin-view';

export default function TripsAdminPage() {
  return (
    <PageShell title="疗休养管理" hint="发布计划、看报名情况、分配名额、导入往年记录。">
      <TripsAdmin />
    </PageShell>
  );
}
