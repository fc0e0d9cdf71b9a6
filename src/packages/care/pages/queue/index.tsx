// 审核申请: the cases my part of the chain reviews.
import { PageShell } from '../../../../components/page-shell';
import { QueueView } from '../../../../features/care/components/queue-view';

export default function CareQueuePage() {
  return (
    <PageShell
      title="审核申请"
      hint="点开一份申请：批准、退回补充或不予批准。只有你们能看到这些内容。"
    >
      <QueueView />
    </PageShell>
  );
}
