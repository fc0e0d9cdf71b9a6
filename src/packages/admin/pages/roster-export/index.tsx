// 导出名册: the roster as an Excel file, by branch and status.
import { PageShell } from '../../../../components/page-shell';
import { ExportView } from '../../../../features/roster/components/export-view';

export default function RosterExportPage() {
  return (
    <PageShell title="导出名册" hint="选择分工会和状态，导出 Excel 表格。">
      <ExportView />
    </PageShell>
  );
}
