// One contest: registration (chairs), sheets (judges), exports, unlock and rounds (admin).
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ContestView } from '../../../../features/contests/components/contest-view';
import { pages } from '../../../../../domain/pages';

export default function ContestPage() {
  const { params } = useRouter();
  return (
    <PageShell title="竞赛" hint="报名、评分和排名都在这里。" backTo={pages.contests.index()}>
      <ContestView contestId={params.contestId ?? ''} />
    </PageShell>
  );
}
