// 我的 tab: my roster entry and roles, binding, and the way into 管理.
import { PageShell } from '../../components/page-shell';
import { MeView } from '../../features/account/components/me-view';
import { MyClubs } from '../../features/clubs/components/my-clubs';
import { InboxEntry } from '../../features/notify/components/inbox-entry';

export default function MePage() {
  return (
    <PageShell title="我的" hint="查看你在工会名册里的信息。">
      <MeView />
      <InboxEntry />
      <MyClubs />
    </PageShell>
  );
}
