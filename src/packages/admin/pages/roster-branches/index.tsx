// 分工会 (admin): the branch unions, their order and head counts; rename, reorder, stop, add.
import { PageShell } from '../../../../components/page-shell';
import { BranchesView } from '../../../../features/roster/components/branches-view';

export default function RosterBranchesPage() {
  return (
    <PageShell title="分工会" hint="查看各分工会人数；点一个分工会可以修改。">
      <BranchesView />
    </PageShell>
  );
}
