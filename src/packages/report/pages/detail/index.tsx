// 明细: the list behind one number of the year report.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { DetailView } from '../../../../features/report/components/detail-view';

export default function ReportDetailPage() {
  const { params } = useRouter();
  return (
    <PageShell title="明细" hint="这个数字背后的名单。">
      <DetailView
        year={Number(params.year)}
        figure={params.figure ?? ''}
        branchId={params.branchId || undefined}
      />
    </PageShell>
  );
}
