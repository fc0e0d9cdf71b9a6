// 年度工作数据: the union's year in numbers (a chair sees their own branch).
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ReportView } from '../../../../features/report/components/report-view';

export default function ReportPage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="年度工作数据"
      hint="一年里各项工作的数字，点数字看明细，可下载 Excel 和 Word 总结稿。"
    >
      <ReportView
        year={params.year ? Number(params.year) : undefined}
        branchId={params.branchId || undefined}
      />
    </PageShell>
  );
}
