// 领队: my group's list, departure check-in, the agency export.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { LeaderView } from '../../../../features/trips/components/leader-view';

export default function TripsLeaderPage() {
  const { params } = useRouter();
  return (
    <PageShell title="领队" hint="出发时扫码签到；名单里的紧急联系人只有领队和校工会能看到。">
      <LeaderView groupId={params.groupId} />
    </PageShell>
  );
}
