// 我的 tab: 消息 and 关怀模式 first (seen without scrolling), then my roster entry and roles,
// binding, and the way into 管理. Someone not bound sees the way to bind first.
import { PageShell } from '../../components/page-shell';
import { useMe } from '../../features/account/use-me';
import { MeView } from '../../features/account/components/me-view';
import { CareSwitch } from '../../features/care-mode/components/care-switch';
import { MyClubs } from '../../features/clubs/components/my-clubs';
import { InboxEntry } from '../../features/notify/components/inbox-entry';

export default function MePage() {
  const { unbound } = useMe();
  return (
    <PageShell title="我的" hint="消息、关怀模式和你在工会名册里的信息。">
      {unbound ? <MeView /> : null}
      <InboxEntry />
      <CareSwitch />
      {unbound ? null : <MeView />}
      <MyClubs />
    </PageShell>
  );
}
