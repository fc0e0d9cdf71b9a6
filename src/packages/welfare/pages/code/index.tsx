// 我的领取码: the QR and the 8-digit code (both rotate every 30 seconds, so a screenshot will not
// do), which gift, and where and when to pick it up.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { MyCode } from '../../../../features/welfare/components/my-code';

export default function MyCodePage() {
  const batchId = useRouter().params.batchId ?? '';
  return (
    <PageShell title="我的领取码" hint="在领取点出示这个页面，核销员扫码或输入下面的数字即可。">
      <MyCode batchId={batchId} />
    </PageShell>
  );
}
