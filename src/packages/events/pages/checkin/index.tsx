// Organizers at the door: scan or type passes, or check someone in by name.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { CheckinView } from '../../../../features/events/components/checkin-view';

export default function CheckinPage() {
  const { params } = useRouter();
  return (
    <PageShell title="现场签到" hint="扫签到码，或输入对方读出的 8 位数字。">
      <CheckinView eventId={params.id ?? ''} />
    </PageShell>
  );
}
