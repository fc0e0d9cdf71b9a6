// 名册导入 (admin): import the staff roster from an Excel or CSV file, preview first.
import { PageShell } from '../../../../components/page-shell';
import { ImportView } from '../../../../features/roster/components/import-view';

export default function RosterImportPage() {
  return (
    <PageShell title="名册导入" hint="选择教职工名册文件，先预览核对，确认后再写入。">
      <ImportView />
    </PageShell>
  );
}
