// 我的 tab: my roster entry and roles, binding, 消息, 关怀模式, and the way into 管理.
import { PageShell } from '../../components/page-shell';
import { MeView } from '../../features/account/components/me-view';
import { CareSwitch } from '../../features/care-mode/components/care-switch';
import { MyClubs } from '../../features/clubs/components/my-clubs';
import { InboxEntry } from '../../features/notify/components/inbox-entry';

export default function MePage() {
  return (
    <PageShell title="我的" hint="查看你在工会名册里的信息。">
      <MeView />
      <InboxEntry />
      <CareSwitch />
      <MyClubs />
    </PageShell>
  );
}
