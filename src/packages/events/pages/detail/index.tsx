// One event (events subpackage): details, what I can do now, sign up / pass / cancel, organizer tools.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { EventDetailView } from '../../../../features/events/components/event-detail';

export default function EventDetailPage() {
  const { params } = useRouter();
  return (
    <PageShell title="活动详情">
      <EventDetailView eventId={params.id ?? ''} />
    </PageShell>
  );
}
