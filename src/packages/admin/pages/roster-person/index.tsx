// 人员详情: one person's roster entry, roles and binding (staffNo in the query).
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { PersonView } from '../../../../features/roster/components/person-view';

export default function RosterPersonPage() {
  const { params } = useRouter();
  const staffNo = decodeURIComponent(params.staffNo ?? '');
  return (
    <PageShell title="人员详情" hint="核对信息；管理员可以授予或撤销角色、解绑微信。">
      <PersonView staffNo={staffNo} />
    </PageShell>
  );
}
