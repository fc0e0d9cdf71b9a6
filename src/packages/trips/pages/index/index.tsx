// 疗休养: the current plan, whether I may apply, routes and preferences, my status.
import { PageShell } from '../../../../components/page-shell';
import { TripsHome } from '../../../../features/trips/components/home-view';

export default function TripsPage() {
  return (
    <PageShell title="疗休养" hint="看能不能报名、选路线和批次、确认名额，都在这一页。">
      <TripsHome />
    </PageShell>
  );
}
