// The hospital desk (体检签到): union staff check people in by their pass, code or 工号.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { DeskView } from '../../../../features/checkups/components/desk-view';

export default function CheckupDeskPage() {
  const { params } = useRouter();
  return (
    <PageShell title="体检签到" hint="扫对方的体检签到码，或输入 8 位数字、工号，登记到场。">
      <DeskView campaignId={params.campaign ?? ''} />
    </PageShell>
  );
}
