// 人员与角色: find people by name or 工号; open one to see details, grant roles or unbind.
import { PageShell } from '../../../../components/page-shell';
import { PeopleView } from '../../../../features/roster/components/people-view';

export default function RosterPeoplePage() {
  return (
    <PageShell title="人员与角色" hint="按姓名或工号查找教职工，点开可授予角色或解绑微信。">
      <PeopleView />
    </PageShell>
  );
}
