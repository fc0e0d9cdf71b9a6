// Organizers: the events I run, and creating a new one.
import { PageShell } from '../../../../components/page-shell';
import { ManageView } from '../../../../features/events/components/manage-view';

export default function ManagePage() {
  return (
    <PageShell title="我组织的活动" hint="创建活动；点开活动可现场签到、看名单、导出表格。">
      <ManageView />
    </PageShell>
  );
}
