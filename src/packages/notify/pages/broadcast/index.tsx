// 消息发送 (notify subpackage, admins, branch chairs, organizers): send a notice and see it arrive.
import { PageShell } from '../../../../components/page-shell';
import { BroadcastForm } from '../../../../features/notify/components/broadcast-form';

export default function BroadcastPage() {
  return (
    <PageShell title="消息发送" hint="给全体、一个分工会或活动报名者发通知，看有多少人收到。">
      <BroadcastForm />
    </PageShell>
  );
}
