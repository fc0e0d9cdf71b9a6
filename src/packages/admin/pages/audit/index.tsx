// 审计日志: who did which privileged action when, with filters and an Excel export (admins only).
import { PageShell } from '../../../../components/page-shell';
import { AuditView } from '../../../../features/audit/components/audit-view';

export default function AuditPage() {
  return (
    <PageShell title="审计日志" hint="查看谁在什么时候做了哪些管理操作，可按条件筛选并导出。">
      <AuditView />
    </PageShell>
  );
}
