// 活动 tab: the union's events — sign up, waitlist, my sign-ups; organizers reach their tools here.
import { PageShell } from '../../components/page-shell';
import { EventsHome } from '../../features/events/components/events-home';

export default function EventsPage() {
  return (
    <PageShell title="活动" hint="报名工会活动，到场出示签到码。">
      <EventsHome />
    </PageShell>
  );
}
