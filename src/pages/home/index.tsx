// 首页 tab: greeting and the big buttons to every area.
import { PageShell } from '../../components/page-shell';
import { HomeView } from '../../features/home/components/home-view';

export default function HomePage() {
  return (
    <PageShell title="智慧工会" hint="报名活动、领取福利、参加健步走，都从这里开始。">
      <HomeView />
    </PageShell>
  );
}
