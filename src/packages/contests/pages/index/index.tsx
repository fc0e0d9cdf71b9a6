// 竞赛评分: the contests; judges go to their sheets, chairs to registration, the admin creates.
import { PageShell } from '../../../../components/page-shell';
import { ListView } from '../../../../features/contests/components/list-view';

export default function ContestsPage() {
  return (
    <PageShell title="竞赛评分" hint="教学竞赛、广播操、三笔字等评比：报名、评委评分、实时排名。">
      <ListView />
    </PageShell>
  );
}
