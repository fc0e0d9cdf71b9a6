// Organizers: create an event, or edit one (?id=…). Club leaders: publish their club's activity
// (?clubId=…&clubName=…, opened from the club page).
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { EditForm } from '../../../../features/events/components/edit-form';

export default function EditPage() {
  const { params } = useRouter();
  const clubId = params.id ? undefined : params.clubId || undefined;
  const clubName = params.clubName ? decodeURIComponent(params.clubName) : undefined;
  const title = params.id ? '修改活动' : clubId ? '发布社团活动' : '创建活动';
  const hint = clubId
    ? `填好后发布，${clubName || '社团'}的成员就能在社团主页和「活动」里看到并报名。`
    : '填好后发布，教职工就能在「活动」里看到并报名。';
  return (
    <PageShell title={title} hint={hint}>
      <EditForm eventId={params.id} clubId={clubId} clubName={clubName} />
    </PageShell>
  );
}
