// 健步走 (walkathon subpackage): my steps, sign-up and sync.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { WalkerView } from '../../../../features/steps/components/walker-view';

export default function WalkathonPage() {
  const { params } = useRouter();
  return (
    <PageShell title="健步走" hint="报名后每天打开小程序同步微信步数，步数计入你所在分工会的成绩。">
      <WalkerView campaignId={params.campaignId} />
    </PageShell>
  );
}
