// 公示: the list (name, branch, category) and a private way to raise a concern with the union.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { PublicityView } from '../../../../features/awards/components/publicity-view';
import { pages } from '../../../../../domain/pages';

export default function AwardsPublicityPage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="评优公示"
      hint="公示期内有意见，可以私下向校工会反映。"
      backTo={pages.awards.index()}
    >
      <PublicityView roundId={params.round ?? ''} />
    </PageShell>
  );
}
