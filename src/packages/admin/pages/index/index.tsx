// 管理 home (admin subpackage): the management tools open to this caller.
import { PageShell } from '../../../../components/page-shell';
import { AdminHome } from '../../../../features/admin/components/admin-home';

export default function AdminIndexPage() {
  return (
    <PageShell title="管理" hint="选择要处理的事务。你能看到的工具取决于你的身份。">
      <AdminHome />
    </PageShell>
  );
}
