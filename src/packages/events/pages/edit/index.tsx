// Organizers: create an event, or edit one (?id=…).
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { EditForm } from '../../../../features/events/components/edit-form';

export default function EditPage() {
  const { params } = useRouter();
  return (
    <PageShell
      title={params.id ? '修改活动' : '创建活动'}
      hint="填好后发布，教职工就能在「活动」里看到并报名。"
    >
      <EditForm eventId={params.id} />
    </PageShell>
  );
}
