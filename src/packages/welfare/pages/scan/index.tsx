// 福利核销 (distributors): scan the person's QR (weapp) or type their 8-digit code; a big green
// card says which gift to hand over, amber says it was already collected, red says why not.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { SCAN_HINT, ScanView } from '../../../../features/welfare/components/scan-view';

export default function ScanPage() {
  const { params } = useRouter();
  return (
    <PageShell title="福利核销" hint={SCAN_HINT}>
      <ScanView batchId={params.batchId} />
    </PageShell>
  );
}
