// 关爱帮扶: my applications, the programmes I can apply for, the 公示, and the cadres' tools.
import { PageShell } from '../../../../components/page-shell';
import { HomeView } from '../../../../features/care/components/home-view';

export default function CareHomePage() {
  return (
    <PageShell
      title="关爱帮扶"
      hint="困难帮扶、大病补助和理赔协助：选一个项目申请，随时看办到哪一步。"
    >
      <HomeView />
    </PageShell>
  );
}
