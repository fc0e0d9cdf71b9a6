// 我的 › 消息 (notify subpackage): my notices, newest first; tap one to open what it is about.
import { PageShell } from '../../../../components/page-shell';
import { InboxList } from '../../../../features/notify/components/inbox-list';

export default function InboxPage() {
  return (
    <PageShell title="我的消息" hint="活动提醒、报名结果和工会通知。点一条查看详情。">
      <InboxList />
    </PageShell>
  );
}
