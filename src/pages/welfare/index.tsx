// 福利 tab: the current gift batch, its gifts with how many are left, choosing or changing, and
// my choice with the way to my pickup code.
import { PageShell } from '../../components/page-shell';
import { CurrentBatches } from '../../features/welfare/components/current-batches';

export default function WelfarePage() {
  return (
    <PageShell title="福利" hint="从几种礼包中选一份，领取时出示领取码。">
      <CurrentBatches />
    </PageShell>
  );
}
