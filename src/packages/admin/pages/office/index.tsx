// 工会办公室联系方式: the contact shown on the bind page and error screens (admins only).
import { PageShell } from '../../../../components/page-shell';
import { OfficeView } from '../../../../features/admin/office/office-view';

export default function OfficePage() {
  return (
    <PageShell
      title="工会办公室联系方式"
      hint="绑定工号的页面和出错提示里会显示这里的电话、地点和时间，大家遇到问题就知道找谁。"
    >
      <OfficeView />
    </PageShell>
  );
}
