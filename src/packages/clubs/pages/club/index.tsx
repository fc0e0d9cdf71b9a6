// One club (clubs subpackage): join, posts, activities; leaders manage members here.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ClubView } from '../../../../features/clubs/components/club-view';

export default function ClubPage() {
  const { params } = useRouter();
  return (
    <PageShell title="社团主页" hint="加入后可以发动态、报名社团活动。">
      <ClubView clubId={params.clubId ?? ''} />
    </PageShell>
  );
}
