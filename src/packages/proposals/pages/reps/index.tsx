// 导入代表名单 (admin): representatives of a congress from Excel, with a preview of bad rows.
import { useRouter } from '@tarojs/taro';
import { ErrorBanner } from '../../../../components/error-banner';
import { PageShell } from '../../../../components/page-shell';
import { RepsImport } from '../../../../features/proposals/components/reps-import';

export default function ImportRepresentativesPage() {
  const { params } = useRouter();
  return (
    <PageShell title="导入代表名单" hint="选择 Excel 文件，先看预览，确认后导入本届教代会代表。">
      {params.congress ? (
        <RepsImport congressId={params.congress} />
      ) : (
        <ErrorBanner
          error={{ message: '请从提案首页的“导入代表名单”进入，以便知道是哪一届教代会。' }}
        />
      )}
    </PageShell>
  );
}
