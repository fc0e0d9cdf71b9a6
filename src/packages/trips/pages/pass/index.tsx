// 出发签到码: my rotating pass for the leader to scan at departure.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { TripPass } from '../../../../features/trips/components/pass-view';

export default function TripPassPage() {
  const { params } = useRouter();
  return (
    <PageShell title="出发签到码" hint="集合时给领队扫码，或读出 8 位数字。">
      <TripPass planId={params.planId ?? ''} />
    </PageShell>
  );
}
