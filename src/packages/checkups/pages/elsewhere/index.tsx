// A check-up arranged elsewhere: send the receipt, reimbursed up to my package's standard.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ElsewhereForm } from '../../../../features/checkups/components/elsewhere-form';

export default function CheckupElsewherePage() {
  const { params } = useRouter();
  return (
    <PageShell title="自行体检报销" hint="在其他医院体检的，截止前上传发票，按套餐标准报销。">
      <ElsewhereForm campaignId={params.campaign ?? ''} />
    </PageShell>
  );
}
